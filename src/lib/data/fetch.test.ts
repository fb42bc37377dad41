import { describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fetchDataset } from './fetch';
import { refusedFinalUrl } from './data-url';

const mini = fs.readFileSync('tests/fixtures/mini.json');
const serve = (body: BodyInit | null, init?: ResponseInit) => async () => new Response(body, init);

describe('fetchDataset(url, fetcher)', () => {
  it('loads a dataset from the response bytes, a byte-order mark and all', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), mini]);
    const r = await fetchDataset('data/mini.json', serve(withBom));
    // Sorted by date; the call has no Arabic title.
    expect(r.ok && r.result.dataset.events.map((e) => e.title.ar)).toEqual([undefined, 'الجولة الأولى في إسطنبول', 'الجولة الثانية في إسطنبول', 'اجتماع موسكو', 'محادثات ميامي']);
  });

  it('names the file and the HTTP status when the server refuses', async () => {
    expect(await fetchDataset('data/gone.json', serve('no', { status: 404, statusText: 'Not Found' }))).toEqual({ ok: false, kind: 'fetch', file: 'data/gone.json', reason: 'HTTP 404 Not Found' });
  });

  it('names the file when it is not JSON, bytes that are not UTF-8 included', async () => {
    const r = await fetchDataset('data/bad.json', serve(new Uint8Array([0x7b, 0xff, 0x7d])));
    expect(r).toMatchObject({ ok: false, kind: 'parse', file: 'data/bad.json' });
  });

  it('names the file when the request fails', async () => {
    const r = await fetchDataset('data/x.json', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(r).toEqual({ ok: false, kind: 'fetch', file: 'data/x.json', reason: 'Failed to fetch' });
  });

  it('refuses an answer redirected outside the allowlist, by the rule of ?data=', async () => {
    const refuse = (finalUrl: string) => refusedFinalUrl(finalUrl, 'https://news.example/timeline/', []);
    const redirected = (to: string) => async () => Object.defineProperty(new Response(mini), 'url', { value: to });
    expect(await fetchDataset('data/mini.json', redirected('https://evil.example/fake.json'), { refuse })).toEqual({
      ok: false, kind: 'fetch', file: 'data/mini.json',
      reason: 'it was redirected to https://evil.example/fake.json, and data from https://evil.example is not allowed on this site',
    });
    expect(await fetchDataset('data/mini.json', redirected('https://news.example/data/mini-v2.json'), { refuse })).toMatchObject({ ok: true });
  });

  it('gives up with a timeout when nothing arrives: no answer, or a body that stops', async () => {
    const never = (_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await fetchDataset('data/slow.json', never, { stallMs: 30 })).toEqual({ ok: false, kind: 'timeout', file: 'data/slow.json', reason: 'nothing arrived for 0.03 s' });
    const controller = new AbortController();
    const half = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(mini.subarray(0, 100));
        controller.signal.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
      },
    });
    expect(await fetchDataset('data/half.json', serve(half), { stallMs: 30, controller })).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('refuses a body past the size cap, counted as it streams, or declared up front', async () => {
    let pulled = 0;
    // 40,000 bytes offered in chunks of 400; reading stops at the third.
    const big = new ReadableStream<Uint8Array>({ pull: (c) => (++pulled > 100 ? c.close() : c.enqueue(new Uint8Array(400).fill(0x20))) });
    expect(await fetchDataset('data/big.json', serve(big), { maxBytes: 1000 })).toEqual({ ok: false, kind: 'size', file: 'data/big.json', reason: 'larger than 1000 bytes' });
    expect(pulled).toBeLessThan(5);
    expect(await fetchDataset('data/big.json', serve('{}', { headers: { 'content-length': '2000' } }), { maxBytes: 1000 })).toMatchObject({ ok: false, kind: 'size' });
    expect(await fetchDataset('data/mini.json', serve(mini), { maxBytes: mini.byteLength })).toMatchObject({ ok: true });
  });
});

describe('fetchDataset with the print of the file the build checked', () => {
  const talassa = JSON.parse(fs.readFileSync('tests/fixtures/talassa.json', 'utf8'));
  const firstTitle = (r: Awaited<ReturnType<typeof fetchDataset>>) => (r.ok ? r.result.dataset.events[0].title.en : r.reason);
  // The schema trims texts: with the padded title, the file as it stands and the checked file differ.
  const padded = structuredClone(talassa);
  padded.events[0].title.en = `  ${talassa.events[0].title.en}  `;
  const bytes = Buffer.from(JSON.stringify(padded));
  const print = (b: Uint8Array) => ({ bytes: b.byteLength, sha256: createHash('sha256').update(b).digest('hex') });

  it('takes exactly those bytes as they stand', async () => {
    expect(firstTitle(await fetchDataset('data/t.json', serve(bytes), { checked: print(bytes) }))).toBe(`  ${talassa.events[0].title.en}  `);
  });

  it('checks every other answer with the schema: other bytes of the same size, another file, no print', async () => {
    const sameSize = Buffer.from(bytes);
    sameSize[bytes.indexOf('Veyland')] = 'W'.charCodeAt(0);
    for (const checked of [print(sameSize), print(mini), null]) {
      expect(firstTitle(await fetchDataset('data/t.json', serve(bytes), { checked }))).toBe(talassa.events[0].title.en);
    }
  });

  it('checks the answer where the page cannot hash it (no crypto.subtle outside https and localhost, or a digest that fails)', async () => {
    const refusing = { subtle: { digest: () => Promise.reject(new DOMException('not supported', 'NotSupportedError')) } };
    for (const crypto of [{}, refusing]) {
      vi.stubGlobal('crypto', crypto);
      try {
        expect(firstTitle(await fetchDataset('data/t.json', serve(bytes), { checked: print(bytes) }))).toBe(talassa.events[0].title.en);
      } finally {
        vi.unstubAllGlobals();
      }
    }
  });
});

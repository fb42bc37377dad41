import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { fetchDataset } from './fetch';

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
});

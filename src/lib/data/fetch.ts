/**
 * Loads a dataset over HTTP in the browser. Three outcomes, each shown differently: a dataset
 * (perhaps with rejected items, shown as a notice), or a fatal error with a message that names
 * the file and what is wrong (shown as an error page, never a blank one).
 *
 * Bounded (limits.ts): a load with no byte for STALL_SECONDS is given up, a body past
 * MAX_DATA_BYTES is refused as it streams in, and an answer whose URL after redirects fails the
 * `?data=` rule (data-url.ts) is refused, so a redirect cannot lead outside the allowlist.
 *
 * The schema's checks (load.ts, with valibot: ~4.6 KB of gzipped code) are fetched alongside the
 * data, unless the data may be the file the build checked (`checked`, data-url.ts's
 * DEFAULT_DATA_CHECKED). A response with exactly its bytes (size and SHA-256) is then loaded
 * as it stands, as the build found it loads; any other is checked, the code fetched then.
 *
 * Each stage leaves a Performance API mark (`pt:data:fetched`, `pt:data:parsed`,
 * `pt:data:validated`) so the benchmark can say where load time goes.
 */
import { asChecked, assembleDataset, DatasetError, type Shape } from './assemble';
import type { FilePrint } from './data-url';
import { MAX_DATA_BYTES, STALL_SECONDS } from './limits';
import type { LoadResult } from './types';

export type FetchResult =
  | { ok: true; result: LoadResult }
  | { ok: false; kind: 'fetch' | 'timeout' | 'size' | 'parse' | 'dataset'; file: string; reason: string };

export interface FetchOptions {
  /** Aborts the request; pass the one whose signal the fetcher's request carries. */
  controller?: AbortController;
  /** Why the answer's final URL (after redirects) may not be used, or null when it may. */
  refuse?: (finalUrl: string) => string | null;
  stallMs?: number;
  maxBytes?: number;
  /** The file the build checked and found to load as it stands (data-url.ts), if any. */
  checked?: FilePrint | null;
}

export async function fetchDataset(
  url: string,
  fetcher: (url: string, init: RequestInit) => Promise<Response> = fetch,
  { controller = new AbortController(), refuse, stallMs = STALL_SECONDS * 1000, maxBytes = MAX_DATA_BYTES, checked = null }: FetchOptions = {},
): Promise<FetchResult> {
  // Not the build's file: the schema's code is fetched at once, alongside the data.
  let schema = checked ? null : schemaShape();
  // A stall timer, restarted by every chunk: a server that never answers, or stops half-way,
  // ends in a message rather than "Loading..." for ever. A slow but moving download goes on.
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => ((stalled = true), controller.abort()), stallMs);
  };
  let text: string;
  let bytes: Uint8Array | null;
  try {
    wait();
    const response = await fetcher(url, { credentials: 'same-origin', signal: controller.signal });
    // The allowlist is checked on the first URL (data-url.ts); a redirect must end under it too.
    const refused = response.url ? refuse?.(response.url) : null;
    if (refused) {
      controller.abort();
      return { ok: false, kind: 'fetch', file: url, reason: `it was redirected to ${response.url}, and ${refused}` };
    }
    if (!response.ok) return { ok: false, kind: 'fetch', file: url, reason: `HTTP ${response.status} ${response.statusText}`.trim() };
    bytes = await readCapped(response, maxBytes, wait);
    if (!bytes) {
      controller.abort();
      return { ok: false, kind: 'size', file: url, reason: `larger than ${maxBytes} bytes` };
    }
    // One decode of all the bytes (a bad byte is replaced, a BOM dropped, as response.text() does).
    text = new TextDecoder().decode(bytes);
    performance.mark('pt:data:fetched');
  } catch (e) {
    if (stalled) return { ok: false, kind: 'timeout', file: url, reason: `nothing arrived for ${stallMs / 1000} s` };
    return { ok: false, kind: 'fetch', file: url, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
    performance.mark('pt:data:parsed');
  } catch (e) {
    return { ok: false, kind: 'parse', file: url, reason: e instanceof Error ? e.message : String(e) };
  }
  let shape: Shape;
  try {
    shape = checked && (await printMatches(bytes, checked)) ? asChecked : await (schema ??= schemaShape());
  } catch (e) {
    return { ok: false, kind: 'fetch', file: url, reason: `the code that checks data files did not load (${e instanceof Error ? e.message : String(e)})` };
  }
  try {
    const result = assembleDataset(json, shape, url, { text, owned: true });
    performance.mark('pt:data:validated');
    return { ok: true, result };
  } catch (e) {
    if (e instanceof DatasetError) return { ok: false, kind: 'dataset', file: url, reason: e.message };
    throw e;
  }
}

/** The schema's checks (load.ts), fetched; a failure is reported where they are needed, not as unhandled. */
function schemaShape(): Promise<Shape> {
  const shape = import('./load').then((m) => m.schemaShape);
  shape.catch(() => {});
  return shape;
}

/**
 * Whether `bytes` are the file `print` describes; false where the page cannot hash (a page not
 * served over https or from localhost has no crypto.subtle), so the file is then checked.
 */
async function printMatches(bytes: Uint8Array, print: FilePrint): Promise<boolean> {
  if (bytes.byteLength !== print.bytes || !globalThis.crypto?.subtle) return false;
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') === print.sha256;
  } catch {
    return false;
  }
}

/**
 * The body's bytes, counted as they stream in, or null past `maxBytes` (a declared length over
 * it is refused before reading). Streaming, not response.blob(): the blob was ~0.1 s quicker at
 * 20,000 events, but only chunks can be counted and can restart the stall timer.
 */
async function readCapped(response: Response, maxBytes: number, onChunk: () => void): Promise<Uint8Array | null> {
  if (Number(response.headers.get('content-length')) > maxBytes) return null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
    onChunk();
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) (bytes.set(c, at), (at += c.byteLength));
  return bytes;
}

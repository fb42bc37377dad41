/**
 * Which dataset a page may load. `?data=` lets an embed show another dataset, but only from the
 * page's own origin or from origins the build allows (VITE_DATA_ORIGINS, comma-separated), so
 * nobody can put invented "news" under a newsroom's domain.
 */

/** The dataset a build shows when `DATASET` names none (scripts/vite/dataset.ts). */
export const BUNDLED_DATASET = 'data/peace-talks.json';

/**
 * The page's own dataset, relative to the page: `data/<file name>` of the build's `DATASET`
 * (the build defines VITE_DEFAULT_DATA), else the bundled one (unit tests, the CLI).
 */
export const DEFAULT_DATA: string = (import.meta.env?.VITE_DEFAULT_DATA as string | undefined) ?? BUNDLED_DATASET;

/**
 * The `meta.defaultLanguage` of the page's own dataset (the build defines it as
 * VITE_DEFAULT_DATA_LANG), so the page fetches the words of that language first, before the
 * data says so; undefined when it has none (and in unit tests and the CLI).
 */
export const DEFAULT_DATA_LANG: string | undefined = (import.meta.env?.VITE_DEFAULT_DATA_LANG as string | undefined) || undefined;

/** A data file by its size in bytes and its SHA-256 (lower-case hex). */
export interface FilePrint {
  bytes: number;
  sha256: string;
}

/**
 * The page's own dataset as the build checked it (VITE_DEFAULT_DATA_CHECKED), when it loads as it
 * stands: a response with these bytes needs no schema (fetch.ts). Null when the file does not
 * (its items are trimmed, or some are rejected), and in unit tests and the CLI.
 */
export const DEFAULT_DATA_CHECKED: FilePrint | null = (import.meta.env?.VITE_DEFAULT_DATA_CHECKED as FilePrint | null | undefined) ?? null;

/** A `data=` value the address may hold: a same-origin relative path to a .json file or an http(s) URL (else undefined). */
export function parseDataParam(raw: string): string | undefined {
  return raw.length <= 2000 && (/^https?:\/\//i.test(raw) || /^(\.{0,2}\/)?[\w\-./]+\.json$/.test(raw)) && !raw.startsWith('//') ? raw : undefined;
}

/**
 * The dataset an address names, as the app reads it (state/params.ts: the last `data=` that
 * parses), or null for the page's own. For index.html's first script (src/boot.ts), which
 * cannot wait for the app's reading of the whole address.
 */
export function dataParamIn(search: string): string | null {
  let value: string | null = null;
  for (const raw of new URLSearchParams(search).getAll('data')) value = parseDataParam(raw) ?? value;
  return value;
}

export type DataUrl = { ok: true; url: string } | { ok: false; reason: string };

export function resolveDataUrl(param: string | null, pageUrl: string, allowedOrigins: readonly string[]): DataUrl {
  if (!param) return { ok: true, url: new URL(DEFAULT_DATA, pageUrl).href };
  let url: URL;
  try {
    url = new URL(param, pageUrl);
  } catch {
    return { ok: false, reason: `"${param}" is not a URL` };
  }
  const page = new URL(pageUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: `only http(s) data URLs are allowed, not ${url.protocol}` };
  if (url.origin === page.origin || allowedOrigins.includes(url.origin)) return { ok: true, url: url.href };
  return { ok: false, reason: `data from ${url.origin} is not allowed on this site` };
}

/**
 * Why the URL a data request ended at (after redirects) may not be used, or null: the same
 * rule as for the `?data=` value, so a same-origin redirect cannot lead to another origin.
 */
export function refusedFinalUrl(finalUrl: string, pageUrl: string, allowedOrigins: readonly string[]): string | null {
  const r = resolveDataUrl(finalUrl, pageUrl, allowedOrigins);
  return r.ok ? null : r.reason;
}

/** The origins in a VITE_DATA_ORIGINS value ("https://a.example, https://b.example"); read by the page and by the CSP. */
export function parseDataOrigins(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((s) => s.trim()).filter((s) => /^https?:\/\/[^/]+$/.test(s));
}

export function allowedDataOrigins(): string[] {
  return parseDataOrigins(import.meta.env?.VITE_DATA_ORIGINS as string | undefined);
}

/**
 * How the page loads a dataset: fetch.ts is imported on demand, so it is not part of the page's
 * entry bundle but is requested alongside it, before the app mounts (and the schema's checks only
 * for a file the build did not check, see fetch.ts).
 *
 * Why not a worker: measured at 20,000 events (10 MB of JSON) in headless Chromium, a worker
 * that fetches, parses and validates and hands the result over (as a structured clone or as
 * JSON to parse again) had the timeline rendered ~0.8 s *later* than doing the same on the main
 * thread, where the page has nothing to show before the data anyway. Receiving and decoding the
 * response takes as long in a worker as on the page.
 */
import type { FetchResult } from './fetch';
import { allowedDataOrigins, DEFAULT_DATA_CHECKED, refusedFinalUrl } from './data-url';
import { takeRequest } from './request';

let early: { url: string; result: Promise<FetchResult> } | null = null;

/**
 * Starts loading before the app mounts (main.ts calls it right after asking for the page's
 * words), so the data is fetched while the page's own code is still being set up; `takeLoading`
 * for the same URL then takes it.
 */
export function startLoading(url: string): void {
  // The request goes out now, unless index.html's first script sent it already (request.ts); the
  // code that reads and checks the response follows it.
  const { response, controller } = takeRequest(url);
  early = { url, result: loadData(url, () => response, controller) };
}

/** The started load for `url`, or a new one. */
export function takeLoading(url: string): Promise<FetchResult> {
  const started = early?.url === url ? early.result : null;
  early = null;
  return started ?? loadData(url);
}

export async function loadData(url: string, fetcher?: () => Promise<Response>, controller?: AbortController): Promise<FetchResult> {
  const { fetchDataset } = await import('./fetch');
  const refuse = (finalUrl: string) => refusedFinalUrl(finalUrl, location.href, allowedDataOrigins());
  return fetchDataset(url, fetcher, { controller, refuse, checked: DEFAULT_DATA_CHECKED });
}

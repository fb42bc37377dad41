/**
 * The request for a page's dataset, sent once and taken once: index.html's first script
 * (src/boot.ts) sends it for the page's own dataset as soon as the page is parsed, and the app
 * takes it (load-client.ts) instead of sending its own. On a throttled phone (1.6 Mbps, 150 ms
 * round trip) it goes out at ~0.9 s, where it waited for the app's code (~56 KB gzip) to arrive
 * and run until ~1.2 s.
 */
export interface DataRequest {
  url: string;
  controller: AbortController;
  response: Promise<Response>;
}

let sent: DataRequest | null = null;

/** Sends the request for `url` now; `takeRequest(url)` gets it. */
export function sendRequest(url: string): DataRequest {
  const controller = new AbortController();
  const response = fetch(url, { credentials: 'same-origin', signal: controller.signal });
  response.catch(() => {}); // a network error is reported by fetchDataset, not as unhandled
  return (sent = { url, controller, response });
}

/** The request sent for `url` (once: a second take sends a new one), else a new one. */
export function takeRequest(url: string): DataRequest {
  const early = sent?.url === url ? sent : null;
  sent = null;
  return early ?? sendRequest(url);
}

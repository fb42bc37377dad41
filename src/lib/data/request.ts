/**
 * The request for a page's dataset, sent once and taken once: index.html's first script
 * (src/boot.ts) sends it for the page's dataset as soon as the page is parsed, and the app
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
/** Whether the page has asked for its data yet, by either script. */
let asked = false;

function send(url: string): DataRequest {
  const controller = new AbortController();
  const response = fetch(url, { credentials: 'same-origin', signal: controller.signal });
  response.catch(() => {}); // a network error is reported by fetchDataset, not as unhandled
  return { url, controller, response };
}

/**
 * Sends the request for `url` now, for `takeRequest(url)` to get, unless the app has asked
 * already: a page whose code the browser has kept can run the app's entry before the first
 * script, and a second request would fetch the whole file again for nobody.
 */
export function sendRequest(url: string): void {
  if (!asked) sent = send(url);
  asked = true;
}

/** The request sent for `url` (once: a second take sends a new one), else a new one. */
export function takeRequest(url: string): DataRequest {
  asked = true;
  const early = sent?.url === url ? sent : null;
  sent = null;
  return early ?? send(url);
}

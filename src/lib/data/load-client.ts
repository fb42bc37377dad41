/**
 * How the page loads a dataset: in a worker (load.worker.ts) when the browser can, else on the
 * main thread (fetch.ts, imported only then). Both give the same FetchResult; a worker that
 * cannot start (an old browser, a host page's policy) falls back rather than failing. The
 * columns built beside the data are adopted, so filters never rebuild them.
 */
import { adoptColumns, expectSearchIndex } from './filter';
import { datasetFromJson } from './transfer';
import type { FetchResult } from './fetch';
import type { WorkerIndex, WorkerReply } from './load.worker';

let early: { url: string; result: Promise<FetchResult> } | null = null;

/**
 * Starts loading before the app mounts (main.ts calls it first thing), so the worker fetches
 * while the page's own code is still being set up; `loadData` for the same URL then takes it.
 */
export function startLoading(url: string): void {
  early = { url, result: loadData(url) };
}

/** The started load for `url`, or a new one. */
export function takeLoading(url: string): Promise<FetchResult> {
  const started = early?.url === url ? early.result : null;
  early = null;
  return started ?? loadData(url);
}

export async function loadData(url: string): Promise<FetchResult> {
  const started = typeof Worker === 'function' ? await inWorker(url).catch(() => null) : null;
  const reply = started?.reply;
  // A mark says which way it went, for the benchmark and the tests.
  performance.mark(reply ? 'pt:data:worker' : 'pt:data:main-thread');
  if (reply) {
    for (const m of reply.marks) performance.mark(m.name, { startTime: Math.max(0, m.at - performance.timeOrigin) });
    if (!reply.ok) {
      const { marks: _, ...failure } = reply;
      return failure;
    }
    const dataset = datasetFromJson(reply.dataset);
    adoptColumns(dataset, reply.columns);
    expectSearchIndex(dataset, started.index);
    return { ok: true, result: { dataset, problems: reply.problems, counts: reply.counts } };
  }
  const { fetchDataset } = await import('./fetch');
  return fetchDataset(url);
}

/** The worker's first answer (the dataset, or why not), and the search text that follows it. */
function inWorker(url: string): Promise<{ reply: WorkerReply; index: Promise<string[] | null> }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    let answered = false;
    let indexed: (text: string[] | null) => void = () => {};
    const index = new Promise<string[] | null>((r) => (indexed = r));
    const fail = (message: string) => {
      worker.terminate();
      indexed(null);
      if (!answered) reject(new Error(message));
    };
    worker.onmessage = (e: MessageEvent<WorkerReply | WorkerIndex>) => {
      if ('index' in e.data) {
        worker.terminate();
        return indexed(e.data.index);
      }
      answered = true;
      if (!e.data.ok) fail('no dataset');
      resolve({ reply: e.data, index });
    };
    worker.onerror = (e) => (e.preventDefault(), fail(e.message));
    worker.onmessageerror = () => fail('the dataset could not be passed from the worker');
    worker.postMessage({ url });
  });
}

/**
 * How the page loads a dataset: in a worker (load.worker.ts) when the browser can, else on the
 * main thread (fetch.ts, imported only then). Both give the same FetchResult; a worker that
 * cannot start (an old browser, a host page's policy) falls back rather than failing. The
 * columns built beside the data are adopted, so filters never rebuild them.
 */
import { adoptColumns } from './filter';
import type { FetchResult } from './fetch';
import type { WorkerReply } from './load.worker';

export async function loadData(url: string): Promise<FetchResult> {
  const reply = typeof Worker === 'function' ? await inWorker(url).catch(() => null) : null;
  // A mark says which way it went, for the benchmark and the tests.
  performance.mark(reply ? 'pt:data:worker' : 'pt:data:main-thread');
  if (reply) {
    if (reply.ok && reply.columns) adoptColumns(reply.result.dataset, reply.columns);
    for (const m of reply.marks ?? []) performance.mark(m.name, { startTime: Math.max(0, m.at - performance.timeOrigin) });
    const { columns: _, marks: __, ...result } = reply;
    return result as FetchResult;
  }
  const { fetchDataset } = await import('./fetch');
  return fetchDataset(url);
}

function inWorker(url: string): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<WorkerReply>) => (done(), resolve(e.data));
    worker.onerror = (e) => (done(), e.preventDefault(), reject(new Error(e.message)));
    worker.onmessageerror = () => (done(), reject(new Error('the dataset could not be passed from the worker')));
    worker.postMessage({ url });
  });
}

/**
 * The data loader as a Web Worker: fetching, JSON parsing, validation and the filter columns
 * happen here, off the page's main thread, so a 20,000-event file does not freeze the page
 * while it arrives, and the validator (valibot and the schema) never enters the main bundle.
 * The page gets the typed dataset as JSON (see transfer.ts) and the columns (transferred, not
 * copied); then, in a second message, the search text, so the page's first render does not
 * wait for it and the page never spends its own time building it.
 */
import { buildColumns, type Columns } from './columns';
import { fetchDataset, type FetchResult } from './fetch';
import { datasetToJson } from './transfer';
import { buildIndex } from './filter';
import type { LoadResult } from './types';

export type WorkerRequest = { url: string };
/** `marks`: the loader's Performance marks, as epoch times, for the page to replay. */
export type WorkerIndex = { index: string[] };
export type WorkerReply = (
  | Extract<FetchResult, { ok: false }>
  | { ok: true; dataset: string; problems: LoadResult['problems']; counts: LoadResult['counts']; columns: Columns }
) & { marks: { name: string; at: number }[] };

const marks = () => performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: performance.timeOrigin + m.startTime }));

const transferables = (c: Columns) => [c.earliest, c.latest, c.type, c.status, c.place, c.sides, c.eventActorStart, c.eventActors, ...c.actorEvents.values()].map((a) => a.buffer);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  try {
    const r = await fetchDataset(e.data.url);
    if (!r.ok) return self.postMessage({ ...r, marks: marks() } satisfies WorkerReply);
    const { dataset, problems, counts } = r.result;
    const columns = buildColumns(dataset);
    const reply: WorkerReply = { ok: true, dataset: datasetToJson(dataset), problems, counts, columns, marks: marks() };
    self.postMessage(reply, { transfer: transferables(columns) });
    self.postMessage({ index: buildIndex(dataset).text } satisfies WorkerIndex);
  } catch (error) {
    // A bug, not bad data (that is a Problem): still an answer, so the page shows an error.
    const reason = error instanceof Error ? error.message : String(error);
    self.postMessage({ ok: false, kind: 'dataset', file: e.data.url, reason, marks: marks() } satisfies WorkerReply);
  }
};

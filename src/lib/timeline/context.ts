/**
 * The timeline's events: those passing every filter but the date window (the window is what
 * the chart zooms within), kept with their positions in `dataset.events`. With the positions,
 * per-event numbers (times, lanes) come from typed columns built once per dataset instead of
 * from the event objects, which are slow to read by the thousand (their shapes vary).
 *
 * `contextEvents` is `filterEvents` (data/filter.ts) without the window, and keeps the
 * positions `filterIndices` gives.
 */
import { columnsOf, filterIndices, type Filters } from '../data/filter';
import type { Columns } from '../data/columns';
import type { Dataset, TimelineEvent } from '../data/types';

export interface Positions {
  dataset: Dataset;
  columns: Columns;
  /** Ascending positions in `dataset.events`; null when the list is `dataset.events` itself. */
  index: Uint32Array | null;
}

const known = new WeakMap<readonly TimelineEvent[], Positions>();

/** Where the events of a list returned by `contextEvents` sit in their dataset, if known. */
export const positionsOf = (events: readonly TimelineEvent[]): Positions | undefined => known.get(events);

/** Records where the events of a list derived from a known one sit (see `visibleEvents`). */
export const rememberPositions = (events: readonly TimelineEvent[], at: Positions): void => void known.set(events, at);

export function contextEvents(dataset: Dataset, f: Filters): TimelineEvent[] {
  const columns = columnsOf(dataset);
  const index = filterIndices(dataset, { ...f, from: null, to: null });
  const events = index ? Array.from(index, (i) => dataset.events[i]) : dataset.events;
  known.set(events, { dataset, columns, index });
  return events;
}

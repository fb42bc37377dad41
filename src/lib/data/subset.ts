/**
 * A set of events named by where they sit in their dataset: `{ dataset, index }`, the index
 * ascending positions in `dataset.events` (so in time order), or null for all of them. Every step
 * of the filter chain takes and gives one (facets, then the date window; see filter.ts), so code
 * downstream reads per-event numbers from the dataset's typed columns (columns.ts) by position
 * instead of reading thousands of event objects, and never has to guess where a list came from.
 */
import type { Dataset, TimelineEvent } from './types';

export interface EventSubset {
  readonly dataset: Dataset;
  /** Ascending positions in `dataset.events`; null when the subset is the whole dataset. */
  readonly index: Uint32Array | null;
}

export const wholeDataset = (dataset: Dataset): EventSubset => ({ dataset, index: null });

export const subsetSize = (s: EventSubset): number => (s.index ? s.index.length : s.dataset.events.length);

/** The position in the dataset of the subset's k-th event. */
export const positionAt = (s: EventSubset, k: number): number => (s.index ? s.index[k] : k);

/** The subset's events, in time order: the dataset's own array when the subset is all of it. */
export function subsetEvents(s: EventSubset): readonly TimelineEvent[] {
  const { index, dataset } = s;
  return index ? Array.from(index, (i) => dataset.events[i]) : dataset.events;
}

/**
 * Counts that describe a set of events: span, per type, per place. Used by the validator's
 * report and by the charts' text summaries.
 */
import type { Dataset, TimelineEvent } from './types';
import { DAY, isoDay as iso } from './days';

export interface Summary {
  count: number;
  from: string | null;
  to: string | null;
  byType: Record<string, number>;
  byPlace: [string, number][];
}


/**
 * Earliest possible start to latest possible end of the events (ms, UTC, the end exclusive as in
 * DateSpan), or null when there are none. A scan, not Math.min/max(...list): spreading ~200,000
 * values or more into one call throws "Maximum call stack size exceeded". Callers keep it in a
 * `$derived` of the list, so a dataset's is worked out once per load.
 */
export function eventsExtent(events: readonly TimelineEvent[]): readonly [number, number] | null {
  if (!events.length) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (e.date.earliest < lo) lo = e.date.earliest;
    if (e.date.latest > hi) hi = e.date.latest;
  }
  return [lo, hi];
}

export function summarizeEvents(events: readonly TimelineEvent[]): Summary {
  const byType: Record<string, number> = {};
  const places = new Map<string, number>();
  let from = Infinity;
  let to = -Infinity;
  for (const e of events) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    places.set(e.place, (places.get(e.place) ?? 0) + 1);
    from = Math.min(from, e.date.earliest);
    to = Math.max(to, e.date.latest);
  }
  return {
    count: events.length,
    from: events.length ? iso(from) : null,
    to: events.length ? iso(to - DAY) : null,
    byType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => (a < b ? -1 : 1))),
    byPlace: [...places].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  };
}

export const summarize = (dataset: Dataset) => summarizeEvents(dataset.events);

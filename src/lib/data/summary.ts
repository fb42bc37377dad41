/**
 * Counts that describe a set of events: span, per type, per place. Used by the validator's
 * report and by the charts' text summaries.
 */
import type { Dataset, TimelineEvent } from './types';

export interface Summary {
  count: number;
  from: string | null;
  to: string | null;
  byType: Record<string, number>;
  byPlace: [string, number][];
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The time a list of events covers: the earliest start and the latest end (ms, UTC, the end
 * exclusive as in DateSpan); null for no events. A scan, not Math.min/max(...list): spreading
 * ~200,000 values or more into a call throws "Maximum call stack size exceeded".
 */
export function spanOf(events: readonly TimelineEvent[]): { earliest: number; latest: number } | null {
  if (!events.length) return null;
  let earliest = Infinity;
  let latest = -Infinity;
  for (const e of events) {
    if (e.date.earliest < earliest) earliest = e.date.earliest;
    if (e.date.latest > latest) latest = e.date.latest;
  }
  return { earliest, latest };
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
    to: events.length ? iso(to - 86_400_000) : null,
    byType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => (a < b ? -1 : 1))),
    byPlace: [...places].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  };
}

export const summarize = (dataset: Dataset) => summarizeEvents(dataset.events);

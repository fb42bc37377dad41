/**
 * The compact handout's shape: events grouped by calendar month, and the sources they cite
 * numbered once each, in the order a reader meets them, so a line can say "[3, 4]" and the notes
 * at the end give each source once (174 sources would otherwise be repeated under 63 events).
 * Pure: Handout.svelte renders it.
 */
import type { TimelineEvent } from '../data/types';

export interface MonthGroup {
  /** UTC midnight of the month's first day. */
  start: number;
  events: TimelineEvent[];
}

/** Consecutive runs of `events` (in time order) by the UTC month their earliest day falls in. */
export function byMonth(events: readonly TimelineEvent[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const event of events) {
    const d = new Date(event.date.earliest);
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    const last = groups.at(-1);
    if (last?.start === start) last.events.push(event);
    else groups.push({ start, events: [event] });
  }
  return groups;
}

export interface SourceNotes {
  /** Source ids; note n is `order[n - 1]`. */
  order: string[];
  /** Per event id, the note numbers of its sources, each once, ascending. */
  refs: Map<string, number[]>;
}

/** Numbers the sources of `events` by first citation. */
export function numberSources(events: readonly TimelineEvent[]): SourceNotes {
  const number = new Map<string, number>();
  const refs = new Map<string, number[]>();
  for (const event of events) {
    const own = new Set<number>();
    for (const { source } of event.evidence) {
      if (!number.has(source)) number.set(source, number.size + 1);
      own.add(number.get(source)!);
    }
    refs.set(event.id, [...own].sort((a, b) => a - b));
  }
  return { order: [...number.keys()], refs };
}

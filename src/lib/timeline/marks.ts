/**
 * What kind of mark an event gets, and where on the time axis its symbol sits. One rule for the
 * chart, the clustering and the tests: a known single day is a point, a known run of days is a
 * bar, and anything uncertain or approximate (`?`, `~`, or only a month or year known) is a
 * span from its earliest to its latest possible day, drawn hatched so it never passes for fact.
 */
import type { TimelineEvent } from '../data/types';
import { DAY } from '../data/days';

export type MarkKind = 'point' | 'bar' | 'span';

export function markKind(e: TimelineEvent): MarkKind {
  const d = e.date;
  if (d.uncertain || d.approximate || d.precision !== 'day') return 'span';
  return d.latest - d.earliest > DAY ? 'bar' : 'point';
}

/**
 * The instant the symbol marks: the middle of the first day for points and bars (the symbol
 * heads the bar), the middle of the possible range for spans.
 */
export function anchorTime(e: TimelineEvent): number {
  const d = e.date;
  if (markKind(e) === 'span') return (d.earliest + d.latest) / 2;
  return d.earliest + Math.min(DAY, d.latest - d.earliest) / 2;
}

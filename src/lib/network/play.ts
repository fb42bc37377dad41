/**
 * The steps of the play control: calendar months from the first event to the last, as date
 * windows in the URL's format (inclusive days, YYYY-MM-DD, UTC). Playing either grows the
 * window (everything up to the month: the network accumulates) or slides it (that month only:
 * who was meeting then). The window is the view's own (network, map): time passes there without
 * writing into the reader's date filter; `eventsInPlay` keeps the filtered events it shows.
 */
import type { TimelineEvent } from '../data/types';
import { dayWindow, overlaps } from '../data/days';

/** The events overlapping a play window (inclusive days, null ends open); all of them when open. */
export function eventsInPlay(events: readonly TimelineEvent[], from: string | null, to: string | null): readonly TimelineEvent[] {
  if (!from && !to) return events;
  const w = dayWindow(from, to);
  return events.filter((e) => overlaps(e.date.earliest, e.date.latest, w));
}
export interface MonthStep {
  /** First and last day of the month. */
  from: string;
  to: string;
  /** Start of the month, ms since epoch, UTC (for labels). */
  start: number;
}

export type PlayMode = 'grow' | 'month';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every month touched by [earliest, latest) (ms, UTC, `latest` exclusive as in DateSpan). */
export function monthSteps(earliest: number, latest: number): MonthStep[] {
  if (!(latest > earliest)) return [];
  const first = new Date(earliest);
  const last = new Date(latest - 1);
  const steps: MonthStep[] = [];
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); y < last.getUTCFullYear() || (y === last.getUTCFullYear() && m <= last.getUTCMonth()); m === 11 ? (y++, (m = 0)) : m++) {
    const start = Date.UTC(y, m, 1);
    steps.push({ from: iso(start), to: iso(Date.UTC(y, m + 1, 1) - 1), start });
  }
  return steps;
}

/** The step the window ends on (its `to` is that month's last day), or -1. */
export function stepIndex(steps: readonly MonthStep[], to: string | null): number {
  return to ? steps.findIndex((s) => s.to === to) : -1;
}

/** The window of step `i`: from the first month (grow) or from the month's first day. */
export function windowAt(steps: readonly MonthStep[], i: number, mode: PlayMode): { from: string; to: string } {
  const step = steps[Math.max(0, Math.min(steps.length - 1, i))];
  return { from: mode === 'grow' ? steps[0].from : step.from, to: step.to };
}

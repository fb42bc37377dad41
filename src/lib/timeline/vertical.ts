/**
 * The narrow-screen timeline: time runs down the page, one row per event, spaced in
 * proportion to time where there is room and pushed down where events crowd, so rows never
 * overlap yet gaps in the calendar still show as gaps. Axis ticks move with the rows they sit
 * between. The first event of each of the dataset's phases has room above it for the phase's
 * name. Beyond `maxRows` events, rows become calendar bins with counts (a phone cannot scroll
 * through 20,000 rows), each of which narrows the window when chosen.
 */
import { scaleTime } from './scale';
import type { TimelineEvent } from '../data/types';
import { BIN_STEPS, type BinStep } from './cluster';
import type { Domain } from './domain';
import { anchorTime } from './marks';
import { phaseStarts } from '../data/phases';
import type { Phase } from '../data/types';

export interface VRow {
  key: string;
  t: number;
  y: number;
  /** One event, or a bin of several. */
  event?: TimelineEvent;
  bin?: { start: number; end: number; events: TimelineEvent[] };
  /** The dataset's phase this row's event opens: its name is written in the room above the row. */
  phase?: Phase;
}

export interface VerticalLayout<T extends { t: number }> {
  rows: VRow[];
  ticks: (T & { y: number })[];
  height: number;
  step: BinStep | null;
}

/**
 * Positions in time order: each at its time's place on the scale, or just below the previous
 * row when that is further down, with `above[i]` more room above row i (a phase's name).
 */
export function pushDown(natural: readonly number[], minGap: number, above: readonly number[] = []): number[] {
  const out: number[] = [];
  natural.forEach((y, i) => out.push(Math.max(y, (out.length ? out[out.length - 1] + minGap : 0) + (above[i] ?? 0))));
  return out;
}

/** Where an instant lands once rows have been pushed: shifted as much as the row before it. */
export function shiftAt(t: number, times: readonly number[], natural: readonly number[], placed: readonly number[]): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : placed[lo - 1] - natural[lo - 1];
}

export function verticalLayout<T extends { t: number }>(
  events: readonly TimelineEvent[],
  domain: Domain,
  o: { rowH: number; maxRows: number; ticks: (d: Domain, length: number) => T[]; phases?: readonly Phase[]; phaseH?: number },
): VerticalLayout<T> {
  let step: BinStep | null = null;
  let rows: Omit<VRow, 'y'>[] = events.map((e) => ({ key: e.id, t: anchorTime(e), event: e }));
  if (events.length > o.maxRows) {
    // The finest calendar bin that brings the rows under the limit.
    for (const s of BIN_STEPS.slice(2)) {
      const bins = new Map<number, TimelineEvent[]>();
      for (const e of events) {
        const start = +s.interval.floor(new Date(anchorTime(e)));
        (bins.get(start) ?? bins.set(start, []).get(start)!).push(e);
      }
      step = s;
      rows = [...bins].map(([start, list]) => ({ key: `b:${start}`, t: start, bin: { start, end: +s.interval.offset(new Date(start), 1), events: list } }));
      if (bins.size <= o.maxRows) break;
    }
  }
  rows.sort((a, b) => a.t - b.t);
  // The first event of each phase opens it, as in the list; rows of calendar bins have none.
  if (!step && o.phases?.length) {
    const opens = phaseStarts(rows, (r) => r.event!.date.earliest, o.phases);
    rows = rows.map((r, i) => (opens[i] ? { ...r, phase: opens[i]! } : r));
  }
  const length = Math.max(360, rows.length * o.rowH * 1.4);
  const y = scaleTime().domain(domain).range([0, length]);
  const times = rows.map((r) => r.t);
  const natural = times.map((t) => Math.max(0, y(t) - o.rowH / 2));
  const placed = pushDown(natural, o.rowH, rows.map((r) => (r.phase ? (o.phaseH ?? 0) : 0)));
  const ticks = o.ticks(domain, length).map((tk) => ({ ...tk, y: Math.max(0, y(tk.t) + shiftAt(tk.t, times, natural, placed)) }));
  const height = Math.max(placed.length ? placed[placed.length - 1] + o.rowH : 0, ...ticks.map((tk) => tk.y + 24));
  return { rows: rows.map((r, i) => ({ ...r, y: placed[i] })), ticks, height, step };
}

/**
 * The times of a set of events as typed arrays: bounds, symbol time, mark kind, and per bin unit
 * the bin ordinal of each symbol. Zooming and panning reuse them, so a frame costs a pass over
 * numbers instead of objects, Dates and strings. The Timeline derives them once per dataset
 * (`eventTimes`, which reads every event) and once per filter change (`subsetTimes`, copied from
 * the dataset's by position): the `$derived` chain is the memo.
 *
 * A dataset's events are time-ordered by earliest, so the events in a window are found by
 * binary search; a list out of that order still works, scanned.
 */
import type { TimelineEvent } from '../data/types';
import type { EventSubset } from '../data/subset';
import type { Domain } from './domain';
import { binOrdinal, type BinUnit } from './bins';
import { anchorTime, markKind, type MarkKind } from './marks';

export const KINDS: readonly MarkKind[] = ['point', 'bar', 'span'];

export interface EventTimes {
  n: number;
  earliest: Float64Array;
  latest: Float64Array;
  /** Symbol time (see `anchorTime`). */
  anchor: Float64Array;
  /** Index into KINDS. */
  kind: Uint8Array;
  /** Running maximum of `latest`: the first event that may reach past t is a binary search away. */
  reach: Float64Array;
  sorted: boolean;
  /** Bin ordinal of each anchor, per unit, filled on first use (see `ordinalsOf`). */
  ordinals: Map<BinUnit, Int32Array>;
}

/** The times of a list of events, read from the events themselves. */
export function eventTimes(events: readonly TimelineEvent[]): EventTimes {
  const n = events.length;
  const t: EventTimes = { n, earliest: new Float64Array(n), latest: new Float64Array(n), anchor: new Float64Array(n), kind: new Uint8Array(n), reach: new Float64Array(n), sorted: true, ordinals: new Map() };
  let reach = -Infinity;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    t.earliest[i] = e.date.earliest;
    t.latest[i] = e.date.latest;
    t.anchor[i] = anchorTime(e);
    t.kind[i] = KINDS.indexOf(markKind(e));
    reach = Math.max(reach, e.date.latest);
    t.reach[i] = reach;
    if (i && t.earliest[i] < t.earliest[i - 1]) t.sorted = false;
  }
  return t;
}

/** The times of a subset, copied by position from `all`, the times of its dataset's events. */
export function subsetTimes(all: EventTimes, s: EventSubset): EventTimes {
  const index = s.index;
  if (!index) return all;
  const n = index.length;
  const t: EventTimes = { n, earliest: new Float64Array(n), latest: new Float64Array(n), anchor: new Float64Array(n), kind: new Uint8Array(n), reach: new Float64Array(n), sorted: all.sorted, ordinals: new Map() };
  for (let k = 0; k < n; k++) {
    const i = index[k];
    t.earliest[k] = all.earliest[i];
    t.latest[k] = all.latest[i];
    t.anchor[k] = all.anchor[i];
    t.kind[k] = all.kind[i];
    t.reach[k] = Math.max(k ? t.reach[k - 1] : -Infinity, all.latest[i]);
  }
  return t;
}

export function ordinalsOf(t: EventTimes, unit: BinUnit): Int32Array {
  let ords = t.ordinals.get(unit);
  if (!ords) {
    ords = new Int32Array(t.n);
    for (let i = 0; i < t.n; i++) ords[i] = binOrdinal(unit, t.anchor[i]);
    t.ordinals.set(unit, ords);
  }
  return ords;
}

/** First index in [0, n) whose value is > x (or >= x when `orEqual`), in an ascending array. */
function firstAbove(a: Float64Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] > x || (orEqual && a[mid] === x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Index range [lo, hi) outside which no event overlaps `d`. Inside it, an event overlaps when
 * `latest > d[0]` (test with `overlapsAt`): a long event may reach into the window past shorter
 * later ones.
 */
export function windowRange(t: EventTimes, d: Domain): [number, number] {
  if (!t.sorted) return [0, t.n];
  return [firstAbove(t.reach, d[0], false), firstAbove(t.earliest, d[1], true)];
}

/** Whether the i-th event's span overlaps `d`. */
export const overlapsAt = (t: EventTimes, i: number, d: Domain) => t.latest[i] > d[0] && t.earliest[i] < d[1];

/**
 * The events of `s` overlapping `d`, as a subset of the same dataset; `s` itself when all of
 * them do. `t` is the times of `s` (see `subsetTimes`).
 */
export function visibleSubset(t: EventTimes, s: EventSubset, d: Domain): EventSubset {
  const [lo, hi] = windowRange(t, d);
  const picked = new Uint32Array(Math.max(0, hi - lo));
  let n = 0;
  for (let k = lo; k < hi; k++) if (overlapsAt(t, k, d)) picked[n++] = s.index ? s.index[k] : k;
  return n === t.n ? s : { dataset: s.dataset, index: picked.subarray(0, n) };
}

/** Earliest start to latest end, or null for no events. */
export function timesExtent(t: EventTimes): Domain | null {
  if (!t.n) return null;
  let lo = Infinity;
  if (t.sorted) lo = t.earliest[0];
  else for (let i = 0; i < t.n; i++) lo = Math.min(lo, t.earliest[i]);
  return [lo, t.reach[t.n - 1]];
}

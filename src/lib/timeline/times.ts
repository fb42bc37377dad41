/**
 * The times of a list of events as typed arrays, computed once per list (a WeakMap keyed by the
 * array, so it goes when the list goes): bounds, symbol time, mark kind, and per bin unit the
 * bin ordinal of each symbol. Zooming and panning reuse them, so a frame costs a pass over
 * numbers instead of objects, Dates and strings.
 *
 * The list is the one the Timeline keeps for a set of filters (time-ordered by earliest), so the
 * events in a window are found by binary search; a list out of that order still works, scanned.
 */
import type { TimelineEvent } from '../data/types';
import type { Domain } from './domain';
import type { BinUnit } from './cluster';
import { binOrdinal } from './bins';
import { positionsOf, rememberPositions } from './context';
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
  /** Bin ordinal of each anchor, per unit, filled on first use. */
  ordinals: Map<BinUnit, Int32Array>;
}

const cache = new WeakMap<readonly TimelineEvent[], EventTimes>();

export function timesOf(events: readonly TimelineEvent[]): EventTimes {
  let t = cache.get(events);
  if (t) return t;
  const n = events.length;
  t = { n, earliest: new Float64Array(n), latest: new Float64Array(n), anchor: new Float64Array(n), kind: new Uint8Array(n), reach: new Float64Array(n), sorted: true, ordinals: new Map() };
  const at = positionsOf(events);
  if (at?.index) {
    // A subset of a dataset: copied from the dataset's times, without reading an event.
    const all = timesOf(at.dataset.events);
    for (let k = 0; k < n; k++) {
      const i = at.index[k];
      t.earliest[k] = all.earliest[i];
      t.latest[k] = all.latest[i];
      t.anchor[k] = all.anchor[i];
      t.kind[k] = all.kind[i];
      t.reach[k] = Math.max(k ? t.reach[k - 1] : -Infinity, all.latest[i]);
    }
    t.sorted = all.sorted;
    cache.set(events, t);
    return t;
  }
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
  cache.set(events, t);
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
 * `latest > d[0]` (test with `inWindow`): a long event may reach into the window past shorter
 * later ones.
 */
export function windowRange(t: EventTimes, d: Domain): [number, number] {
  if (!t.sorted) return [0, t.n];
  return [firstAbove(t.reach, d[0], false), firstAbove(t.earliest, d[1], true)];
}

export const inWindow = (t: EventTimes, i: number, d: Domain) => t.latest[i] > d[0] && t.earliest[i] < d[1];

/**
 * The events overlapping `d`, in their order; the list itself when all of them do. A subset of
 * a list from `contextEvents` keeps its positions in the dataset (so it too is read from columns).
 */
export function visibleEvents(events: readonly TimelineEvent[], d: Domain): readonly TimelineEvent[] {
  const t = timesOf(events);
  const [lo, hi] = windowRange(t, d);
  const picked: number[] = [];
  for (let i = lo; i < hi; i++) if (inWindow(t, i, d)) picked.push(i);
  if (picked.length === events.length) return events;
  const out = picked.map((i) => events[i]);
  const at = positionsOf(events);
  if (at) rememberPositions(out, { ...at, index: Uint32Array.from(picked, (i) => (at.index ? at.index[i] : i)) });
  return out;
}

/** Earliest start to latest end, or null for no events. */
export function timesExtent(t: EventTimes): Domain | null {
  if (!t.n) return null;
  let lo = Infinity;
  if (t.sorted) lo = t.earliest[0];
  else for (let i = 0; i < t.n; i++) lo = Math.min(lo, t.earliest[i]);
  return [lo, t.reach[t.n - 1]];
}

/**
 * Horizontal lanes of the timeline and which lane(s) each event sits in.
 *
 * - `side`: one lane per side present. Most talks have several sides (57 of the 63 seed events),
 *   so a shared "several sides" lane would hold nearly everything and say nothing. Instead an
 *   event sits in the lane of every side that took part and is drawn ONCE, as marks joined by one
 *   vertical line (read like a "who met whom" chart): one focus stop, one label, one tooltip.
 * - `type`: one lane per event type present, in the schema's order.
 * - `place`: the busiest places, then "other places", so a long tail does not become 20 lanes.
 * - `none`: one lane.
 *
 * Lanes come from the events matching the filters other than the date window, so they stay put
 * while the reader zooms and pans. They are counted from the dataset's columns (columns.ts), by
 * position: no event object is read.
 */
import { EVENT_TYPES } from '../data/vocabulary';
import type { TimelineEvent } from '../data/types';
import type { LaneMode } from '../state/params';
import type { Columns } from '../data/columns';
import { columnsOf } from '../data/filter';
import { positionAt, subsetSize, type EventSubset } from '../data/subset';

export interface Lane {
  key: string;
  kind: 'side' | 'type' | 'place' | 'other-places' | 'all';
  /** The side, type or place id the lane stands for. */
  id: string;
  /** Events of the set in this lane. */
  count: number;
}

export interface LaneSet {
  mode: LaneMode;
  lanes: Lane[];
  /** Lane keys of an event: one, or one per side in `side` mode. Shared arrays: do not mutate. */
  keysOf: (e: TimelineEvent) => readonly string[];
  /** The same as a bit set of lane indexes (bit i: `lanes[i]`), for counting without strings. */
  bitsOf: (e: TimelineEvent) => number;
  /** `bitsOf` from the dataset's columns at position i, where the mode allows. */
  bitsAt?: (columns: Columns, i: number) => number;
  /** True when one event may sit in several lanes (drawn as joined marks). */
  linked: boolean;
}

/** How many places get their own lane before the rest share one. */
export const MAX_PLACE_LANES = 6;


/** A lane set whose every event sits in one lane: `keyOf(raw(e))`, memoized per raw value. */
function single(mode: LaneMode, lanes: Lane[], raw: (e: TimelineEvent) => string, keyOf: (v: string) => string): LaneSet {
  const index = new Map(lanes.map((l, i) => [l.key, i]));
  const memo = new Map<string, { keys: readonly string[]; bit: number }>();
  const of = (e: TimelineEvent) => {
    const v = raw(e);
    let m = memo.get(v);
    if (!m) {
      const k = keyOf(v);
      const i = index.get(k);
      memo.set(v, (m = { keys: [k], bit: i === undefined ? 0 : 1 << i }));
    }
    return m;
  };
  return { mode, lanes, linked: false, keysOf: (e) => of(e).keys, bitsOf: (e) => of(e).bit };
}

export function buildLanes(s: EventSubset, mode: LaneMode, maxPlaces = MAX_PLACE_LANES): LaneSet {
  const columns = columnsOf(s.dataset);
  const size = subsetSize(s);
  if (mode === 'side') {
    // The dataset's sides, in its order (a bit each in the columns). Events are counted by their
    // set of sides, then the sets' counts spread over the sides.
    const ids = columns.sideIds;
    const sideBits = (e: TimelineEvent) => e.sides.reduce((b, side) => b | (columns.sideBit.get(side) ?? 0), 0);
    const n = new Array<number>(ids.length).fill(0);
    const bySet = new Map<number, number>();
    for (let k = 0; k < size; k++) {
      const b = columns.sides[positionAt(s, k)];
      bySet.set(b, (bySet.get(b) ?? 0) + 1);
    }
    bySet.forEach((c, b) => {
      for (let i = 0; i < ids.length; i++) if (b & (1 << i)) n[i] += c;
    });
    const lanes = ids.flatMap((side, i) => (n[i] > 0 ? [{ key: `side:${side}`, kind: 'side' as const, id: side, count: n[i] }] : []));
    // Per set of sides: the keys, and the lane bits, computed once.
    const keys = new Map<number, readonly string[]>();
    const laneBits = new Map<number, number>();
    const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
    const keysOf = (e: TimelineEvent) => {
      const b = sideBits(e);
      let k = keys.get(b);
      if (!k) keys.set(b, (k = e.sides.map((side) => `side:${side}`)));
      return k;
    };
    const bitsBySides = (b: number) => {
      let m = laneBits.get(b);
      if (m === undefined) laneBits.set(b, (m = ids.reduce((m, side, i) => (b & (1 << i) && laneIndex.has(side) ? m | (1 << laneIndex.get(side)!) : m), 0)));
      return m;
    };
    return { mode, lanes, linked: true, keysOf, bitsOf: (e) => bitsBySides(sideBits(e)), bitsAt: (c, i) => bitsBySides(c.sides[i]) };
  }
  if (mode === 'type') {
    const codes = new Array<number>(EVENT_TYPES.length).fill(0);
    for (let k = 0; k < size; k++) codes[columns.type[positionAt(s, k)]]++;
    const lanes = EVENT_TYPES.flatMap((t, i) => (codes[i] ? [{ key: `type:${t}`, kind: 'type' as const, id: t, count: codes[i] }] : []));
    const set = single(mode, lanes, (e) => e.type, (t) => `type:${t}`);
    const bitOfCode = EVENT_TYPES.map((t) => {
      const l = lanes.findIndex((x) => x.id === t);
      return l < 0 ? 0 : 1 << l;
    });
    return { ...set, bitsAt: (c, i) => bitOfCode[c.type[i]] };
  }
  if (mode === 'place') {
    const ids = [...columns.placeIndex.keys()];
    const counts = new Uint32Array(ids.length);
    for (let k = 0; k < size; k++) counts[columns.place[positionAt(s, k)]]++;
    const n = ids.flatMap((id, i) => (counts[i] ? [[id, counts[i]] as const] : [])).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // A single leftover place is shown by name rather than as "other places (1)".
    const own = n.length <= maxPlaces + 1 ? n : n.slice(0, maxPlaces);
    const rest = n.slice(own.length);
    const named = new Set(own.map(([p]) => p));
    const lanes: Lane[] = own.map(([p, c]) => ({ key: `place:${p}`, kind: 'place', id: p, count: c }));
    if (rest.length) lanes.push({ key: 'place:*', kind: 'other-places', id: '*', count: rest.reduce((sum, [, c]) => sum + c, 0) });
    return single(mode, lanes, (e) => e.place, (p) => (named.has(p) ? `place:${p}` : 'place:*'));
  }
  return { ...single(mode, [{ key: 'all', kind: 'all', id: 'all', count: size }], () => '', () => 'all'), bitsAt: () => 1 };
}

/** `lanes.bitsOf` of every event of `s`, from the columns where the lane set allows. */
export function laneBits(s: EventSubset, lanes: LaneSet): Int32Array {
  const size = subsetSize(s);
  const bits = new Int32Array(size);
  if (lanes.bitsAt) {
    const columns = columnsOf(s.dataset);
    for (let k = 0; k < size; k++) bits[k] = lanes.bitsAt(columns, positionAt(s, k));
  } else for (let k = 0; k < size; k++) bits[k] = lanes.bitsOf(s.dataset.events[positionAt(s, k)]);
  return bits;
}

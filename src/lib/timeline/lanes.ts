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
 * while the reader zooms and pans.
 */
import { EVENT_TYPES, SIDES } from '../data/schema';
import type { EventType, Side, TimelineEvent } from '../data/types';
import type { LaneMode } from '../state/params';

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
  /** Lane keys of an event: one, or one per side in `side` mode. */
  keysOf: (e: TimelineEvent) => readonly string[];
  /** True when one event may sit in several lanes (drawn as joined marks). */
  linked: boolean;
}

/** How many places get their own lane before the rest share one. */
export const MAX_PLACE_LANES = 6;

function counted<K extends string>(keys: Iterable<K>): Map<K, number> {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

export function buildLanes(events: readonly TimelineEvent[], mode: LaneMode, maxPlaces = MAX_PLACE_LANES): LaneSet {
  if (mode === 'side') {
    const n = counted<Side>(events.flatMap((e) => e.sides));
    const lanes = SIDES.filter((s) => n.has(s)).map((s) => ({ key: `side:${s}`, kind: 'side' as const, id: s, count: n.get(s)! }));
    return { mode, lanes, linked: true, keysOf: (e) => e.sides.map((s) => `side:${s}`) };
  }
  if (mode === 'type') {
    const n = counted<EventType>(events.map((e) => e.type));
    const lanes = EVENT_TYPES.filter((t) => n.has(t)).map((t) => ({ key: `type:${t}`, kind: 'type' as const, id: t, count: n.get(t)! }));
    return { mode, lanes, linked: false, keysOf: (e) => [`type:${e.type}`] };
  }
  if (mode === 'place') {
    const n = [...counted(events.map((e) => e.place))].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // A single leftover place is shown by name rather than as "other places (1)".
    const own = n.length <= maxPlaces + 1 ? n : n.slice(0, maxPlaces);
    const rest = n.slice(own.length);
    const named = new Set(own.map(([p]) => p));
    const lanes: Lane[] = own.map(([p, c]) => ({ key: `place:${p}`, kind: 'place', id: p, count: c }));
    if (rest.length) lanes.push({ key: 'place:*', kind: 'other-places', id: '*', count: rest.reduce((s, [, c]) => s + c, 0) });
    return { mode, lanes, linked: false, keysOf: (e) => [named.has(e.place) ? `place:${e.place}` : 'place:*'] };
  }
  return { mode, lanes: [{ key: 'all', kind: 'all', id: 'all', count: events.length }], linked: false, keysOf: () => ['all'] };
}

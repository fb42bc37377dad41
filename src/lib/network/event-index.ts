/**
 * The events of a dataset as integers, read once: each actor gets a number (first seen, first
 * numbered) and each event its position in time order, with its distinct actors in one flat
 * list (`members`, from `starts[p]` to `starts[p + 1]`). The network view builds this once per
 * dataset and then derives the graph of any filtered subset from it (`graphOf`) without touching
 * the event objects again beyond one identity comparison each: at 20,000 events that is the
 * difference between a frame and a tenth of a second, since reading fields of the events (which
 * the loader does not give one shape) is what costs. Beside each member, how it took part, and
 * beside each event whether its participants met (met.ts): the graph links only those.
 */
import type { Columns } from '../data/columns';
import type { Actor, Side, TimelineEvent } from '../data/types';
import { EVENT_TYPES } from '../data/vocabulary';
import { mergeParticipation, participantsMet, participation } from './met';

export interface EventIndex {
  /** The events, in time order (`order`). */
  events: TimelineEvent[];
  /** Each event's position in `events`; made on first use (a subset in another order). */
  position: () => Map<TimelineEvent, number>;
  /** Actor ids and sides, by number. */
  actors: string[];
  sides: Side[];
  starts: Int32Array;
  members: Int32Array;
  /** How each member took part (met.ts flags), parallel to `members`. */
  how: Uint8Array;
  /** 1 where the event's type says its participants met (met.ts), by position. */
  met: Uint8Array;
}

/** The events in time order (`order`); a copy, sorted only when the input is not already. */
export function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const copy = events.slice();
  let last = -Infinity;
  for (const e of copy) {
    if (e.order < last) return copy.sort((a, b) => a.order - b.order);
    last = e.order;
  }
  return copy;
}

/**
 * `ordered`: the caller vouches that the events are already in time order, as a dataset's are
 * (the loader sorts them; `order` is their index), which saves reading every event's `order`.
 */
export function indexEvents(events: readonly TimelineEvent[], actors: ReadonlyMap<string, Actor>, ordered = false): EventIndex {
  const sorted = ordered ? events.slice() : inTimeOrder(events);
  const number = new Map<string, number>();
  const names: string[] = [];
  const sides: Side[] = [];
  const starts = new Int32Array(sorted.length + 1);
  let members = new Int32Array(Math.max(16, sorted.length * 4));
  let how = new Uint8Array(members.length);
  const met = new Uint8Array(sorted.length);
  // seen[a] === p: actor a is already listed for event p, at `at[a]` (an actor listed twice counts once).
  let seen = new Int32Array(64).fill(-1);
  let at = new Int32Array(64);
  let size = 0;
  for (let p = 0; p < sorted.length; p++) {
    const e = sorted[p];
    starts[p] = size;
    met[p] = participantsMet(e) ? 1 : 0;
    for (const participant of e.participants) {
      const actor = participant.actor;
      let a = number.get(actor);
      if (a === undefined) {
        a = names.length;
        number.set(actor, a);
        names.push(actor);
        sides.push(actors.get(actor)?.side ?? 'other');
        if (a >= seen.length) [seen, at] = [grow(seen, a + 1, -1), grow(at, a + 1, 0)];
      }
      if (seen[a] === p) {
        how[at[a]] = mergeParticipation(how[at[a]], participation(participant));
        continue;
      }
      seen[a] = p;
      if (size >= members.length) [members, how] = [grow(members, size + 1, 0), growBytes(how, size + 1)];
      at[a] = size;
      how[size] = participation(participant);
      members[size++] = a;
    }
  }
  starts[sorted.length] = size;
  let position: Map<TimelineEvent, number> | null = null;
  const positionOf = () => (position ??= new Map(sorted.map((e, p) => [e, p])));
  return { events: sorted, position: positionOf, actors: names, sides, starts, members: members.subarray(0, size), how: how.subarray(0, size), met };
}

/**
 * The index of a whole dataset from its filter columns (columns.ts), which already list each
 * event's distinct actors as integers: only the numbering changes (columns number actors in
 * the dataset's order, the index as first met), so no event object is read. The same index as
 * `indexEvents(events, actors, true)`. At 20,000 events, skipping that pass over the events
 * took ~20 ms off the network view's first render (A/B); the page builds the columns anyway.
 */
export function indexFromColumns(events: readonly TimelineEvent[], columns: Columns, actors: ReadonlyMap<string, Actor>): EventIndex {
  const renumber = new Int32Array(columns.actorIds.length).fill(-1);
  const names: string[] = [];
  const sides: Side[] = [];
  const from = columns.eventActors;
  const members = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) {
    let a = renumber[from[k]];
    if (a < 0) {
      a = renumber[from[k]] = names.length;
      const id = columns.actorIds[from[k]];
      names.push(id);
      sides.push(actors.get(id)?.side ?? 'other');
    }
    members[k] = a;
  }
  let position: Map<TimelineEvent, number> | null = null;
  const sorted = events.slice();
  const positionOf = () => (position ??= new Map(sorted.map((e, p) => [e, p])));
  const met = new Uint8Array(events.length);
  for (let p = 0; p < events.length; p++) met[p] = participantsMet({ type: EVENT_TYPES[columns.type[p]] }) ? 1 : 0;
  return { events: sorted, position: positionOf, actors: names, sides, starts: new Int32Array(columns.eventActorStart), members, how: columns.eventActorHow, met };
}

/**
 * Positions of a subset of the indexed events, ascending (so in time order), each once; null
 * when the subset holds an event the index does not know (the caller then indexes the subset).
 */
export function positionsIn(index: EventIndex, subset: readonly TimelineEvent[]): Int32Array | null {
  return walk(index.events, subset) ?? lookUp(index, subset);
}

/**
 * The usual case, a filtered list in the same order as the index: one walk comparing object
 * identities, which reads no field of any event. Null when the subset is in another order.
 */
function walk(events: readonly TimelineEvent[], subset: readonly TimelineEvent[]): Int32Array | null {
  const out = new Int32Array(subset.length);
  let p = 0;
  for (let k = 0; k < subset.length; k++) {
    const e = subset[k];
    while (p < events.length && events[p] !== e) p++;
    if (p === events.length) return null;
    out[k] = p++;
  }
  return out;
}

function lookUp(index: EventIndex, subset: readonly TimelineEvent[]): Int32Array | null {
  const all = index.events.length;
  const mark = new Uint8Array(all);
  const position = index.position();
  let count = 0;
  for (const e of subset) {
    const p = position.get(e);
    if (p === undefined) return null;
    if (!mark[p]) count++;
    mark[p] = 1;
  }
  const out = new Int32Array(count);
  for (let p = 0, k = 0; p < all; p++) if (mark[p]) out[k++] = p;
  return out;
}

function growBytes(array: Uint8Array, min: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(Math.max(min, array.length * 2));
  next.set(array);
  return next;
}

function grow(array: Int32Array, min: number, fill: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(min, array.length * 2)).fill(fill);
  next.set(array);
  return next;
}

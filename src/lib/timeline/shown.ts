/**
 * Which event types and sides a list of events uses, for the legend. Stops as soon as every
 * type (or side) has been seen, which in a large list is within its first few events; reads
 * the dataset's columns rather than the events when it can (see context.ts).
 */
import { EVENT_TYPES, SIDES } from '../data/vocabulary';
import type { EventType, Side, TimelineEvent } from '../data/types';
import { positionsOf } from './context';

/** Types present, sorted by id. */
export function typesIn(events: readonly TimelineEvent[]): EventType[] {
  const at = positionsOf(events);
  const seen = new Set<EventType>();
  for (let k = 0; k < events.length && seen.size < EVENT_TYPES.length; k++) {
    seen.add(at ? EVENT_TYPES[at.columns.type[at.index ? at.index[k] : k]] : events[k].type);
  }
  return [...seen].sort();
}

/** Sides present, in the schema's order. */
export function sidesIn(events: readonly TimelineEvent[]): Side[] {
  const at = positionsOf(events);
  const all = (1 << SIDES.length) - 1;
  let seen = 0;
  for (let k = 0; k < events.length && seen !== all; k++) {
    if (at) seen |= at.columns.sides[at.index ? at.index[k] : k];
    else for (const s of events[k].sides) seen |= 1 << SIDES.indexOf(s);
  }
  return SIDES.filter((_, i) => seen & (1 << i));
}

/**
 * Which event types and sides a set of events uses, for the legend. Reads the dataset's columns
 * by position, and stops as soon as every type (or side) has been seen, which in a large set is
 * within its first few events.
 */
import { EVENT_TYPES } from '../data/vocabulary';
import type { EventType, Side } from '../data/types';
import { columnsOf } from '../data/filter';
import { positionAt, subsetSize, type EventSubset } from '../data/subset';

/** Types present, sorted by id. */
export function typesIn(s: EventSubset): EventType[] {
  const { type } = columnsOf(s.dataset);
  const seen = new Set<EventType>();
  for (let k = 0, n = subsetSize(s); k < n && seen.size < EVENT_TYPES.length; k++) seen.add(EVENT_TYPES[type[positionAt(s, k)]]);
  return [...seen].sort();
}

/** Sides present, in the dataset's order. */
export function sidesIn(s: EventSubset): Side[] {
  const { sides, sideIds } = columnsOf(s.dataset);
  const all = 2 ** sideIds.length - 1;
  let seen = 0;
  for (let k = 0, n = subsetSize(s); k < n && seen !== all; k++) seen |= sides[positionAt(s, k)];
  return sideIds.filter((_, i) => seen & (1 << i));
}

/**
 * Builders of fixed events for the timeline's unit tests (not used by the app, so kept out of src/). Dates go
 * through the real EDTF parser so the bounds are the ones the app computes.
 */
import { parseEdtf } from '../../../src/lib/data/edtf';
import type { Actor, Dataset, EventType, Place, Side, TimelineEvent } from '../../../src/lib/data/types';
import { wholeDataset, type EventSubset } from '../../../src/lib/data/subset';

let order = 0;

export function ev(id: string, when: string, o: { type?: EventType; place?: string; sides?: Side[]; title?: string } = {}): TimelineEvent {
  const r = parseEdtf(when);
  if (!r.ok) throw new Error(r.error);
  return {
    id,
    type: o.type ?? 'meeting',
    status: 'occurred',
    title: { en: o.title ?? id },
    summary: { en: id },
    when,
    place: o.place ?? 'geneva',
    participants: [{ actor: 'someone', role: 'participant' }],
    evidence: [{ source: 'src' }],
    date: r.value,
    order: order++,
    sides: o.sides ?? ['us'],
  };
}

/** Sorts like the loader does and renumbers `order`. */
export function timeOrder(events: TimelineEvent[]): TimelineEvent[] {
  const out = [...events].sort((a, b) => a.date.earliest - b.date.earliest || a.date.latest - b.date.latest || (a.id < b.id ? -1 : 1));
  out.forEach((e, i) => (e.order = i));
  return out;
}

/**
 * A dataset around hand-made events, with the actors and places they name (named by their ids),
 * so code that reads the dataset's columns can be tested on them. The events keep their order;
 * the sides are `sides` (display order), else those the events name, in the order first named.
 */
export function datasetOf(events: readonly TimelineEvent[], sides?: readonly string[]): Dataset {
  const named = <T>(ids: Iterable<string>) => new Map([...new Set(ids)].map((id) => [id, { id, name: { en: id } } as T]));
  return {
    meta: { id: 'test', title: { en: 'test' } },
    sides: [...new Set(sides ?? events.flatMap((e) => e.sides))].map((id) => ({ id, name: { en: id } })),
    actors: named<Actor>(events.flatMap((e) => e.participants.map((p) => p.actor))),
    places: named<Place>(events.map((e) => e.place)),
    sources: new Map(),
    series: new Map(),
    stories: [],
    phases: [],
    events: [...events],
  };
}

/** All the events of `datasetOf(events)`, as the subset the timeline's helpers take. */
export const subsetOf = (events: readonly TimelineEvent[], sides?: readonly string[]): EventSubset => wholeDataset(datasetOf(events, sides));

/** The events of `dataset` that `keep` keeps, as a subset. */
export const subsetWhere = (dataset: Dataset, keep: (e: TimelineEvent) => boolean): EventSubset => ({
  dataset,
  index: Uint32Array.from(dataset.events.flatMap((e, i) => (keep(e) ? [i] : []))),
});

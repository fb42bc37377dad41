/**
 * What the map shows, from the dataset and a list of events (the filtered ones, within the
 * map's own time window): one entry per place on the ground with the events held there and the
 * sides that took part, plus the events the map cannot place: those at a remote place (a phone
 * or video call) and those whose place has no coordinates or is not given. Nothing is dropped:
 * every event is in exactly one of the three lists. Pure, so counts are tested without a page.
 */
import type { Dataset, Side, TimelineEvent } from '../data/types';

export interface MapPlace {
  id: string;
  lon: number;
  lat: number;
  /** The place's events, in time order. */
  events: TimelineEvent[];
  /** Events per side that took part there, in the dataset's order of sides. */
  sides: { side: Side; count: number }[];
}

export interface MapSummary {
  /** Places on the ground, the busiest first (ties by id, so the order is stable). */
  places: MapPlace[];
  /** Events at a remote place (phone or video calls). */
  remote: TimelineEvent[];
  /** Events whose place is not given or has no coordinates. */
  unplaced: TimelineEvent[];
}

export function summarisePlaces(dataset: Dataset, events: readonly TimelineEvent[]): MapSummary {
  const byPlace = new Map<string, { place: MapPlace; sides: Map<Side, number> }>();
  const remote: TimelineEvent[] = [];
  const unplaced: TimelineEvent[] = [];
  for (const e of events) {
    const place = e.place ? dataset.places.get(e.place) : undefined;
    if (place?.remote) {
      remote.push(e);
      continue;
    }
    if (!place || place.lat === undefined || place.lon === undefined) {
      unplaced.push(e);
      continue;
    }
    let entry = byPlace.get(place.id);
    if (!entry) {
      entry = { place: { id: place.id, lon: place.lon, lat: place.lat, events: [], sides: [] }, sides: new Map() };
      byPlace.set(place.id, entry);
    }
    entry.place.events.push(e);
    for (const s of e.sides) entry.sides.set(s, (entry.sides.get(s) ?? 0) + 1);
  }
  const order = sideOrder(dataset);
  const places = [...byPlace.values()].map(({ place, sides }) => ({
    ...place,
    sides: [...sides].map(([side, count]) => ({ side, count })).sort((a, b) => (order.get(a.side) ?? 0) - (order.get(b.side) ?? 0)),
  }));
  places.sort((a, b) => b.events.length - a.events.length || (a.id < b.id ? -1 : 1));
  return { places, remote, unplaced };
}

/** The dataset's order of sides: the order of its `sides`. */
function sideOrder(dataset: Dataset): Map<Side, number> {
  return new Map(dataset.sides.map((d, i) => [d.id, i]));
}

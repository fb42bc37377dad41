import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../data/types';
import { summarisePlaces } from './places';

const place = (id: string, lat?: number, lon?: number, remote?: boolean) => [id, { id, name: { en: id }, lat, lon, remote }] as const;
const dataset = {
  sides: [{ id: 'north' }, { id: 'south' }, { id: 'broker' }],
  actors: new Map([
    ['a', { id: 'a', side: 'north' }],
    ['b', { id: 'b', side: 'south' }],
    ['c', { id: 'c', side: 'broker' }],
  ]),
  places: new Map([place('capital', 10, 20), place('port', -5, 40), place('call', undefined, undefined, true), place('somewhere')]),
} as unknown as Dataset;
const ev = (id: string, where: string | undefined, sides: string[]) => ({ id, place: where, sides }) as unknown as TimelineEvent;

describe('summarisePlaces(dataset, events)', () => {
  const events = [
    ev('e1', 'capital', ['north', 'broker']),
    ev('e2', 'port', ['south']),
    ev('e3', 'capital', ['south', 'north']),
    ev('e4', 'call', ['north', 'south']),
    ev('e5', 'somewhere', ['north']),
    ev('e6', undefined, ['broker']),
    ev('e7', 'nowhere-known', ['broker']),
  ];
  const s = summarisePlaces(dataset, events);

  it('puts every event in exactly one list: a place on the ground, remote, or unplaced', () => {
    const all = [...s.places.flatMap((p) => p.events), ...s.remote, ...s.unplaced].map((e) => e.id).sort();
    expect(all).toEqual(events.map((e) => e.id).sort());
  });
  it('orders places by their number of events, then by id', () => {
    expect(s.places.map((p) => `${p.id}:${p.events.length}`)).toEqual(['capital:2', 'port:1']);
  });
  it('counts the sides present at each place in the dataset order of sides', () => {
    expect(s.places[0].sides).toEqual([
      { side: 'north', count: 2 },
      { side: 'south', count: 1 },
      { side: 'broker', count: 1 },
    ]);
  });
  it('lists calls as remote and places without coordinates (or unknown) as unplaced', () => {
    expect(s.remote.map((e) => e.id)).toEqual(['e4']);
    expect(s.unplaced.map((e) => e.id)).toEqual(['e5', 'e6', 'e7']);
  });
  it('keeps the coordinates of each place', () => {
    expect(s.places.map((p) => [p.lon, p.lat])).toEqual([
      [20, 10],
      [40, -5],
    ]);
  });
});

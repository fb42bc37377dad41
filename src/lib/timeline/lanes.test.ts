import { describe, expect, it } from 'vitest';
import { buildLanes } from './lanes';
import { ev, subsetOf } from '../../../tests/unit/helpers/timeline-events';

const events = [
  ev('a', '2025-02-11', { sides: ['north', 'south'], place: 'moscow', type: 'meeting' }),
  ev('b', '2025-02-12', { sides: ['north', 'east', 'south'], place: 'by-phone', type: 'phone-call' }),
  ev('c', '2025-02-17', { sides: ['west'], place: 'paris', type: 'summit' }),
  ev('d', '2025-03-02', { sides: ['east', 'west'], place: 'london', type: 'summit' }),
  ev('e', '2025-03-13', { sides: ['north', 'south'], place: 'moscow', type: 'meeting' }),
];
/** The dataset's display order, which is not the order the events first name them. */
const all = subsetOf(events, ['north', 'east', 'south', 'west', 'mediators']);

describe('buildLanes(subset, mode)', () => {
  it("side: one lane per side present, in the dataset's order; each event in every side it has, once", () => {
    const set = buildLanes(all, 'side');
    expect(set.lanes.map((l) => [l.id, l.count])).toEqual([['north', 3], ['east', 2], ['south', 3], ['west', 2]]);
    expect(set.linked).toBe(true);
    expect(set.keysOf(events[1])).toEqual(['side:north', 'side:east', 'side:south']);
    expect(set.keysOf(events[2])).toEqual(['side:west']);
    expect(set.bitsOf(events[3])).toBe(0b1010);
  });

  it('type: one lane per type present, in the schema order', () => {
    const set = buildLanes(all, 'type');
    expect(set.lanes.map((l) => l.key)).toEqual(['type:meeting', 'type:summit', 'type:phone-call']);
    expect(set.linked).toBe(false);
    expect(events.map((e) => set.keysOf(e)[0])).toEqual(['type:meeting', 'type:phone-call', 'type:summit', 'type:summit', 'type:meeting']);
  });

  it('place: busiest places first, the tail in one "other places" lane', () => {
    const set = buildLanes(all, 'place', 2);
    expect(set.lanes.map((l) => [l.key, l.count])).toEqual([['place:moscow', 2], ['place:by-phone', 1], ['place:*', 2]]);
    expect(set.keysOf(events[3])).toEqual(['place:*']);
  });

  it('place: a single leftover place keeps its own lane', () => {
    const set = buildLanes(all, 'place', 3);
    expect(set.lanes.map((l) => l.key)).toEqual(['place:moscow', 'place:by-phone', 'place:london', 'place:paris']);
  });

  it('none: one lane with everything', () => {
    const set = buildLanes(all, 'none');
    expect(set.lanes).toEqual([{ key: 'all', kind: 'all', id: 'all', count: 5 }]);
    expect(set.keysOf(events[0])).toEqual(['all']);
  });

  it('no events, no lanes (except the single lane)', () => {
    expect(buildLanes(subsetOf([]), 'side').lanes).toEqual([]);
    expect(buildLanes(subsetOf([]), 'none').lanes).toHaveLength(1);
  });
});

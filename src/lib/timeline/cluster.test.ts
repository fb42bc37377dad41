import { describe, expect, it } from 'vitest';
import { aggregate, binCells, chooseBin } from './cluster';
import { DAY } from '../data/days';
import { buildLanes } from './lanes';
import { eventTimes } from './times';
import { ev, subsetOf } from '../../../tests/unit/helpers/timeline-events';

describe('chooseBin(pxPerMs, minPx)', () => {
  it.each([
    [1000 / DAY, 'hour'],
    [40 / DAY, 'day'],
    [10 / DAY, 'week'],
    [2.8 / DAY, 'month'],
    [0.6 / DAY, 'quarter'],
    [0.2 / DAY, 'year'],
    [1e-9 / DAY, 'decade'],
  ])('%d px/ms → %s', (px, unit) => {
    expect(chooseBin(px).unit).toBe(unit);
  });
});

describe('aggregate(events, keysOf, step, capacity, linked)', () => {
  const week = chooseBin(10 / DAY);
  const events = [
    ev('a', '2025-12-01', { sides: ['us', 'russia'] }),
    ev('b', '2025-12-02', { sides: ['us', 'ukraine'] }),
    ev('c', '2025-12-03', { sides: ['us'] }),
    ev('d', '2025-12-09', { sides: ['russia'] }),
    ev('e', '2025-12-10', { sides: ['europe'] }),
  ];

  it('keeps everything single when lanes have room', () => {
    const r = aggregate(events, buildLanes(subsetOf(events), 'none').keysOf, week, 3, false);
    expect(r.singles.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(r.clusters).toEqual([]);
  });

  it('turns a crowded lane-bin into one cluster with its count, in calendar bins', () => {
    const r = aggregate(events, buildLanes(subsetOf(events), 'none').keysOf, week, 2, false);
    expect(r.singles.map((e) => e.id)).toEqual(['d', 'e']);
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0]).toMatchObject({ lane: 'all', start: Date.parse('2025-12-01'), end: Date.parse('2025-12-08') });
    expect(r.clusters[0].events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('linked lanes cluster a whole bin, so no event is half single, half clustered', () => {
    const lanes = buildLanes(subsetOf(events), 'side');
    const r = aggregate(events, lanes.keysOf, week, 2, true);
    // The us lane has 3 events in the first week: every lane of that week clusters.
    expect(r.clusters.map((c) => [c.lane, c.events.length])).toEqual([['side:us', 3], ['side:russia', 1], ['side:ukraine', 1]]);
    expect(r.singles.map((e) => e.id)).toEqual(['d', 'e']);
  });

  it('expands as one zooms in: day bins hold the same events one by one', () => {
    const r = aggregate(events, buildLanes(subsetOf(events), 'none').keysOf, chooseBin(60 / DAY), 2, false);
    expect(r.clusters).toEqual([]);
  });
});

describe('binCells(events, times, bits, laneKeys, domain, step, capacity, linked)', () => {
  const week = chooseBin(10 / DAY);
  const events = [
    ev('a', '2025-12-01', { sides: ['us'] }),
    ev('b', '2025-12-02', { sides: ['us'] }),
    ev('c', '2025-12-03', { sides: ['us'] }),
    ev('d', '2025-12-09', { sides: ['us'] }),
  ];
  const bits = Int32Array.from([1, 1, 1, 0]);
  it.each([
    ['all crowded but an event in no lane', false, ['d'], 1],
    ['linked: the same', true, ['d'], 1],
  ] as const)('%s', (_, linked, singles, clusters) => {
    const r = binCells(events, eventTimes(events), bits, ['side:us'], [-Infinity, Infinity], week, 2, linked);
    expect(r.singles.map((i) => events[i].id)).toEqual(singles);
    expect(r.clusters.map((c) => [c.lane, c.count, c.events.map((e) => e.id)])).toEqual([['side:us', 3, ['a', 'b', 'c']]].slice(0, clusters));
    expect(r.laneCounts).toEqual([3]);
  });

  it('counts only the events in the domain, and a cluster spans its own events', () => {
    const all = Int32Array.from([1, 1, 1, 1]);
    const r = binCells(events, eventTimes(events), all, ['side:us'], [Date.parse('2025-12-02'), Date.parse('2025-12-31')], week, 1, false);
    expect(r.laneCounts).toEqual([3]);
    expect(r.clusters).toMatchObject([{ start: Date.parse('2025-12-01'), count: 2, from: Date.parse('2025-12-02'), to: Date.parse('2025-12-04') }]);
    expect(r.singles.map((i) => events[i].id)).toEqual(['d']);
  });
});

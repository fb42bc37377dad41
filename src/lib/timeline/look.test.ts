import { describe, expect, it } from 'vitest';
import type { ClusterItem, EventItem, Item } from './layout';
import { CANVAS_FROM, clusterShade, dotColours, drawsOnCanvas, eventBox, itemPath, largestCluster } from './look';
import { ev } from '../../../tests/unit/helpers/timeline-events';

const event = (o: Partial<EventItem> & { lanes?: number }): EventItem => ({
  kind: 'event',
  key: o.key ?? 'e',
  event: o.event ?? ev('e', '2025-03-01'),
  t: 0,
  mark: o.mark ?? 'point',
  x: o.x ?? 100,
  x0: o.x0 ?? 100,
  x1: o.x1 ?? 100,
  dots: o.dots ?? Array.from({ length: o.lanes ?? 1 }, (_, i) => ({ lane: `l${i}`, y: 30 + 22 * i })),
  label: null,
});
const cluster = (count: number, x0 = 10, x1 = 60): ClusterItem => ({ kind: 'cluster', key: `c${count}`, lane: 'l0', t: 0, start: 0, end: 1, x0, x1, y: 20, h: 18, count, from: 0, to: 1, events: [] });

describe('dotColours(event, lane, laneSides)', () => {
  const e = ev('e', '2025-03-01', { sides: ['us', 'russia'] });
  it.each([
    ['a side lane: its side alone', new Map([['side:us', 'us' as const]]), 'side:us', ['us']],
    ['another lane mode: all the sides', null, 'all', ['us', 'russia']],
  ])('%s', (_, laneSides, lane, expected) => {
    expect(dotColours(e, lane, laneSides)).toEqual(expected);
  });
  it('no side: the text colour', () => {
    expect(dotColours(ev('x', '2025-03-01', { sides: [] }), 'all', null)).toEqual(['text']);
  });
});

describe('eventBox(item, r)', () => {
  it('a point: its symbol with 4 px around', () => {
    expect(eventBox(event({ x: 100 }), 6)).toEqual({ x: 90, y: 20, width: 20, height: 20 });
  });
  it('a bar: from its start to its end, and every lane its dots are in', () => {
    expect(eventBox(event({ mark: 'bar', x: 100, x0: 97, x1: 160, lanes: 3 }), 6)).toEqual({ x: 90, y: 20, width: 74, height: 64 });
  });
});

describe('itemPath(item, r)', () => {
  it('a point: a square of r + 2 around its symbol', () => {
    expect(itemPath(event({ x: 100 }), 6)).toBe('M92 22h16v16h-16z');
  });
  it('an event joined across lanes: one square per symbol, nothing over the lanes between', () => {
    expect(itemPath(event({ x: 100, dots: [{ lane: 'a', y: 30 }, { lane: 'c', y: 74 }] }), 6)).toBe('M92 22h16v16h-16zM92 66h16v16h-16z');
  });
  it('a bar: its symbol and its band, in each lane', () => {
    expect(itemPath(event({ mark: 'bar', x: 100, x0: 97, x1: 160 }), 6)).toBe('M92 22h16v16h-16zM97 27h63v6h-63z');
  });
  it('a group: its block, at least 2 px wide', () => {
    expect(itemPath(cluster(5, 10, 10.5), 6)).toBe('M10 20h2v18h-2z');
  });
});

describe('clusterShade(n, max) and largestCluster(items)', () => {
  it('darker the more a group holds, relative to the largest, from 10% to 38%', () => {
    expect(clusterShade(100, 100)).toBe(38);
    expect(clusterShade(1, 100)).toBeLessThan(clusterShade(10, 100));
    expect(clusterShade(0, 100)).toBe(10);
  });
  it('the largest group, 1 without any', () => {
    expect(largestCluster([cluster(3), event({}), cluster(12)])).toBe(12);
    expect(largestCluster([event({})])).toBe(1);
  });
});

describe('drawsOnCanvas(items)', () => {
  const events = (n: number, lanes: number): Item[] => Array.from({ length: n }, (_, i) => event({ key: `e${i}`, lanes }));
  it.each([
    ['no items', [], false],
    ['63 events in 2.3 lanes each, like the seed data', events(63, 2), false],
    [`${CANVAS_FROM} symbols`, events(CANVAS_FROM / 2, 2), false],
    [`${CANVAS_FROM + 1} symbols`, [...events(CANVAS_FROM / 2, 2), event({ key: 'one more' })], true],
    ['any group: the data is too dense to draw event by event', [...events(3, 1), cluster(40)], true],
  ] as const)('%s: %s', (_, items, expected) => {
    expect(drawsOnCanvas(items)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { distanceTo, nearestKey } from './hit';
import type { EventItem, Item } from './layout';
import type { TimelineEvent } from '../data/types';

const R = 6;
const event = (key: string, x: number, ys: number[], mark: EventItem['mark'] = 'point', x0 = x, x1 = x): EventItem => ({
  kind: 'event',
  key,
  event: { id: key } as TimelineEvent,
  t: 0,
  mark,
  x,
  x0,
  x1,
  dots: ys.map((y, i) => ({ lane: `l${i}`, y })),
  label: null,
});

describe('distanceTo(item, x, y, r)', () => {
  it.each<[string, Item, number, number, number]>([
    ['inside a point', event('a', 100, [50]), 102, 51, 0],
    ['beside a point', event('a', 100, [50]), 110, 50, 4],
    ['on a run of days', event('a', 100, [50], 'bar', 100, 160), 150, 50, 0],
    ['past the end of a run', event('a', 100, [50], 'bar', 100, 160), 176, 50, 10],
    ['on the stem between the dots of a joined event', event('a', 100, [20, 80]), 100, 50, 0],
    ['beside that stem, in a lane between', event('a', 100, [20, 80]), 110, 50, 8],
    ['beyond the ends of the stem: from the nearer symbol', event('a', 100, [20, 80]), 100, 100, 14],
  ])('%s', (_, item, x, y, d) => expect(distanceTo(item, x, y, R)).toBeCloseTo(d));
});

describe('nearestKey(items, x, y, r, radius)', () => {
  // A joined event in lanes 0 and 2 (y 20 and 80) over another event alone in lane 1 (y 50), at
  // the same x: the box of the first covers the second; the symbols do not.
  const joined = event('joined', 100, [20, 80]);
  const middle = event('middle', 102, [50]);
  const items = [middle, joined];
  it('picks the symbol under the pointer, not the box of a joined neighbour', () => {
    expect(nearestKey(items, 102, 50, R, 12)).toBe('middle');
    expect(nearestKey(items, 100, 20, R, 12)).toBe('joined');
    expect(nearestKey(items, 100, 80, R, 12)).toBe('joined');
  });
  it('picks a joined event by its stem, where no symbol is nearer', () => {
    expect(nearestKey(items, 100, 35, R, 12)).toBe('joined');
    expect(nearestKey(items, 100, 50, R, 12)).toBe('middle');
    expect(nearestKey([joined], 100, 50, R, 12)).toBe('joined');
  });
  it('picks the nearer of two touching symbols, and nothing beyond the radius', () => {
    const pair = [event('left', 100, [50]), event('right', 114, [50])];
    expect(nearestKey(pair, 105, 50, R, 12)).toBe('left');
    expect(nearestKey(pair, 109, 50, R, 12)).toBe('right');
    expect(nearestKey(pair, 100, 80, R, 12)).toBeNull();
  });
});

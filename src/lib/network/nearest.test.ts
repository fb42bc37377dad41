import { describe, expect, it } from 'vitest';
import { distanceToSegment, hitDisc, hitSegment, nearestInDirection, type Direction } from './nearest';

//      a(0,0)      b(100,0)
//            c(50,40)
//  d(0,100)              e(100,110)
const items = [
  { id: 'a', x: 0, y: 0, r: 5 },
  { id: 'b', x: 100, y: 0, r: 5 },
  { id: 'c', x: 50, y: 40, r: 10 },
  { id: 'd', x: 0, y: 100, r: 5 },
  { id: 'e', x: 100, y: 110, r: 5 },
];
const at = (id: string) => items.find((i) => i.id === id)!;

describe('nearestInDirection(items, from, direction)', () => {
  it.each<[string, Direction, string | null]>([
    ['a', 'right', 'c'],
    ['a', 'down', 'd'],
    ['a', 'left', null],
    ['a', 'up', null],
    ['b', 'left', 'c'],
    ['b', 'down', 'e'],
    ['c', 'right', 'b'],
    ['c', 'left', 'a'],
    ['c', 'down', 'd'],
    ['c', 'up', 'a'],
    ['d', 'right', 'e'],
    ['d', 'up', 'c'],
    ['e', 'up', 'c'],
    ['e', 'left', 'd'],
  ])('from %s going %s: %s', (from, direction, expected) => {
    expect(nearestInDirection(items, at(from), direction)?.id ?? null).toBe(expected);
  });

  it('prefers a node within 45° of the arrow over a closer one far to the side', () => {
    const row = [
      { id: 'ahead', x: 60, y: 0 },
      { id: 'aside', x: 20, y: 25 },
    ];
    expect(nearestInDirection(row, { x: 0, y: 0 }, 'right')?.id).toBe('ahead');
  });

  it('falls back to the node ahead with the least drift when none is within 45°', () => {
    const row = [
      { id: 'steep', x: 10, y: 60 },
      { id: 'shallow', x: 30, y: 40 },
    ];
    expect(nearestInDirection(row, { x: 0, y: 0 }, 'right')?.id).toBe('shallow');
  });
});

describe('hitDisc(items, x, y, slack)', () => {
  it.each<[string, number, number, number, string | null]>([
    ['the centre of a node', 50, 40, 0, 'c'],
    ['inside the rim', 58, 40, 0, 'c'],
    ['just outside, within the slack', 63, 40, 4, 'c'],
    ['outside the slack', 70, 40, 4, null],
    ['empty space', 50, 80, 4, null],
  ])('%s', (_name, x, y, slack, expected) => {
    expect(hitDisc(items, x, y, slack)?.id ?? null).toBe(expected);
  });
});

describe('hitSegment(items, x, y, tolerance) and distanceToSegment', () => {
  const segments = [
    { id: 'ab', x1: 0, y1: 0, x2: 100, y2: 0 },
    { id: 'ad', x1: 0, y1: 0, x2: 0, y2: 100 },
  ];
  it.each<[string, number, number, string | null]>([
    ['on a segment', 50, 0, 'ab'],
    ['near a segment', 50, 4, 'ab'],
    ['nearer the other', 3, 60, 'ad'],
    ['beyond the end', 110, 0, null],
    ['far from both', 50, 50, null],
  ])('%s', (_name, x, y, expected) => {
    expect(hitSegment(segments, x, y, 5)?.id ?? null).toBe(expected);
  });

  it('measures to the nearest end past the segment, and handles a point-like segment', () => {
    expect(distanceToSegment(103, 4, { x1: 0, y1: 0, x2: 100, y2: 0 })).toBe(5);
    expect(distanceToSegment(3, 4, { x1: 0, y1: 0, x2: 0, y2: 0 })).toBe(5);
  });
});

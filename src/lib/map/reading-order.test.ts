import { describe, expect, it } from 'vitest';
import { moveFocus, readingOrder, type Spot } from './reading-order';

// Two rows: a, b, c near the top (b a little lower, within a row), d and e lower down.
const spots: Spot[] = [
  { id: 'c', x: 300, y: 50 },
  { id: 'a', x: 100, y: 40 },
  { id: 'b', x: 200, y: 60 },
  { id: 'e', x: 250, y: 200 },
  { id: 'd', x: 120, y: 210 },
];

describe('readingOrder(spots, rtl)', () => {
  it('reads rows from the top, left to right', () => {
    expect(readingOrder(spots, false).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('reads rows from the top, right to left in a right-to-left page', () => {
    expect(readingOrder(spots, true).map((s) => s.id)).toEqual(['c', 'b', 'a', 'e', 'd']);
  });
});

describe('moveFocus(order, current, key, rtl)', () => {
  const ltr = readingOrder(spots, false);
  const rtl = readingOrder(spots, true);
  it.each<[string, Spot[], string | null, string, boolean, string | null]>([
    ['Right goes on in reading order', ltr, 'a', 'ArrowRight', false, 'b'],
    ['Left goes back', ltr, 'b', 'ArrowLeft', false, 'a'],
    ['Right at the end stays', ltr, 'e', 'ArrowRight', false, 'e'],
    ['in RTL, Left goes on', rtl, 'c', 'ArrowLeft', true, 'b'],
    ['in RTL, Right goes back', rtl, 'b', 'ArrowRight', true, 'c'],
    ['Down goes to the nearest place below', ltr, 'a', 'ArrowDown', false, 'd'],
    ['Up goes to the nearest place above', ltr, 'e', 'ArrowUp', false, 'b'],
    ['Up at the top stays', ltr, 'a', 'ArrowUp', false, 'a'],
    ['Home', ltr, 'd', 'Home', false, 'a'],
    ['End in RTL', rtl, 'c', 'End', true, 'd'],
    ['no current: starts from the first', ltr, null, 'ArrowRight', false, 'b'],
    ['a key that is not ours', ltr, 'a', 'x', false, null],
  ])('%s', (_, order, current, key, isRtl, expected) => {
    expect(moveFocus(order, current, key, isRtl)).toBe(expected);
  });
});

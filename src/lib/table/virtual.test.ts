import { describe, expect, it } from 'vitest';
import { rowWindow, updateMean } from './virtual';

describe('rowWindow(total, scrollTop, viewport, rowHeight, overscan)', () => {
  it.each<[string, [number, number, number, number, number], { start: number; end: number; before: number; after: number }]>([
    ['top of a long table', [20_000, 0, 500, 50, 5], { start: 0, end: 15, before: 0, after: 19_985 * 50 }],
    ['scrolled into the middle', [20_000, 50_000, 500, 50, 5], { start: 995, end: 1015, before: 995 * 50, after: 18_985 * 50 }],
    ['part-way through a row', [20_000, 50_049, 500, 50, 5], { start: 995, end: 1015, before: 995 * 50, after: 18_985 * 50 }],
    ['at the very end', [100, 4500, 500, 50, 5], { start: 85, end: 100, before: 85 * 50, after: 0 }],
    ['past the end after the list shrank', [30, 99_999, 500, 50, 5], { start: 15, end: 30, before: 15 * 50, after: 0 }],
    ['fewer rows than fit', [4, 0, 500, 50, 5], { start: 0, end: 4, before: 0, after: 0 }],
    ['empty', [0, 0, 500, 50, 5], { start: 0, end: 0, before: 0, after: 0 }],
    ['a zero height never divides by zero', [10, 10, 500, 0, 2], { start: 0, end: 10, before: 0, after: 0 }],
  ])('%s', (_name, args, expected) => {
    expect(rowWindow(...args)).toEqual(expected);
  });

  it('always covers the viewport', () => {
    for (let top = 0; top < 10_000; top += 137) {
      const w = rowWindow(1000, top, 700, 40, 3);
      expect(w.before).toBeLessThanOrEqual(top);
      expect(w.before + (w.end - w.start) * 40).toBeGreaterThanOrEqual(Math.min(top + 700, 1000 * 40));
    }
  });
});

describe('updateMean(estimate, heights, cap)', () => {
  it.each<[string, { mean: number; count: number }, number[], number, { mean: number; count: number }]>([
    ['first measurement replaces the guess', { mean: 56, count: 0 }, [40, 60], 200, { mean: 50, count: 2 }],
    ['later ones blend in', { mean: 50, count: 2 }, [80, 80], 200, { mean: 65, count: 4 }],
    ['unrendered rows (height 0) are ignored', { mean: 50, count: 2 }, [0, 0], 200, { mean: 50, count: 2 }],
    ['the past weighs at most `cap` rows', { mean: 50, count: 1000 }, [150], 1, { mean: 100, count: 2 }],
  ])('%s', (_name, est, heights, cap, expected) => {
    expect(updateMean(est, heights, cap)).toEqual(expected);
  });
});

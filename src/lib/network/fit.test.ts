import { describe, expect, it } from 'vitest';
import { fitScales } from './fit';

const square = [
  { x: -10, y: -10 },
  { x: 10, y: 10 },
];

describe('fitScales(points, options)', () => {
  it.each<[string, number, number, boolean, [number, number], [number, number]]>([
    ['a square chart: the layout fills it within the padding', 120, 120, false, [10, 110], [10, 110]],
    ['right to left: x is mirrored', 120, 120, true, [110, 10], [10, 110]],
    ['a wide chart: stretched up to 1.5 times to fill it', 170, 120, false, [10, 160], [10, 110]],
    ['a very wide chart: stretched 1.5 times, centred', 420, 120, false, [135, 285], [10, 110]],
  ])('%s', (_name, width, height, rtl, xs, ys) => {
    const { x, y } = fitScales(square, { width, height, pad: 10, rtl });
    expect([x(-10), x(10)]).toEqual(xs);
    expect([y(-10), y(10)]).toEqual(ys);
  });

  it('copes with no points and with a single point', () => {
    expect(fitScales([], { width: 100, height: 100, pad: 10, rtl: false }).x(0)).toBe(50);
    expect(fitScales([{ x: 3, y: 3 }], { width: 100, height: 100, pad: 10, rtl: false }).x(3)).toBeCloseTo(50);
  });
});

import { describe, expect, it } from 'vitest';
import { fitScales, orient } from './fit';

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

describe('orient(points, wide)', () => {
  // A layout that spreads along the diagonal (x = y), 20 units long, 2 across.
  const diagonal = new Map([
    ['a', { x: -7, y: -7 }],
    ['b', { x: 7, y: 7 }],
    ['c', { x: -1, y: 1 }],
    ['d', { x: 1, y: -1 }],
  ]);
  const extent = (m: Map<string, { x: number; y: number }>) => {
    const xs = [...m.values()].map((p) => p.x);
    const ys = [...m.values()].map((p) => p.y);
    return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  };
  const distance = (m: Map<string, { x: number; y: number }>, a: string, b: string) => Math.hypot(m.get(a)!.x - m.get(b)!.x, m.get(a)!.y - m.get(b)!.y);

  it('lays the longest extent along a wide chart', () => {
    const { width, height } = extent(orient(diagonal, true));
    expect(width).toBeCloseTo(14 * Math.SQRT2);
    expect(height).toBeCloseTo(2 * Math.SQRT2);
  });

  it('and up a tall one', () => {
    const { width, height } = extent(orient(diagonal, false));
    expect(height).toBeCloseTo(14 * Math.SQRT2);
    expect(width).toBeCloseTo(2 * Math.SQRT2);
  });

  it('keeps every distance and the centre, and every id', () => {
    const turned = orient(diagonal, true);
    expect([...turned.keys()]).toEqual(['a', 'b', 'c', 'd']);
    for (const [a, b] of [['a', 'b'], ['a', 'c'], ['c', 'd'], ['b', 'd']]) expect(distance(turned, a, b)).toBeCloseTo(distance(diagonal, a, b));
    const cx = [...turned.values()].reduce((s, p) => s + p.x, 0) / 4;
    expect(cx).toBeCloseTo(0);
  });

  it('leaves a layout already along the chart as it is, and copes with one point', () => {
    const flat = new Map([['a', { x: -5, y: 0 }], ['b', { x: 5, y: 0 }], ['c', { x: 0, y: 1 }], ['d', { x: 0, y: -1 }]]);
    const same = orient(flat, true);
    for (const [id, p] of flat) {
      expect(same.get(id)!.x).toBeCloseTo(p.x);
      expect(same.get(id)!.y).toBeCloseTo(p.y);
    }
    expect(orient(new Map([['a', { x: 3, y: 4 }]]), true).get('a')).toEqual({ x: 3, y: 4 });
  });
});

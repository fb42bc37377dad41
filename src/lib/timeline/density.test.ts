import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { area, curveStepAfter } from 'd3-shape';
import { density, stepPath, type DensityBin } from './density';
import { ev } from '../../../tests/unit/helpers/timeline-events';
import { eventTimes } from './times';

describe('density(anchor, domain, bins)', () => {
  it('counts each event in the slice of its symbol time', () => {
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
    const events = [ev('a', '2025-01-01'), ev('b', '2025-01-02'), ev('c', '2025-01-09')];
    const bins = density(eventTimes(events).anchor, [day('2025-01-01'), day('2025-01-11')], 2);
    expect(bins.map((b) => b.count)).toEqual([2, 1]);
  });
});

/** The polygon a path of M/L/Z commands draws, without repeated points. */
const vertices = (d: string) =>
  [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => [Number(m[1]), Number(m[2])]).filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
/** Its area (shoelace), which any difference in the outline would change. */
const shoelace = (pts: number[][]) => Math.abs(pts.reduce((s, [x, y], i) => s + x * pts[(i + 1) % pts.length][1] - pts[(i + 1) % pts.length][0] * y, 0)) / 2;

describe('stepPath(bins, x, y, floor)', () => {
  const x = (t: number) => 5 + t * 2.5;
  const y = (c: number) => 40 - c * 7;

  it('steps up to each slice and back down to the floor at both ends', () => {
    const bins: DensityBin[] = [
      { start: 0, end: 10, count: 2 },
      { start: 10, end: 20, count: 0 },
    ];
    expect(stepPath(bins, x, y, 40)).toBe('M5,40L5,26L30,26L30,40L55,40L55,40Z');
    expect(stepPath([], x, y, 40)).toBe('');
  });

  it('outlines the same shape as d3-shape’s area with curveStepAfter', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { minLength: 1, maxLength: 40 }), (counts) => {
        const bins = counts.map((count, i) => ({ start: i * 10, end: (i + 1) * 10, count }));
        const last = bins[bins.length - 1];
        const d3 = area<DensityBin>().x((b) => x(b.start)).y0(40).y1((b) => y(b.count)).curve(curveStepAfter)([...bins, { ...last, start: last.end }])!;
        const ours = stepPath(bins, x, y, 40);
        expect(shoelace(vertices(ours))).toBeCloseTo(shoelace(vertices(d3)), 9);
        // The same corners above the floor (d3 also repeats collinear points along the floor).
        const above = (d: string) => new Set(vertices(d).filter(([, py]) => py !== 40).map(String));
        expect(above(ours)).toEqual(above(d3));
      }),
      { numRuns: 300, seed: 20251206 },
    );
  });
});

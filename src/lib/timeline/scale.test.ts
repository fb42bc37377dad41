import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { scaleTime } from './scale';

// Instants from 1900 to 2100 (to the ms), px ranges either way round (Arabic charts run right to left).
const instant = fc.double({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1), noNaN: true }).map(Math.round);
const px = fc.integer({ min: -5000, max: 5000 });

/** Equal within `eps`, or both NaN (a degenerate scale gives NaN in both). */
const close = (a: number, b: number, eps: number) => (Number.isNaN(b) ? expect(a).toBeNaN() : expect(Math.abs(a - b)).toBeLessThanOrEqual(eps));

describe('scaleTime(), held to d3-scale scaleUtc', () => {
  it('maps instants to px and px back to instants as scaleUtc does', () => {
    fc.assert(
      fc.property(instant, instant, px, px, instant, px, (d0, d1, r0, r1, t, p) => {
        const [ours, d3] = [scaleTime().domain([d0, d1]).range([r0, r1]), scaleUtc().domain([d0, d1]).range([r0, r1])];
        close(ours(t), d3(t), 1e-6);
        close(+ours.invert(p), +d3.invert(p), 5); // within a few ms
        expect(ours.domain().map(Number)).toEqual(d3.domain().map(Number));
        expect(ours.range()).toEqual(d3.range());
      }),
      { numRuns: 500, seed: 20251206 },
    );
  });

  it('gives scaleUtc\'s ticks, from hours to centuries', () => {
    fc.assert(
      fc.property(instant, fc.double({ min: 3_600_000, max: 200 * 365 * 86_400_000, noNaN: true }).map(Math.round), fc.integer({ min: 2, max: 20 }), (start, span, count) => {
        const domain = [start, start + span];
        expect(scaleTime().domain(domain).ticks(count).map(Number)).toEqual(scaleUtc().domain(domain).ticks(count).map(Number));
      }),
      { numRuns: 500, seed: 20251206 },
    );
  });

  it('an empty domain or range maps to the middle, as d3 does; copies are independent', () => {
    const s = scaleTime().domain([5, 5]).range([0, 100]);
    expect(s(5)).toBe(50);
    expect(+scaleTime().domain([0, 100]).range([7, 7]).invert(7)).toBe(50);
    const copy = s.copy().domain([0, 10]);
    expect([s.domain().map(Number), copy.domain().map(Number)]).toEqual([[5, 5], [0, 10]]);
  });
});

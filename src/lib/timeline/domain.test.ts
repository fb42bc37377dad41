import { describe, expect, it } from 'vitest';
import { DAY } from '../data/days';
import { HOUR, MIN_SPAN, clampDomain, daysOfDomain, panDomain, revealDomain, domainOfDays, zoomDomain, zoomLimits, type Domain } from './domain';

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
const extent: Domain = [d('2025-02-11'), d('2026-03-12')];

describe('domainOfDays(from, to, extent)', () => {
  it.each([
    [null, null, extent],
    ['2025-12-01', '2025-12-31', [d('2025-12-01'), d('2026-01-01')]],
    ['2025-12-01', null, [d('2025-12-01'), extent[1]]],
    [null, '2025-03-01', [extent[0], d('2025-03-02')]],
    ['2025-12-05', '2025-12-01', [d('2025-12-05'), d('2025-12-06')]],
  ] as const)('%s..%s', (from, to, expected) => {
    expect(domainOfDays(from, to, extent)).toEqual(expected);
  });
});

describe('daysOfDomain(domain, extent)', () => {
  it('rounds outward to whole days, inclusive', () => {
    expect(daysOfDomain([d('2025-12-01') + 5 * HOUR, d('2025-12-03') + HOUR], extent)).toEqual({ from: '2025-12-01', to: '2025-12-03' });
    expect(daysOfDomain([d('2025-12-01'), d('2025-12-03')], extent)).toEqual({ from: '2025-12-01', to: '2025-12-02' });
  });
  it('keeps hours zoom as the day it is in', () => {
    expect(daysOfDomain([d('2025-12-02') + 9 * HOUR, d('2025-12-02') + 15 * HOUR], extent)).toEqual({ from: '2025-12-02', to: '2025-12-02' });
  });
  it('drops an end that reaches the extent, and the whole window when it covers it', () => {
    expect(daysOfDomain([extent[0] - DAY, d('2025-06-01')], extent)).toEqual({ from: null, to: '2025-05-31' });
    expect(daysOfDomain([extent[0] - DAY, extent[1] + DAY], extent)).toEqual({ from: null, to: null });
  });
  it('round-trips with domainOfDays', () => {
    const w = { from: '2025-04-01', to: '2025-04-30' };
    expect(daysOfDomain(domainOfDays(w.from, w.to, extent), extent)).toEqual(w);
  });
});

describe('zoomLimits(extent)', () => {
  it('pads the extent by 5 %, at least a day', () => {
    const [lo, hi] = zoomLimits(extent);
    expect(extent[0] - lo).toBeCloseTo((extent[1] - extent[0]) * 0.05);
    expect(hi - extent[1]).toBeCloseTo((extent[1] - extent[0]) * 0.05);
  });
  it('gives a single day at least a week', () => {
    const [lo, hi] = zoomLimits([d('2025-12-02'), d('2025-12-03')]);
    expect(hi - lo).toBe(7 * DAY);
    expect((lo + hi) / 2).toBe(d('2025-12-02') + DAY / 2);
  });
});

describe('zoomDomain / panDomain / clampDomain', () => {
  const limits = zoomLimits(extent);
  const dec: Domain = [d('2025-12-01'), d('2025-12-31')];
  it('zooms around the centre or a given instant', () => {
    expect(zoomDomain(dec, 2, limits)).toEqual([d('2025-12-08') + 12 * HOUR, d('2025-12-23') + 12 * HOUR]);
    expect(zoomDomain(dec, 2, limits, dec[0])).toEqual([d('2025-12-01'), d('2025-12-16')]);
  });
  it('never zooms in past MIN_SPAN nor out past the limits', () => {
    const tiny = zoomDomain(dec, 1e6, limits);
    expect(tiny[1] - tiny[0]).toBe(MIN_SPAN);
    expect(zoomDomain(dec, 1e-6, limits)).toEqual(limits);
  });
  it('pans by a fraction of the span and stops at the limits', () => {
    expect(panDomain(dec, 0.5, limits)).toEqual([d('2025-12-16'), d('2026-01-15')]);
    const end = panDomain(dec, 100, limits);
    expect(end[1]).toBe(limits[1]);
    expect(end[1] - end[0]).toBe(30 * DAY);
  });
  it('clampDomain shifts a domain back inside', () => {
    expect(clampDomain([limits[0] - 10 * DAY, limits[0] + 20 * DAY], limits)).toEqual([limits[0], limits[0] + 30 * DAY]);
  });
  it('revealDomain keeps the span and moves only when needed', () => {
    expect(revealDomain(dec, d('2025-12-10'), d('2025-12-11'), limits)).toBe(dec);
    expect(revealDomain(dec, d('2025-12-30'), d('2025-12-31'), limits)).toBe(dec);
    expect(revealDomain(dec, d('2026-01-20'), d('2026-01-21'), limits)).toEqual([d('2026-01-05') + 12 * HOUR, d('2026-02-04') + 12 * HOUR]);
  });
});

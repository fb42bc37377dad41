import { describe, expect, it } from 'vitest';
import { fitProjection, middleLongitude, type LonLat } from './projection';

const CITIES: Record<string, LonLat> = {
  anchorage: [-149.9, 61.2],
  miami: [-80.19, 25.76],
  geneva: [6.14, 46.2],
  istanbul: [28.98, 41.01],
  moscow: [37.62, 55.76],
  riyadh: [46.68, 24.71],
  abuDhabi: [54.37, 24.45],
  tokyo: [139.69, 35.69],
  wellington: [174.78, -41.29],
};

describe('middleLongitude(lons)', () => {
  it.each<[string, number[], number]>([
    ['one place', [30], 30],
    ['Europe to the Gulf', [6, 54], 30],
    ['across the antimeridian, the short way', [170, -170], 180],
    ['Anchorage and Tokyo meet over the Pacific', [-149.9, 139.69], 174.895],
  ])('%s', (_, lons, expected) => {
    const mid = middleLongitude(lons);
    expect(Math.abs(((mid - expected + 540) % 360) - 180)).toBeLessThan(1e-6);
  });
});

describe('fitProjection(points, { width, height, margin })', () => {
  it.each<[string, (keyof typeof CITIES)[], number, number]>([
    ['the bundled process (Anchorage to Abu Dhabi), desktop', ['anchorage', 'miami', 'geneva', 'istanbul', 'moscow', 'riyadh', 'abuDhabi'], 900, 500],
    ['the same on a phone', ['anchorage', 'miami', 'geneva', 'istanbul', 'moscow', 'riyadh', 'abuDhabi'], 358, 300],
    ['a regional process', ['istanbul', 'riyadh', 'abuDhabi'], 600, 400],
    ['across the Pacific', ['anchorage', 'tokyo', 'wellington'], 740, 420],
    ['one place', ['geneva'], 600, 400],
  ])('%s: every place inside the chart, clear of the margin', (_, names, width, height) => {
    const margin = 24;
    const points = names.map((n) => CITIES[n]);
    const projection = fitProjection(points, { width, height, margin });
    for (const p of points) {
      const [x, y] = projection(p as [number, number])!;
      expect(x).toBeGreaterThanOrEqual(margin - 0.5);
      expect(x).toBeLessThanOrEqual(width - margin + 0.5);
      expect(y).toBeGreaterThanOrEqual(margin - 0.5);
      expect(y).toBeLessThanOrEqual(height - margin + 0.5);
    }
  });

  it('never zooms in further than the minimum span (one place is not shown at street level)', () => {
    const projection = fitProjection([CITIES.geneva], { width: 600, height: 400, margin: 24, minSpan: 24 });
    const [x0] = projection([CITIES.geneva[0] - 12, CITIES.geneva[1]])!;
    const [x1] = projection([CITIES.geneva[0] + 12, CITIES.geneva[1]])!;
    expect(x1 - x0).toBeLessThanOrEqual(600 - 48 + 1);
  });

  it('uses the space: the places span most of the chart in one direction', () => {
    const points = [CITIES.miami, CITIES.moscow, CITIES.abuDhabi];
    const projection = fitProjection(points, { width: 800, height: 450, margin: 30 });
    const xy = points.map((p) => projection(p as [number, number])!);
    const xs = xy.map((p) => p[0]);
    const ys = xy.map((p) => p[1]);
    const spread = Math.max((Math.max(...xs) - Math.min(...xs)) / 740, (Math.max(...ys) - Math.min(...ys)) / 390);
    expect(spread).toBeGreaterThan(0.85);
  });

  it('does not mirror: east is to the right in every language', () => {
    const projection = fitProjection([CITIES.miami, CITIES.moscow], { width: 800, height: 450, margin: 30 });
    expect(projection(CITIES.moscow as [number, number])![0]).toBeGreaterThan(projection(CITIES.miami as [number, number])![0]);
  });
});

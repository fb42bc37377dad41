/**
 * The map's projection, fitted to the places in view: Natural Earth (a compromise projection
 * that keeps the continents recognisable at world scale) turned so that the places' middle
 * longitude is in the centre, then scaled so every place lies inside the chart with a margin for
 * its symbol and label. A few places close together (one city, or Geneva and Paris) would zoom
 * in to street level, which tells a reader nothing about "where": the fit always covers at
 * least `minSpan` degrees. The map is never mirrored in right-to-left pages: geography is not
 * text.
 */
import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';

export interface FitOptions {
  width: number;
  height: number;
  /** Space kept free along every edge, in pixels. */
  margin: number;
  /** The smallest span, in degrees of longitude and latitude, the view covers. */
  minSpan?: number;
}

export type LonLat = readonly [number, number];

/** The middle of the longitudes, taking the shorter way round (Anchorage and Tokyo meet over the Pacific). */
export function middleLongitude(lons: readonly number[]): number {
  if (lons.length === 0) return 0;
  const sorted = [...lons].sort((a, b) => a - b);
  // The widest gap between neighbours (wrapping round) is the part of the globe left out.
  let gap = sorted[0] + 360 - sorted[sorted.length - 1];
  let after = 0;
  for (let i = 1; i < sorted.length; i++) {
    const g = sorted[i] - sorted[i - 1];
    if (g > gap) [gap, after] = [g, i];
  }
  const start = sorted[after];
  const span = 360 - gap;
  const mid = start + span / 2;
  return ((mid + 540) % 360) - 180;
}

export function fitProjection(points: readonly LonLat[], o: FitOptions): GeoProjection {
  const minSpan = o.minSpan ?? 24;
  const centre = middleLongitude(points.map((p) => p[0]));
  const projection = geoNaturalEarth1().rotate([-centre, 0]);
  const lats = points.map((p) => p[1]);
  const lat0 = lats.length ? Math.min(...lats) : -40;
  const lat1 = lats.length ? Math.max(...lats) : 60;
  // Longitudes relative to the centre, so a span across the antimeridian stays one span.
  const rel = points.map((p) => ((p[0] - centre + 540) % 360) - 180);
  const lon0 = rel.length ? Math.min(...rel) : -150;
  const lon1 = rel.length ? Math.max(...rel) : 150;
  const padLon = Math.max(0, (minSpan - (lon1 - lon0)) / 2);
  const padLat = Math.max(0, (minSpan / 2 - (lat1 - lat0)) / 2);
  const corners: [number, number][] = [
    [centre + lon0 - padLon, Math.max(-85, lat0 - padLat)],
    [centre + lon1 + padLon, Math.max(-85, lat0 - padLat)],
    [centre + lon0 - padLon, Math.min(85, lat1 + padLat)],
    [centre + lon1 + padLon, Math.min(85, lat1 + padLat)],
    ...points.map((p) => [p[0], p[1]] as [number, number]),
  ];
  const m = Math.min(o.margin, o.width / 4, o.height / 4);
  projection.fitExtent(
    [
      [m, m],
      [Math.max(m + 1, o.width - m), Math.max(m + 1, o.height - m)],
    ],
    { type: 'MultiPoint', coordinates: corners },
  );
  return projection;
}

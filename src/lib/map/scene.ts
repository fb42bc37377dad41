/**
 * What the map draws, in screen pixels: each place's centre from the projection, its radius
 * (area in proportion to its events, against the busiest place of the whole dataset, so a
 * filtered map is comparable with the unfiltered one) and the slices of its ring, one per side
 * that took part, in proportion to that side's events there. Places are listed largest first,
 * so smaller symbols are drawn on top of larger ones and stay visible and clickable.
 */
import { arc as d3arc, pie } from 'd3-shape';
import type { Side } from '../data/types';
import type { MapPlace } from './places';

export interface MapSpot {
  id: string;
  x: number;
  y: number;
  r: number;
  count: number;
  slices: { side: Side; path: string }[];
}

export interface SceneOptions {
  project: (lonLat: [number, number]) => [number, number] | null;
  /** The most events at one place in the whole dataset. */
  maxCount: number;
  rMax: number;
  rMin?: number;
}

export function radius(count: number, maxCount: number, rMax: number, rMin = 5): number {
  if (count <= 0) return 0;
  return Math.max(rMin, rMax * Math.sqrt(count / Math.max(1, maxCount)));
}

export function mapScene(places: readonly MapPlace[], o: SceneOptions): MapSpot[] {
  const slicer = pie<{ side: Side; count: number }>()
    .value((d) => d.count)
    .sort(null);
  const spots: MapSpot[] = [];
  for (const p of places) {
    const xy = o.project([p.lon, p.lat]);
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
    const r = radius(p.events.length, o.maxCount, o.rMax, o.rMin);
    const ring = d3arc<{ startAngle: number; endAngle: number }>()
      .innerRadius(Math.max(0, r * 0.45))
      .outerRadius(r)
      .padAngle(p.sides.length > 1 ? 0.04 : 0);
    const slices = slicer(p.sides).map((s) => ({ side: s.data.side, path: ring(s) ?? '' }));
    spots.push({ id: p.id, x: xy[0], y: xy[1], r, count: p.events.length, slices });
  }
  return spots.sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : 1));
}

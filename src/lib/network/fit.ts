/**
 * Fitting layout units to the chart's measured size. First the layout is turned so that its
 * longest extent runs along the chart's longer side (`orient`: a turn keeps every distance, and a
 * force layout has no up or down); then one scale for both axes keeps distances honest, and the
 * longer side of the chart may stretch the layout a little (up to `maxStretch`) so a wide
 * projector or a tall phone is not mostly empty. In right-to-left pages x runs from the right,
 * mirroring the picture as the rest of the page mirrors.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Point } from './layout';

export interface FitOptions {
  width: number;
  height: number;
  /** Space kept free along every edge, in pixels. */
  pad: number;
  rtl: boolean;
  maxStretch?: number;
}

export function fitScales(points: Iterable<Point>, o: FitOptions): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  if (!(x1 >= x0)) [x0, x1, y0, y1] = [-1, 1, -1, 1];
  const w = Math.max(1, o.width - 2 * o.pad);
  const h = Math.max(1, o.height - 2 * o.pad);
  const dx = Math.max(x1 - x0, 1e-9);
  const dy = Math.max(y1 - y0, 1e-9);
  const base = Math.min(w / dx, h / dy);
  const stretch = o.maxStretch ?? 1.5;
  const kx = Math.min(w / dx, base * stretch);
  const ky = Math.min(h / dy, base * stretch);
  const mx = (o.width - dx * kx) / 2;
  const my = (o.height - dy * ky) / 2;
  const range: [number, number] = o.rtl ? [o.width - mx, mx] : [mx, o.width - mx];
  return { x: scaleLinear().domain([x0, x1]).range(range), y: scaleLinear().domain([y0, y1]).range([my, o.height - my]) };
}

/**
 * The layout turned about its centre so that its principal axis (the direction in which its
 * points spread most) is horizontal in a wide chart and vertical in a tall one. It depends only on
 * the points and on `wide`, so a resize that keeps the chart wide does not turn the picture.
 */
export function orient(points: ReadonlyMap<string, Point>, wide: boolean): Map<string, Point> {
  let [n, mx, my] = [0, 0, 0];
  for (const p of points.values()) [n, mx, my] = [n + 1, mx + p.x, my + p.y];
  if (n < 2) return new Map(points);
  [mx, my] = [mx / n, my / n];
  let [sxx, syy, sxy] = [0, 0, 0];
  for (const p of points.values()) {
    const [dx, dy] = [p.x - mx, p.y - my];
    [sxx, syy, sxy] = [sxx + dx * dx, syy + dy * dy, sxy + dx * dy];
  }
  // The principal axis' angle from x, then the turn that lays it along the chart's longer side.
  const axis = Math.atan2(2 * sxy, sxx - syy) / 2;
  const turn = (wide ? 0 : Math.PI / 2) - axis;
  const [cos, sin] = [Math.cos(turn), Math.sin(turn)];
  const out = new Map<string, Point>();
  for (const [id, p] of points) {
    const [dx, dy] = [p.x - mx, p.y - my];
    out.set(id, { x: mx + dx * cos - dy * sin, y: my + dx * sin + dy * cos });
  }
  return out;
}

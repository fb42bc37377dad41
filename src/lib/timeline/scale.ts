/**
 * The chart's time scale: UTC instants to px and back, and calendar ticks. It is what the
 * timeline used of d3-scale's scaleUtc, with the same arithmetic and the same ticks (d3-time's
 * utcTicks, which scaleUtc calls): d3-scale brings d3-interpolate, d3-color, d3-format and
 * d3-time-format with it (~14 KB gzip) that the first view does not need. A property test
 * (scale.test.ts) holds it to scaleUtc. The network and the handout keep d3-scale.
 */
import { utcTicks } from 'd3-time';

export interface TimeScale {
  (t: number | Date): number;
  domain(): Date[];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  invert(px: number): Date;
  copy(): TimeScale;
  /** About `count` calendar ticks across the domain (10 by default). */
  ticks(count?: number): Date[];
}

/** Where `x` is between `a` and `b` (0 to 1), 0.5 when they are equal, as d3's scales do. */
const normalize = (a: number, b: number, x: number) => (b - a ? (x - a) / (b - a) : Number.isNaN(b - a) ? NaN : 0.5);

/** A UTC time scale: domain 1-2 January 2000, range 0-1 until set, as scaleUtc's. */
export function scaleTime(): TimeScale {
  return make([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)], [0, 1]);
}

function make(d: [number, number], r: [number, number]): TimeScale {
  const scale = ((t: number | Date) => r[0] + normalize(d[0], d[1], +t) * (r[1] - r[0])) as TimeScale;
  function domain(): Date[];
  function domain(next: readonly (number | Date)[]): TimeScale;
  function domain(next?: readonly (number | Date)[]) {
    if (!next) return d.map((t) => new Date(t));
    d = [+next[0], +next[next.length - 1]];
    return scale;
  }
  function range(): number[];
  function range(next: readonly number[]): TimeScale;
  function range(next?: readonly number[]) {
    if (!next) return [...r];
    r = [+next[0], +next[next.length - 1]];
    return scale;
  }
  scale.domain = domain;
  scale.range = range;
  scale.invert = (px) => new Date(d[0] + normalize(r[0], r[1], px) * (d[1] - d[0]));
  scale.copy = () => make([...d], [...r]);
  scale.ticks = (count = 10) => utcTicks(new Date(d[0]), new Date(d[1]), count);
  return scale;
}

/**
 * Event density for the overview strip: counts per equal slice of time, by each event's
 * symbol time. Equal slices (not calendar months) keep the strip's bars the same width, and a
 * count per slice is the honest "how busy was it" at a glance, for 5 events or 20,000.
 */
import type { Domain } from './domain';

export interface DensityBin {
  start: number;
  end: number;
  count: number;
}

/** Counts of `anchor` (each event's symbol time, see times.ts) per slice of `domain`. */
export function density(anchor: Float64Array, domain: Domain, bins: number): DensityBin[] {
  const n = Math.max(1, Math.floor(bins));
  const span = domain[1] - domain[0];
  const out: DensityBin[] = Array.from({ length: n }, (_, i) => ({ start: domain[0] + (span * i) / n, end: domain[0] + (span * (i + 1)) / n, count: 0 }));
  for (let k = 0; k < anchor.length; k++) {
    const i = Math.floor(((anchor[k] - domain[0]) / span) * n);
    if (i >= 0 && i < n) out[i].count++;
  }
  return out;
}

/**
 * The strip's outline of `bins` as an SVG path: a step up to each slice's height across its
 * width, down to `floor` (the strip's bottom) at both ends. The shape of d3-shape's area with
 * curveStepAfter, written directly: the area generator took ~0.9 ms of a ~16 ms filter change
 * at 20,000 events.
 */
export function stepPath(bins: readonly DensityBin[], x: (t: number) => number, y: (count: number) => number, floor: number): string {
  if (!bins.length) return '';
  let d = `M${x(bins[0].start)},${floor}`;
  for (const b of bins) {
    const top = y(b.count);
    d += `L${x(b.start)},${top}L${x(b.end)},${top}`;
  }
  return `${d}L${x(bins[bins.length - 1].end)},${floor}Z`;
}

/**
 * Event density for the overview strip: counts per equal slice of time, by each event's
 * symbol time. Equal slices (not calendar months) keep the strip's bars the same width, and a
 * count per slice is the honest "how busy was it" at a glance, for 5 events or 20,000.
 */
import type { TimelineEvent } from '../data/types';
import type { Domain } from './domain';
import { timesOf } from './times';

export interface DensityBin {
  start: number;
  end: number;
  count: number;
}

export function density(events: readonly TimelineEvent[], domain: Domain, bins: number): DensityBin[] {
  const n = Math.max(1, Math.floor(bins));
  const span = domain[1] - domain[0];
  const out: DensityBin[] = Array.from({ length: n }, (_, i) => ({ start: domain[0] + (span * i) / n, end: domain[0] + (span * (i + 1)) / n, count: 0 }));
  const { anchor } = timesOf(events);
  for (let k = 0; k < anchor.length; k++) {
    const i = Math.floor(((anchor[k] - domain[0]) / span) * n);
    if (i >= 0 && i < n) out[i].count++;
  }
  return out;
}

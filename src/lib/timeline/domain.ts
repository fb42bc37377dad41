/**
 * The visible time window as numbers: [start, end) in ms, UTC. The URL keeps whole days
 * (`from`/`to`, inclusive), the chart keeps any instant (zooming below a day shows hours), so
 * this module converts between the two, rounding outward so a committed window never hides
 * what the reader was looking at, and keeps zoom and pan within limits that stay meaningful.
 */
import type { TimelineEvent } from '../data/types';
import { DAY, dayWindow, isoDay } from '../data/days';

export const HOUR = 3_600_000;
/** The closest zoom: a quarter of a day across the chart still reads as hours. */
export const MIN_SPAN = 6 * HOUR;

export type Domain = readonly [number, number];

/**
 * How far out one may zoom and pan: the extent plus a margin (5 %, at least a day) so the
 * first and last events never sit on the very edge, and at least a week in all, so five
 * events on one day still get a readable axis.
 */
export function zoomLimits(extent: Domain): Domain {
  const pad = Math.max(DAY, (extent[1] - extent[0]) * 0.05);
  let [lo, hi] = [extent[0] - pad, extent[1] + pad];
  const short = 7 * DAY - (hi - lo);
  if (short > 0) [lo, hi] = [lo - short / 2, hi + short / 2];
  return [lo, hi];
}

/** The domain a URL window asks for; an open end falls back to the extent. */
export function domainOfDays(from: string | null, to: string | null, extent: Domain): Domain {
  const [start, end] = dayWindow(from, to);
  const lo = Number.isFinite(start) ? start : extent[0];
  const hi = Number.isFinite(end) ? end : extent[1];
  return hi > lo ? [lo, hi] : [lo, lo + DAY];
}

/**
 * The URL window for a domain, rounded outward to whole days. A window that covers the whole
 * extent is no window at all (null, null), so zooming back out leaves a clean link and no filter.
 */
export function daysOfDomain(d: Domain, extent: Domain): { from: string | null; to: string | null } {
  const lo = Math.floor(d[0] / DAY) * DAY;
  const hi = Math.ceil(d[1] / DAY) * DAY;
  if (lo <= extent[0] && hi >= extent[1]) return { from: null, to: null };
  return { from: lo <= extent[0] ? null : isoDay(lo), to: hi >= extent[1] ? null : isoDay(hi - DAY) };
}

/** Keeps a domain between MIN_SPAN and the limits' span, shifted back inside the limits. */
export function clampDomain(d: Domain, limits: Domain): Domain {
  const maxSpan = limits[1] - limits[0];
  const span = Math.min(maxSpan, Math.max(MIN_SPAN, d[1] - d[0]));
  const mid = (d[0] + d[1]) / 2;
  let lo = mid - span / 2;
  lo = Math.min(Math.max(lo, limits[0]), limits[1] - span);
  return [lo, lo + span];
}

/** Zooms by `factor` (> 1 in, < 1 out) around `center` (default: the middle), within limits. */
export function zoomDomain(d: Domain, factor: number, limits: Domain, center = (d[0] + d[1]) / 2): Domain {
  const lo = center - (center - d[0]) / factor;
  const hi = center + (d[1] - center) / factor;
  return clampDomain([lo, hi], limits);
}

/** Moves the window by a fraction of its span (negative: earlier), within limits. */
export function panDomain(d: Domain, fraction: number, limits: Domain): Domain {
  const shift = (d[1] - d[0]) * fraction;
  return clampDomain([d[0] + shift, d[1] + shift], limits);
}

/** The same span, centred on [t0, t1) when that is out of view; unchanged (same object) if shown. */
export function revealDomain(d: Domain, t0: number, t1: number, limits: Domain): Domain {
  const span = d[1] - d[0];
  if (t0 >= d[0] && t1 <= d[1]) return d;
  const mid = (t0 + t1) / 2;
  return clampDomain([mid - span / 2, mid + span / 2], limits);
}

export const overlaps = (e: TimelineEvent, d: Domain) => e.date.latest > d[0] && e.date.earliest < d[1];

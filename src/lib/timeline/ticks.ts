/**
 * Axis ticks that adapt to the zoom: years, then months, days and hours. d3-time picks the
 * instants; this module picks how to say them (a date-fns pattern, formatted by the caller in
 * the reader's language) and when to add a second line of context (the year under January,
 * the month under the first of the month, the date under midnight), so every label is short
 * yet no tick is ambiguous.
 */
import { utcWeek } from 'd3-time';
import { scaleTime } from './scale';
import type { Domain } from './domain';
import { DAY } from '../data/days';

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

export interface Tick {
  t: number;
  label: string;
  /** Context on a second line, when this tick starts a new year / month / day. */
  context: string | null;
}

export type DateFormatter = (ms: number, pattern: string) => string;

/** The unit the ticks step by, from the distance between two neighbours. */
export function tickUnit(ticks: readonly number[], domain: Domain): TickUnit {
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : domain[1] - domain[0];
  if (step >= 360 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  if (step >= DAY) return 'day';
  return 'hour';
}

const PATTERN: Record<TickUnit, string> = { year: 'yyyy', month: 'MMM', day: 'd MMM', hour: 'HH:mm' };
const CONTEXT: Record<TickUnit, string | null> = { year: null, month: 'yyyy', day: 'yyyy', hour: 'd MMM yyyy' };

/** Which calendar field a new context line marks for each unit. */
function contextKey(t: number, unit: TickUnit): number {
  const d = new Date(t);
  if (unit === 'hour') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return d.getUTCFullYear();
}

/** The least room, in px, between two neighbouring labels. */
const LABEL_GAP = 10;

/**
 * About one tick per `spacing` pixels of `width`, labelled with `format`. The first tick
 * always carries context, so the axis reads on its own wherever one pans.
 *
 * d3-time rounds the count to a calendar step (a week, a month...), which may give more ticks
 * than asked; with `measure` (a label's width in px), fewer are asked for until neighbouring
 * labels have room between them, for labels wider than `spacing` allows for (Arabic months,
 * longer ones in other languages, a narrow chart). d3-time's steps go from a week to a month;
 * with measured labels, a fortnight (every other week) is a step between them.
 */
export function axisTicks(domain: Domain, width: number, format: DateFormatter, spacing = 96, measure?: (label: string) => number): Tick[] {
  const fit = (ticks: readonly Tick[]) => !measure || fits(ticks, domain, width, measure);
  for (let count = Math.max(2, Math.floor(width / spacing)); ; count--) {
    const instants = scaleTime().domain(domain).ticks(count).map(Number);
    const step = instants.length > 1 ? instants[1] - instants[0] : 0;
    const monthly = step >= 28 * DAY && step <= 31 * DAY;
    // Fortnights, where labels are measured: after weeks without room, and before months when
    // the density asked for is nearer a fortnight's than a month's.
    const fortnights =
      measure && (step === WEEK || (monthly && (domain[1] - domain[0]) / count < FORTNIGHT_OR_MONTH))
        ? ticksFor(everyOtherWeek(utcWeek.range(new Date(domain[0]), new Date(domain[1] + 1)).map(Number)), domain, format)
        : null;
    if (fortnights && monthly && fortnights.length >= 2 && fit(fortnights)) return fortnights;
    const ticks = ticksFor(instants, domain, format);
    if (count <= 2 || fit(ticks)) return ticks;
    if (fortnights && step === WEEK && fortnights.length >= 2 && fit(fortnights)) return fortnights;
  }
}

const WEEK = 7 * DAY;
/** Where a step between ticks is nearer a fortnight than a month (the geometric mean, as d3-time's choice between steps). */
const FORTNIGHT_OR_MONTH = Math.sqrt(14 * 30) * DAY;
/** A Sunday, midnight UTC: d3-time's weekly ticks fall on Sundays. */
const SUNDAY = Date.UTC(2000, 0, 2);

/**
 * The weekly ticks of even weeks counted from a fixed Sunday, so panning keeps the same
 * Sundays labelled rather than alternating between the two halves.
 */
export const everyOtherWeek = (weekly: readonly number[]) => weekly.filter((t) => Math.round((t - SUNDAY) / WEEK) % 2 === 0);

function ticksFor(ticks: readonly number[], domain: Domain, format: DateFormatter): Tick[] {
  const unit = tickUnit(ticks, domain);
  const ctx = CONTEXT[unit];
  let last: number | null = null;
  return ticks.map((t) => {
    const key = contextKey(t, unit);
    const context = ctx && key !== last ? format(t, ctx) : null;
    last = key;
    return { t, label: format(t, PATTERN[unit]), context };
  });
}

/** Whether each label, centred on its tick, keeps LABEL_GAP px from its neighbours'. */
function fits(ticks: readonly Tick[], [t0, t1]: Domain, width: number, measure: (label: string) => number): boolean {
  const px = width / (t1 - t0);
  for (let i = 1; i < ticks.length; i++) {
    const room = (ticks[i].t - ticks[i - 1].t) * px;
    if ((measure(ticks[i - 1].label) + measure(ticks[i].label)) / 2 + LABEL_GAP > room) return false;
  }
  return true;
}

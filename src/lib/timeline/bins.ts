/**
 * Calendar bins as integers. A bin is numbered by its ordinal (hours, days, Monday-weeks,
 * months... since 1970, UTC), so grouping thousands of events is integer arithmetic: no Date
 * objects, no string keys. The bins are exactly d3-time's `utcHour`, `utcHour.every(6)`,
 * `utcDay`, `utcMonday`, `utcMonth`, `utcMonth.every(3)`, `utcYear` and `utcYear.every(10)`
 * (bins.test.ts checks them against d3-time). Calendar months use Howard Hinnant's
 * days-from-civil algorithms, valid for any proleptic Gregorian date.
 */
import { DAY } from '../data/days';
/** The calendar units events are grouped by, finest first (see cluster.ts's BIN_STEPS). */
export type BinUnit = 'hour' | '6hours' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

const HOUR = 3_600_000;
const WEEK = 7 * DAY;
/** 1970-01-05, the first Monday after the epoch (a Thursday). */
const MONDAY = 4 * DAY;

/** Days since 1970-01-01 of year `y`, month `m` (0-11), day 1. */
export function daysFromCivil(y: number, m: number): number {
  const yy = m < 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m < 2 ? m + 10 : m - 2) + 2) / 5);
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Months since January 1970 (negative before) of the UTC month holding day `z` (days since 1970). */
export function monthOfDay(z: number): number {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  // mp counts from March; January and February belong to the next civil year.
  const y = yoe + era * 400 + (mp >= 10 ? 1 : 0);
  const m = mp < 10 ? mp + 2 : mp - 10;
  return (y - 1970) * 12 + m;
}

/** The ordinal of the bin of `unit` holding instant `t`. */
export function binOrdinal(unit: BinUnit, t: number): number {
  switch (unit) {
    case 'hour':
      return Math.floor(t / HOUR);
    case '6hours':
      return Math.floor(t / (6 * HOUR));
    case 'day':
      return Math.floor(t / DAY);
    case 'week':
      return Math.floor((t - MONDAY) / WEEK);
  }
  const month = monthOfDay(Math.floor(t / DAY));
  if (unit === 'month') return month;
  if (unit === 'quarter') return Math.floor(month / 3);
  const year = Math.floor(month / 12);
  return unit === 'year' ? year : Math.floor((year + 1970) / 10);
}

/** The first instant of bin `ord` of `unit`; the bin ends where bin `ord + 1` starts. */
export function binStart(unit: BinUnit, ord: number): number {
  switch (unit) {
    case 'hour':
      return ord * HOUR;
    case '6hours':
      return ord * 6 * HOUR;
    case 'day':
      return ord * DAY;
    case 'week':
      return ord * WEEK + MONDAY;
  }
  const month = unit === 'month' ? ord : unit === 'quarter' ? ord * 3 : unit === 'year' ? ord * 12 : (ord * 10 - 1970) * 12;
  const y = 1970 + Math.floor(month / 12);
  return daysFromCivil(y, month - (y - 1970) * 12) * DAY;
}

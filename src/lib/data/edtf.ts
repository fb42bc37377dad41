/**
 * A small EDTF (ISO 8601-2 Extended Date/Time Format) parser for the subset event data needs:
 * level 0 dates (2025, 2025-12, 2025-12-02), level 1 qualifiers on a whole date (`?` uncertain,
 * `~` approximate, `%` both) and closed intervals (`2025-12-04/2025-12-06`).
 *
 * Like UCDP GED's date_start/date_end, every value becomes a pair of bounds: the earliest and
 * latest instant the event can have happened in. Open intervals (`..`), seasons and
 * unspecified digits (`X`) are rejected with a message rather than guessed at: a timeline must
 * place every event, and a guessed bound would be an invented fact.
 */
import type { DateSpan, Precision } from './types';
import { DAY } from './days';

export type EdtfResult = { ok: true; value: DateSpan } | { ok: false; error: string };

interface Point {
  start: number;
  end: number;
  precision: Precision;
  uncertain: boolean;
  approximate: boolean;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/** Date.UTC reads years 0–99 as 1900–1999; an EDTF year has four digits, so 0025 is 25 AD. */
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** A plain day, the usual case: read digit by digit, without the pattern's match array. */
const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;
const digits = (text: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
};
const two = (n: number) => String(n).padStart(2, '0');
/** Days in a month of the proleptic Gregorian calendar (as Date.UTC counts them). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number) => (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]);

function parsePoint(text: string): Point | string {
  if (PLAIN_DAY.test(text)) return point(text, digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), undefined);
  const m = DATE.exec(text);
  if (!m) {
    if (/X/i.test(text)) return `"${text}": unspecified digits (X) are not supported; use a month or year date`;
    return `"${text}" is not a date like 2025-12-02, 2025-12 or 2025 (optionally followed by ? ~ or %)`;
  }
  return point(text, Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), m[4]);
}

function point(text: string, year: number, month: number | undefined, day: number | undefined, q: string | undefined): Point | string {
  if (month !== undefined && month >= 21 && month <= 41 && day === undefined) return `"${text}": seasons are not supported; use a month range`;
  if (month !== undefined && (month < 1 || month > 12)) return `"${text}": month ${two(month)} is not between 01 and 12`;
  let start: number;
  let end: number;
  let precision: Precision;
  if (month === undefined) {
    start = utc(year, 0, 1);
    end = utc(year + 1, 0, 1);
    precision = 'year';
  } else if (day === undefined) {
    start = utc(year, month - 1, 1);
    end = utc(year, month, 1);
    precision = 'month';
  } else {
    if (day < 1 || day > daysIn(year, month)) return `"${text}": day ${two(day)} does not exist in ${text.slice(0, 4)}-${two(month)}`;
    start = utc(year, month - 1, day);
    end = start + DAY; // UTC days have no daylight saving: always 24 hours
    precision = 'day';
  }
  return { start, end, precision, uncertain: q === '?' || q === '%', approximate: q === '~' || q === '%' };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The ISO day of a reading, or null when that day does not exist. */
const isoDay = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}` : null;
const reading = (iso: string, order: string) => `${iso} (YYYY-MM-DD) if it is ${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} (${order})`;

/**
 * What to write instead of a date with slashes or dots, as spreadsheets show them ("12/10/2025",
 * "12.10.2025", "2025/10/12"), or null when the text is not one. 12/10/2025 is 12 October to most
 * of the world and 10 December in the US: when both readings are dates, both are given.
 */
export function slashDateHint(text: string): string | null {
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (ymd) {
    const iso = isoDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    return iso && `"${text}" is not an ISO date: write ${iso} (YYYY-MM-DD)`;
  }
  const m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayFirst = isoDay(year, b, a);
  const monthFirst = isoDay(year, a, b);
  if (dayFirst && monthFirst && dayFirst !== monthFirst)
    return `"${text}" is not an ISO date and its order is ambiguous: write ${reading(dayFirst, 'day/month')}, or ${reading(monthFirst, 'month/day')}`;
  const only = dayFirst ?? monthFirst;
  if (!only) return null;
  return `"${text}" is not an ISO date: write ${reading(only, only === dayFirst ? 'day/month' : 'month/day')}`;
}

/** Parses an EDTF date or closed interval into bounds; never throws. */
export function parseEdtf(input: string): EdtfResult {
  if (typeof input !== 'string') return { ok: false, error: 'a string' };
  const text = input.trim();
  if (text === '') return { ok: false, error: 'an EDTF date, found an empty string' };
  const hint = slashDateHint(text);
  if (hint) return { ok: false, error: hint };
  const parts = text.includes('/') ? text.split('/') : [text];
  if (parts.length > 2) return { ok: false, error: `"${text}": an interval has exactly one "/"` };
  if (parts.length === 2 && parts.some((p) => p === '' || p === '..')) {
    return { ok: false, error: `"${text}": open or unknown interval ends are not supported; give both dates` };
  }
  const points: Point[] = [];
  for (const part of parts) {
    const p = parsePoint(part);
    if (typeof p === 'string') return { ok: false, error: p };
    points.push(p);
  }
  const first = points[0];
  const last = points[points.length - 1];
  // An end of coarser precision may start before the first day (2025-12-05/2025-12): it
  // still ends after it, so the interval is valid; only an end wholly before the start is not.
  if (last.end <= first.start) {
    return { ok: false, error: `"${text}": the interval ends (${parts[1]}) before it starts (${parts[0]})` };
  }
  return {
    ok: true,
    value: {
      earliest: first.start,
      latest: last.end,
      precision: RANK[first.precision] >= RANK[last.precision] ? first.precision : last.precision,
      interval: points.length === 2,
      uncertain: points.some((p) => p.uncertain),
      approximate: points.some((p) => p.approximate),
    },
  };
}

/** Whole days covered by a span (1 for a single day). */
export function spanDays(span: DateSpan): number {
  return Math.round((span.latest - span.earliest) / DAY);
}

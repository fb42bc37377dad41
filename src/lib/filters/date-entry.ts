/**
 * What a date field may commit. A native date input reports a value as soon as every part is
 * filled, so typing the year 2025 digit by digit reports 0002, 0020, 0202 and only then 2025:
 * each of those is a "valid" date, and committing them wrote a filter (and a history entry) per
 * keystroke. Here a day counts only when it is complete (a four-digit year), inside the data's
 * span and in order with the other end of the range; otherwise the reason is returned, for the
 * field to explain once the reader has finished (blur, Enter) and never to commit.
 */

/** Why a typed day is not taken. */
export type DateRefusal = 'incomplete' | 'before' | 'after' | 'reversed';

export type DateEntry = { ok: true; day: string | null } | { ok: false; why: DateRefusal };

export interface DateBounds {
  /** First and last day one may choose, YYYY-MM-DD (inclusive). */
  min?: string;
  max?: string;
  /** The other end of the range, when set: a start must not pass it, nor an end come before it. */
  from?: string | null;
  to?: string | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day with a year of four digits, as the reader would have typed it in full. */
export function isCompleteDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m || Number(m[1]) < 1000) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** Reads a date field's value (empty = no bound) against the bounds. */
export function readDay(value: string, which: 'from' | 'to', b: DateBounds): DateEntry {
  if (value === '') return { ok: true, day: null };
  if (!isCompleteDay(value)) return { ok: false, why: 'incomplete' };
  if (b.min && value < b.min) return { ok: false, why: 'before' };
  if (b.max && value > b.max) return { ok: false, why: 'after' };
  if (which === 'from' && b.to && value > b.to) return { ok: false, why: 'reversed' };
  if (which === 'to' && b.from && value < b.from) return { ok: false, why: 'reversed' };
  return { ok: true, day: value };
}

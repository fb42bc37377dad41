/**
 * Calendar days as the app uses them: UTC, `YYYY-MM-DD`, a day lasting DAY milliseconds. The URL's
 * date window (`from`/`to`, inclusive days, null for open) becomes a half-open span of
 * milliseconds here and only here, so every view agrees on what "in the window" means.
 */
export const DAY = 86_400_000;

/** The instant a `YYYY-MM-DD` day starts (UTC). Years 0-99 are read as written, not as 19xx. */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

/** The `YYYY-MM-DD` day an instant falls on (UTC). */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** [start, end) in ms of the inclusive days `from`..`to`; an open end is -Infinity or Infinity. */
export function dayWindow(from: string | null, to: string | null): [number, number] {
  return [from ? dayStart(from) : -Infinity, to ? dayStart(to) + DAY : Infinity];
}

/** Whether a span [earliest, latest) overlaps a window [from, to): any part of it may fall inside. */
export const overlaps = (earliest: number, latest: number, w: readonly [number, number]): boolean => latest > w[0] && earliest < w[1];

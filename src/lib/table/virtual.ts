/**
 * Which rows of a long table to render: only those within the scrolled viewport, plus a margin
 * above and below, with the rest stood in for by two spacers of estimated height. Rows vary in
 * height (titles wrap), so the spacers use a mean measured on rendered rows; the scrollbar is
 * approximate, the rows on screen are exact. Pure.
 */
export interface RowWindow {
  start: number;
  /** Exclusive. */
  end: number;
  /** Heights of the spacers standing in for the rows before `start` and from `end`. */
  before: number;
  after: number;
}

export function rowWindow(total: number, scrollTop: number, viewport: number, rowHeight: number, overscan = 6): RowWindow {
  const h = Math.max(1, rowHeight);
  const fits = Math.ceil(Math.max(0, viewport) / h);
  // Past the end (the list just got shorter), show the last screenful rather than nothing.
  const first = Math.max(0, Math.min(Math.floor(Math.max(0, scrollTop) / h), total - fits));
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, first + fits + overscan);
  return { start, end, before: start * h, after: Math.max(0, total - end) * h };
}

/**
 * Folds newly measured row heights into an estimate. The weight of the past is capped so an
 * estimate that keeps being fed still follows a change of layout.
 */
export function updateMean(est: { mean: number; count: number }, heights: readonly number[], cap = 200): { mean: number; count: number } {
  const measured = heights.filter((x) => x > 0);
  if (!measured.length) return est;
  const past = Math.min(est.count, cap);
  const n = past + measured.length;
  return { mean: (est.mean * past + measured.reduce((a, b) => a + b, 0)) / n, count: n };
}

/**
 * The timeline on a slide (presentation mode), where the chart must fit the band it is given:
 * the lane names go in a gutter beside the rows (`laneGutter`), and the layout takes fewer rows
 * per lane until it fits the band's height, or taller ones when there is room (`fitToBand`).
 * Pure: the layout is passed in as a function of the rows, so the rule is tested without one.
 */

/** Width of the gutter for lane names (each with its count) measured by `measure`: the widest and 40 px of key and padding. */
export function laneGutter(names: readonly string[], measure: (text: string) => number): number {
  return Math.ceil(Math.max(0, ...names.map((n) => measure(n)))) + 40;
}

export interface Fitted {
  height: number;
  lanes: readonly { rows: number }[];
}

/**
 * The layout that fits `free` px: `lay(rows)` from `most` rows per lane down to 1 (fewer labels,
 * the marks stay) until its height fits; then, with room to spare, rows up to twice `rowH` tall
 * so the marks spread over the band. `lanePad` is the space under each lane.
 */
export function fitToBand<L extends Fitted>(
  lay: (rows: number, rowH?: number) => L,
  o: { most: number; free: number; rowH: number; lanePad: number },
): L {
  let rows = o.most;
  let fitted = lay(rows);
  while (fitted.height > o.free && rows > 1) fitted = lay(--rows);
  const used = fitted.lanes.reduce((n, b) => n + b.rows, 0);
  const rowH = Math.min(2 * o.rowH, Math.floor((o.free - fitted.lanes.length * o.lanePad) / Math.max(1, used)));
  return rowH > o.rowH ? lay(rows, rowH) : fitted;
}

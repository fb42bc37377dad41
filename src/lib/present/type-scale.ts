/**
 * The presentation's type, from the size of the screen: the one place its numbers live.
 *
 * Body text is a sixtieth of the width or 2.963% of the height, whichever is smaller (32 px on a
 * 1920x1080 projector, 21 px on 1280x720), never under 20 px. Text may step down to three
 * quarters of that to fit a long summary (24 px at 1920x1080, 16 px at 1280x720), never lower.
 * Charts in the band are drawn at their usual size and zoomed (CSS `zoom`) so that their
 * smallest text, 12 px labels, lands on that same floor: marks and lines grow with it.
 */

/** The smallest chart text, in the views' own px (timeline labels, axis; see Plot.svelte). */
export const CHART_TEXT = 12;
/** The steps a step card tries, largest first, to fit its text (factors of the base). */
export const FIT_STEPS = [1, 0.9, 0.8, 0.75] as const;

/** The body type of a presentation on a `width` x `height` screen, px. */
export function presentBase(width: number, height: number): number {
  return Math.max(20, Math.min(width / 60, height * 0.02963));
}

/** The smallest text on the slide, px: the last fit step, and never under 16 px. */
export function presentFloor(base: number): number {
  return Math.max(16, base * FIT_STEPS[FIT_STEPS.length - 1]);
}

/** The zoom of a chart in the band, so its smallest text is the slide's floor. */
export function chartZoom(base: number): number {
  return presentFloor(base) / CHART_TEXT;
}

/**
 * Which mark the pointer means: the one whose drawn symbol (or band, stem or group block) is
 * nearest, within a radius. Boxes were not enough: an event in two side lanes has a box from its top
 * dot to its bottom dot, over the marks of the lanes between, and the box drawn last took their clicks.
 * The hover (and so the tooltip) and the click both ask this, so the tooltip names what a click
 * opens. Pure: items and a point in the plot's coordinates (physical px, lanes' origin).
 */
import type { Item } from './layout';
import { clusterWidth } from './look';

/** Distance from (px, py) to the segment (ax, y)–(bx, y), ax <= bx. */
const toSegment = (px: number, py: number, ax: number, bx: number, y: number) => Math.hypot(px - Math.min(bx, Math.max(ax, px)), py - y);

/** Half the width of a stem, as drawn, with a pixel to spare. */
const STEM_HALF = 2;

/** Distance from the point to the item's drawing: its symbols, its bands, its stem (0 inside it). */
export function distanceTo(item: Item, px: number, py: number, r: number): number {
  if (item.kind === 'cluster') {
    const x0 = item.x0;
    const x1 = item.x0 + clusterWidth(item);
    const dx = Math.max(x0 - px, 0, px - x1);
    const dy = Math.max(item.y - py, 0, py - (item.y + item.h));
    return Math.hypot(dx, dy);
  }
  const [a, b] = item.mark === 'point' ? [item.x, item.x] : [Math.min(item.x0, item.x), Math.max(item.x1, item.x)];
  let best = Infinity;
  let [top, bottom] = [Infinity, -Infinity];
  for (const dot of item.dots) {
    best = Math.min(best, toSegment(px, py, a, b, dot.y) - r);
    [top, bottom] = [Math.min(top, dot.y), Math.max(bottom, dot.y)];
  }
  // The stem that joins an event's symbols across lanes is drawn too: a reader clicks it. A line,
  // not a box: a symbol under it is nearer (0 inside) and wins the tie by its centre.
  if (bottom > top) best = Math.min(best, Math.hypot(px - item.x, py - Math.min(bottom, Math.max(top, py))) - STEM_HALF);
  return Math.max(0, best);
}

/**
 * The key of the item nearest to (px, py), if its drawing is within `radius` px; ties go to the
 * one whose centre is nearer (two touching symbols: the one the pointer is over).
 */
export function nearestKey(items: readonly Item[], px: number, py: number, r: number, radius: number): string | null {
  let key: string | null = null;
  let best = radius;
  let bestCentre = Infinity;
  for (const item of items) {
    const d = distanceTo(item, px, py, r);
    if (d > best) continue;
    const centre = item.kind === 'event' ? Math.min(...item.dots.map((dot) => Math.hypot(px - item.x, py - dot.y))) : 0;
    if (d < best || centre < bestCentre) [key, best, bestCentre] = [item.key, d, centre];
  }
  return key;
}

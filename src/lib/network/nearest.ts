/**
 * Finding things on the chart, in screen pixels: the node under the pointer, the edge under the
 * pointer, and the node an arrow key should move to. Linear scans: at the 500 nodes the view is
 * built for they take microseconds, and there is no index to keep in step with the layout.
 */
export interface Spot {
  x: number;
  y: number;
}
export interface Disc extends Spot {
  r: number;
}
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The item an arrow key moves to, judged visually in screen space (so it is right for a
 * mirrored layout too): the closest item within 45° of the arrow; if there is none, the item
 * ahead with the least sideways drift (sideways distance counting double). Every item that is
 * not hidden behind another in all four directions can be reached.
 */
export function nearestInDirection<T extends Spot>(items: readonly T[], from: Spot, direction: Direction): T | null {
  let inCone: T | null = null;
  let coneDistance = Infinity;
  let ahead: T | null = null;
  let aheadScore = Infinity;
  for (const item of items) {
    const dx = item.x - from.x;
    const dy = item.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = Math.abs(direction === 'right' || direction === 'left' ? dy : dx);
    if (along <= 0.5) continue;
    const distance = Math.hypot(along, aside);
    if (aside <= along && distance < coneDistance) {
      inCone = item;
      coneDistance = distance;
    }
    if (along + 2 * aside < aheadScore) {
      ahead = item;
      aheadScore = along + 2 * aside;
    }
  }
  return inCone ?? ahead;
}

/**
 * The disc under a point: one the point is within `slack` pixels of (a small node is still easy
 * to hit with a finger), preferring the one whose edge is nearest when several qualify.
 */
export function hitDisc<T extends Disc>(items: readonly T[], x: number, y: number, slack = 4): T | null {
  let best: T | null = null;
  let bestGap = Infinity;
  for (const item of items) {
    const gap = Math.hypot(item.x - x, item.y - y) - item.r;
    if (gap <= slack && gap < bestGap) {
      best = item;
      bestGap = gap;
    }
  }
  return best;
}

export function distanceToSegment(x: number, y: number, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / length2)) : 0;
  return Math.hypot(x - (s.x1 + t * dx), y - (s.y1 + t * dy));
}

/** The segment nearest a point, if within `tolerance` pixels. */
export function hitSegment<T extends Segment>(items: readonly T[], x: number, y: number, tolerance = 5): T | null {
  let best: T | null = null;
  let bestDistance = tolerance;
  for (const item of items) {
    const d = distanceToSegment(x, y, item);
    if (d <= bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

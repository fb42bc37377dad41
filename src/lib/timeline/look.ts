/**
 * What a mark looks like, as numbers: its colours per lane, its band, its box, a group's shade.
 * Shared by the SVG marks (EventMark, ClusterMark) and the canvas painter (paint.ts), so the two
 * drawings of the same chart cannot drift apart. Also the rule for when the chart draws on a
 * canvas at all.
 */
import type { Side, TimelineEvent } from '../data/types';
import type { ClusterItem, EventItem, Item } from './layout';

/** A colour of the palette: a side's, or the text colour for events with no side. */
export type Paint = Side | 'text';

const SOLO = new Map<Paint, readonly Paint[]>();
const solo = (p: Paint) => SOLO.get(p) ?? (SOLO.set(p, [p]), SOLO.get(p)!);

/** The colours of an event's symbol in a lane: the lane's side in side lanes, else all its sides. */
export function dotColours(e: TimelineEvent, lane: string, laneSides: ReadonlyMap<string, Side> | null): readonly Paint[] {
  const side = laneSides?.get(lane);
  return side ? solo(side) : e.sides.length ? e.sides : solo('text');
}

/** Thickness of the band of a run of days; a hatched (uncertain) range is thicker to show its stripes. */
export const bandHeight = (uncertain: boolean) => (uncertain ? 10 : 6);

/** The box an event answers the pointer in: its symbols and band with 4 px around. */
export function eventBox(item: EventItem, r: number): { x: number; y: number; width: number; height: number } {
  const top = item.dots[0].y;
  const bottom = item.dots[item.dots.length - 1].y;
  const left = Math.min(item.x - r, item.mark === 'point' ? Infinity : item.x0) - 4;
  const right = Math.max(item.x + r, item.mark === 'point' ? -Infinity : item.x1) + 4;
  return { x: left, y: top - r - 4, width: right - left, height: bottom - top + 2 * r + 8 };
}

/** A group's block is at least 2 px wide, so a one-day group still shows. */
export const clusterWidth = (c: ClusterItem) => Math.max(2, c.x1 - c.x0);

/** The box an item answers the pointer in: an event's (above), or a group's block. */
export const itemBox = (item: Item, r: number) =>
  item.kind === 'event' ? eventBox(item, r) : { x: item.x0, y: item.y, width: clusterWidth(item), height: item.h };

/** How much of its side's colour a group's block takes: more the more it holds, relative to the largest. */
export const clusterShade = (n: number, max: number) => Math.round(10 + 28 * (Math.log(n + 1) / Math.log(Math.max(2, max) + 1)));

/** The largest group on screen (1 when there is none), for the shades. */
export const largestCluster = (items: readonly Item[]) => items.reduce((m, i) => (i.kind === 'cluster' ? Math.max(m, i.count) : m), 1);

/**
 * Above this many symbols (one per lane an event sits in), or with any group at all, the marks
 * are painted on a canvas, and the SVG keeps one light option per mark (for the keyboard, screen
 * readers and the pointer) and draws in full only the marks pointed at, active or selected.
 * Below it everything is SVG, as crisp in an exported file as on screen: the seed data draws 144
 * symbols at most (side lanes) and no group. Groups appear only where the data is too dense to
 * draw event by event, and a zoom replaces them at every frame. At 1,000 events a filter change
 * brought hundreds of SVG marks of ~15 elements each, built by Svelte component by component:
 * ~200 ms, and most frames of a zoom were long tasks.
 */
export const CANVAS_FROM = 200;

export function drawsOnCanvas(items: readonly Item[]): boolean {
  let n = 0;
  for (const i of items) {
    if (i.kind === 'cluster') return true;
    n += i.dots.length;
  }
  return n > CANVAS_FROM;
}

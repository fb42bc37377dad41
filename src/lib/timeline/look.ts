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

/** The box around an event's symbols and band, with 4 px around: for its selection and focus rings. */
export function eventBox(item: EventItem, r: number): { x: number; y: number; width: number; height: number } {
  const top = item.dots[0].y;
  const bottom = item.dots[item.dots.length - 1].y;
  const left = Math.min(item.x - r, item.mark === 'point' ? Infinity : item.x0) - 4;
  const right = Math.max(item.x + r, item.mark === 'point' ? -Infinity : item.x1) + 4;
  return { x: left, y: top - r - 4, width: right - left, height: bottom - top + 2 * r + 8 };
}

/** A group's block is at least 2 px wide, so a one-day group still shows. */
/** The size of a group's count, in px at scale 1: the labels' size, so that no text of the chart is smaller (a slide's floor). */
export const COUNT_PX = 12;

export const clusterWidth = (c: ClusterItem) => Math.max(2, c.x1 - c.x0);

const rectPath = (x: number, y: number, w: number, h: number) => `M${+x.toFixed(1)} ${+y.toFixed(1)}h${+w.toFixed(1)}v${+h.toFixed(1)}h${+(-w).toFixed(1)}z`;

/**
 * The shape of an item as drawn, for its option: a square around each of an event's symbols
 * (r + 2 px around its centre, so a symbol's centre is its square's) and its band beside it, or
 * a group's block. One path per mark, not its box: the box of an event joined across lanes covers
 * the lanes between, and touch exploration and a screen reader's highlight landed on it there.
 */
export function itemPath(item: Item, r: number): string {
  if (item.kind === 'cluster') return rectPath(item.x0, item.y, clusterWidth(item), item.h);
  const half = r + 2;
  const band = bandHeight(item.mark === 'span');
  let d = '';
  for (const dot of item.dots) {
    d += rectPath(item.x - half, dot.y - half, 2 * half, 2 * half);
    if (item.mark !== 'point') d += rectPath(item.x0, dot.y - band / 2, Math.max(1, item.x1 - item.x0), band);
  }
  return d;
}

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

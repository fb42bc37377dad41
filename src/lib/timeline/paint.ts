/**
 * The horizontal chart's marks on a canvas, for when there are too many for SVG to rebuild at
 * every filter change and zoom frame (see look.ts, drawsOnCanvas). It draws what the SVG layers
 * under the labels draw, in their order: the lane bands and rules (LaneBands), the gridlines
 * (Axis), then each item as EventMark or ClusterMark draws it, from the same numbers (look.ts)
 * and shapes (shapes.ts). Text (lane names, axis, labels) and the marks drawn in full by the
 * SVG (pointed at, active, selected: `skip`) stay in the SVG above. DOM code, no Svelte.
 */
import type { Side } from '../data/types';
import type { ClusterItem, EventItem, Layout } from './layout';
import { COUNT_PX, bandHeight, clusterShade, clusterWidth, dotColours } from './look';
import { hatch, solidColour, stampGlyph, type Palette } from './paint-glyph';

export interface MarksScene {
  layout: Layout;
  width: number;
  /** Offset of the layout's y = 0 in the chart (Plot's TOP). */
  top: number;
  r: number;
  /** x of the axis' gridlines. */
  grid: readonly number[];
  laneSides: ReadonlyMap<string, Side> | null;
  /** The largest group on screen, for the shades. */
  max: number;
  /** Marks the SVG draws in full instead. */
  skip: (key: string) => boolean;
  /** The count written on a block of `width` px for `count` events. */
  count: (count: number, width: number) => string;
  /** The text scale (--scale). */
  scale: number;
}

function line(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number, colour: string, width: number, dash: number[]) {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.stroke();
}

/** An SVG <rect rx>: the corner radius is capped at half the width and half the height separately. */
function rounded(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, [{ x: Math.min(r, w / 2), y: Math.min(r, h / 2) }]);
}

function backdrop(ctx: CanvasRenderingContext2D, s: MarksScene, p: Palette) {
  s.layout.lanes.forEach((box, i) => {
    if (i % 2 === 1) {
      ctx.globalAlpha = 0.55;
      ctx.fillStyle = p.surface2;
      ctx.fillRect(0, box.y, s.width, box.h);
      ctx.globalAlpha = 1;
    }
    if (i > 0) line(ctx, 0, box.y, s.width, box.y, p.border, 1, []);
  });
  for (const x of s.grid) line(ctx, x, 0, x, s.layout.height, p.border, 1, [2, 3]);
}

function paintEvent(ctx: CanvasRenderingContext2D, s: MarksScene, p: Palette, dpr: number, item: EventItem) {
  const e = item.event;
  const uncertain = item.mark === 'span';
  const dots = item.dots;
  if (dots.length > 1) line(ctx, item.x, dots[0].y, item.x, dots[dots.length - 1].y, p.muted, 1.5, []);
  const h = bandHeight(uncertain);
  for (const dot of dots) {
    const colours = dotColours(e, dot.lane, s.laneSides);
    if (item.mark !== 'point') {
      const one = colours.length === 1 ? p.colour[colours[0]] : null;
      rounded(ctx, item.x0, dot.y - h / 2, Math.max(1, item.x1 - item.x0), h, h / 2);
      if (uncertain) {
        ctx.fillStyle = hatch(ctx, one ?? p.colour.text, p.surface, dpr);
        ctx.fill();
        ctx.strokeStyle = one ?? p.colour.text;
        ctx.lineWidth = 1;
        ctx.setLineDash([3, 2]);
        ctx.stroke();
      } else {
        ctx.globalAlpha = 0.85;
        ctx.fillStyle = one ?? p.muted;
        ctx.fill();
        ctx.globalAlpha = 1;
      }
    }
    // Symbols are stamped in device pixels (see paint-glyph.ts), bands and lines drawn in CSS px.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    stampGlyph(ctx, p, dpr, { type: e.type, colours, uncertain, faint: e.status !== 'occurred' }, s.r, item.x * dpr, (dot.y + s.top) * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, s.top * dpr);
  }
}

function paintCluster(ctx: CanvasRenderingContext2D, s: MarksScene, p: Palette, c: ClusterItem) {
  const w = clusterWidth(c);
  const colour = p.colour[s.laneSides?.get(c.lane) ?? 'text'];
  rounded(ctx, c.x0, c.y, w, c.h, 4);
  ctx.fillStyle = solidColour(`color-mix(in oklab, ${colour} ${clusterShade(c.count, s.max)}%, ${p.surface})`);
  ctx.fill();
  ctx.globalAlpha = 0.7;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  ctx.stroke();
  ctx.globalAlpha = 1;
  if (w >= 18) {
    ctx.fillStyle = p.colour.text;
    ctx.fillText(s.count(c.count, w), c.x0 + w / 2, c.y + Math.min(c.h / 2, 11) + 4);
  }
}

/** Clears `ctx` (a canvas `dpr` times the chart's size) and paints the scene on it. */
export function paintScene(ctx: CanvasRenderingContext2D, s: MarksScene, p: Palette, dpr: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, s.top * dpr);
  ctx.font = `700 ${COUNT_PX * s.scale}px ${p.font}`;
  ctx.textAlign = 'center';
  backdrop(ctx, s, p);
  for (const item of s.layout.items) {
    if (s.skip(item.key)) continue;
    if (item.kind === 'event') paintEvent(ctx, s, p, dpr, item);
    else paintCluster(ctx, s, p, item);
  }
}

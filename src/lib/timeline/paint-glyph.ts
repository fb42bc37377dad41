/**
 * Event symbols on a canvas, drawn as Glyph.svelte and Defs.svelte draw them in SVG: the same
 * path (shapes.ts), filled with a side's colour, hatched, or striped with several sides' colours
 * clipped to the shape, and the outline on top. DOM code (a canvas), no Svelte.
 *
 * Each kind of symbol is drawn once into a small bitmap (a sprite), at a quarter-pixel offset,
 * and stamped from then on: a chart repaints hundreds of the same few dozen symbols at every
 * zoom frame, and stamping one costs a fraction of filling and stroking its path. A faded symbol
 * (status other than "occurred") is stamped with the alpha, which fades fill and outline as one,
 * as the SVG's group opacity does.
 */
import type { EventType } from '../data/types';
import type { Paint } from './look';
import { shapePath } from './shapes';

/** The chart's colours, resolved (a canvas cannot read `var()` or `light-dark()`). */
export interface Palette {
  colour: Record<Paint, string>;
  muted: string;
  surface: string;
  surface2: string;
  border: string;
  /** The page's font family, for the counts on groups. */
  font: string;
}

export interface GlyphSpec {
  type: EventType;
  colours: readonly Paint[];
  uncertain: boolean;
  /** Anything but "occurred": drawn faded. */
  faint: boolean;
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const paths = new Map<string, { path: Path2D; reach: number }>();
function shape(type: EventType, r: number) {
  const key = `${type}@${r}`;
  let s = paths.get(key);
  if (!s) {
    const d = shapePath(type, r);
    // How far it reaches from its centre: its largest coordinate, and room for a mitred outline.
    const reach = Math.max(r, ...(d.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map((n) => Math.abs(Number(n)))) + 4;
    paths.set(key, (s = { path: new Path2D(d), reach }));
  }
  return s;
}

/**
 * A colour as the canvas paints it, in 8-bit sRGB (`#rrggbb`, or `rgb(... / a)` when not
 * opaque), read back from one painted pixel. For `color-mix()`, which a canvas parses again at
 * each assignment, the long way through the CSS parser (~3 µs, against ~0.1 µs for a hex
 * colour): a chart assigns a group's shade at every zoom frame for each of hundreds of groups.
 */
export function solidColour(css: string): string {
  let v = solids.get(css);
  if (v === undefined) {
    probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = css;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
    v = a === 255 ? `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}` : `rgb(${r} ${g} ${b} / ${(a / 255).toFixed(3)})`;
    if (solids.size > 2000) solids.clear();
    solids.set(css, v);
  }
  return v;
}
const solids = new Map<string, string>();
let probe: CanvasRenderingContext2D | null = null;

const tiles = new Map<string, HTMLCanvasElement>();
const patterns = new WeakMap<Context, Map<string, CanvasPattern>>();
/**
 * Defs.svelte's hatch: 5 px tiles turned 45°, the colour over the surface. The SVG pattern clips
 * its 2.2 px line, centred on the tile's edge, to the tile: 1.1 px of it shows. Anchored where
 * the context's origin is when filling, as the SVG's is at the origin of the shape's coordinates.
 */
export function hatch(ctx: Context, colour: string, surface: string, dpr: number): CanvasPattern {
  const key = `${colour}|${surface}|${dpr}`;
  let known = patterns.get(ctx);
  if (!known) patterns.set(ctx, (known = new Map()));
  let p = known.get(key);
  if (p) return p;
  const n = Math.max(1, Math.round(5 * dpr));
  let tile = tiles.get(key);
  if (!tile) {
    tiles.set(key, (tile = document.createElement('canvas')));
    tile.width = tile.height = n;
    const t = tile.getContext('2d')!;
    t.fillStyle = surface;
    t.fillRect(0, 0, n, n);
    t.fillStyle = colour;
    t.fillRect(0, 0, (1.1 * n) / 5, n);
  }
  p = ctx.createPattern(tile, 'repeat')!;
  p.setTransform(new DOMMatrix().rotate(45).scale(5 / n));
  known.set(key, p);
  return p;
}

/**
 * Glyph.svelte's stripes, one per side, left to right, (2r + 2) / n px wide, clipped to the
 * shape; in SVG each is 0.5 px wider, under the next, against seams. One gradient with hard stops
 * draws the same stripes in one fill, without seams or overlaps, so that they can be faded.
 */
function stripes(ctx: Context, colours: readonly string[], r: number): CanvasGradient {
  const g = ctx.createLinearGradient(-r - 1, 0, r + 1, 0);
  colours.forEach((c, i) => (g.addColorStop(i / colours.length, c), g.addColorStop((i + 1) / colours.length, c)));
  return g;
}

/** The symbol centred on the context's origin, unfaded. */
function drawGlyph(ctx: Context, p: Palette, dpr: number, g: GlyphSpec, r: number) {
  const { path } = shape(g.type, r);
  const solo = g.colours.length === 1 ? p.colour[g.colours[0]] : null;
  if (solo) {
    ctx.fillStyle = g.uncertain ? hatch(ctx, solo, p.surface, dpr) : solo;
    ctx.fill(path);
  } else {
    ctx.save();
    // The stripes cover a square of 2r + 2 (and the last one's extra 0.5 px): the points of the
    // larger shapes (a star reaches ~2r) stay unfilled, as in the SVG.
    ctx.beginPath();
    ctx.rect(-r - 1, -r - 1, 2 * r + 2.5, 2 * r + 2);
    ctx.clip();
    ctx.fillStyle = stripes(ctx, g.colours.map((c) => p.colour[c]), r);
    if (g.uncertain) ctx.globalAlpha = 0.45;
    ctx.fill(path);
    ctx.restore();
  }
  ctx.lineWidth = g.uncertain ? 1.5 : 1.25;
  ctx.strokeStyle = g.uncertain ? (solo ?? p.colour.text) : p.surface;
  ctx.setLineDash(g.uncertain ? [2.5, 1.5] : []);
  ctx.miterLimit = 4; // SVG's; a canvas' is 10, which would lengthen the stars' points
  ctx.stroke(path);
}

interface Sprite {
  image: CanvasImageSource;
  /** Device px from the sprite's corner to the symbol's centre, less the quarter-pixel offset. */
  half: number;
}

// Per palette (theme) and device pixel ratio; a few dozen kinds of symbol, four offsets each.
const sprites = new WeakMap<Palette, Map<string, Sprite>>();
// One scratch canvas per sprite size, drawn on and emptied into a bitmap for each sprite: a new
// canvas per sprite cost four times as much. In memory, as the chart's canvas (MarksCanvas).
const scratch = new Map<number, OffscreenCanvasRenderingContext2D>();
function sprite(p: Palette, dpr: number, g: GlyphSpec, r: number, fx: number, fy: number): Sprite {
  let m = sprites.get(p);
  if (!m) sprites.set(p, (m = new Map()));
  const key = `${dpr}|${g.type}|${g.colours.join()}|${g.uncertain}|${r}|${fx}|${fy}`;
  let s = m.get(key);
  if (!s) {
    const half = Math.ceil(shape(g.type, r).reach * dpr);
    const size = 2 * half + 1;
    if (typeof OffscreenCanvas === 'function') {
      let ctx = scratch.get(size);
      if (!ctx) scratch.set(size, (ctx = new OffscreenCanvas(size, size).getContext('2d', { willReadFrequently: true })!));
      ctx.save();
      ctx.setTransform(dpr, 0, 0, dpr, half + fx, half + fy);
      drawGlyph(ctx, p, dpr, g, r);
      ctx.restore();
      s = { image: ctx.canvas.transferToImageBitmap(), half };
    } else {
      const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
      const ctx = canvas.getContext('2d')!;
      ctx.setTransform(dpr, 0, 0, dpr, half + fx, half + fy);
      drawGlyph(ctx, p, dpr, g, r);
      s = { image: canvas, half };
    }
    m.set(key, s);
  }
  return s;
}

/**
 * Stamps the symbol `g`, `r` CSS px in radius, centred on device pixel (dx, dy), rounded to a
 * quarter pixel. Call with the identity transform.
 */
export function stampGlyph(ctx: CanvasRenderingContext2D, p: Palette, dpr: number, g: GlyphSpec, r: number, dx: number, dy: number): void {
  const [qx, qy] = [Math.round(dx * 4) / 4, Math.round(dy * 4) / 4];
  const [ix, iy] = [Math.floor(qx), Math.floor(qy)];
  const s = sprite(p, dpr, g, r, qx - ix, qy - iy);
  ctx.globalAlpha = g.faint ? 0.6 : 1;
  ctx.drawImage(s.image, ix - s.half, iy - s.half);
  ctx.globalAlpha = 1;
}

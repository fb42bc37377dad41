/**
 * One filled shape per event type, so the type reads without colour (colour is kept for the
 * sides, as everywhere else in the app). d3-shape has seven filled symbols; two more are drawn
 * here (a downward triangle, a bow tie). Sizes are areas in px², evened out so that a star
 * does not look smaller than a square.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { EventType } from '../data/types';

const triangleDown: SymbolType = {
  draw(context, size) {
    const y = -Math.sqrt(size / (Math.sqrt(3) * 3));
    context.moveTo(0, -y * 2);
    context.lineTo(-Math.sqrt(3) * y, y);
    context.lineTo(Math.sqrt(3) * y, y);
    context.closePath();
  },
};

/** Two triangles tip to tip (a bow tie): two voices, one statement. */
const bowtie: SymbolType = {
  draw(context, size) {
    const h = Math.sqrt(size / 1.6) / 2;
    const w = h * 1.25;
    context.moveTo(-w, -h);
    context.lineTo(0, -h * 0.18);
    context.lineTo(w, -h);
    context.lineTo(w, h);
    context.lineTo(0, h * 0.18);
    context.lineTo(-w, h);
    context.closePath();
  },
};

const SHAPES: Record<EventType, { type: SymbolType; scale: number }> = {
  meeting: { type: symbolCircle, scale: 1 },
  'talks-round': { type: symbolDiamond, scale: 0.95 },
  summit: { type: symbolStar, scale: 1.35 },
  'delegation-visit': { type: symbolTriangle, scale: 1.1 },
  'phone-call': { type: triangleDown, scale: 1.1 },
  statement: { type: symbolSquare, scale: 0.85 },
  'joint-statement': { type: bowtie, scale: 1.35 },
  'plan-published': { type: symbolWye, scale: 1.15 },
  agreement: { type: symbolCross, scale: 1.1 },
};

const cache = new Map<string, string>();

/** The SVG path of a type's shape centred on 0,0, about `r` px in radius. */
export function shapePath(type: EventType, r = 6): string {
  const key = `${type}@${r}`;
  let d = cache.get(key);
  if (d === undefined) {
    const s = SHAPES[type];
    d = symbol(s.type, Math.PI * r * r * s.scale)() ?? '';
    cache.set(key, d);
  }
  return d;
}

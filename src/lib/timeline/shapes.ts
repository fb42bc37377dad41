/**
 * One filled shape per event type, so the type reads without colour (colour is kept for the
 * sides, as everywhere else in the app): the seven filled symbols of d3-shape and two more, a
 * downward triangle and a bow tie (color/symbols.ts). Sizes are areas in px², evened out so that
 * a star does not look smaller than a square.
 */
import { bowtie, circle, cross, diamond, square, star, triangle, triangleDown, wye, type SymbolShape } from '../color/symbols';
import type { EventType } from '../data/types';

const SHAPES: Record<EventType, { type: SymbolShape; scale: number }> = {
  meeting: { type: circle, scale: 1 },
  'talks-round': { type: diamond, scale: 0.95 },
  summit: { type: star, scale: 1.35 },
  'delegation-visit': { type: triangle, scale: 1.1 },
  'phone-call': { type: triangleDown, scale: 1.1 },
  statement: { type: square, scale: 0.85 },
  'joint-statement': { type: bowtie, scale: 1.35 },
  'plan-published': { type: wye, scale: 1.15 },
  agreement: { type: cross, scale: 1.1 },
};

const cache = new Map<string, string>();

/** The SVG path of a type's shape centred on 0,0, about `r` px in radius. */
export function shapePath(type: EventType, r = 6): string {
  const key = `${type}@${r}`;
  let d = cache.get(key);
  if (d === undefined) {
    const s = SHAPES[type];
    d = s.type(Math.PI * r * r * s.scale);
    cache.set(key, d);
  }
  return d;
}

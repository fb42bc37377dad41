/**
 * The shape of each side's nodes, so colour is never the only cue (the legend pairs both).
 * Shapes are d3-shape symbols sized by area, like the nodes' radius scale, so a square and a
 * circle for the same number of events look equally heavy.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape';
import type { Side } from '../data/types';

export const SIDE_SYMBOLS: Record<Side, SymbolType> = {
  us: symbolCircle,
  ukraine: symbolSquare,
  russia: symbolTriangle,
  europe: symbolDiamond,
  mediator: symbolStar,
  other: symbolCross,
};

const paths = new Map<string, string>();

/** SVG path of a side's symbol centred on (0, 0), with the area of a circle of radius `r`. */
export function sidePath(side: Side, r: number): string {
  const key = `${side}:${r.toFixed(1)}`;
  let d = paths.get(key);
  if (d === undefined) paths.set(key, (d = symbol(SIDE_SYMBOLS[side], Math.PI * r * r)() ?? ''));
  return d;
}

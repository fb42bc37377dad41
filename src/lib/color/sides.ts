/**
 * The one place that maps a side to its colour and its symbol. Sides are data (the dataset's
 * `sides`, in display order); lanes, legends, filters, the network, the table, canvas paint and
 * exports all read a side's look from the table `sideLooks` makes, never build it themselves.
 *
 * Colours: a side's own `colour` when the data gives one, else the palette's colour for its
 * position. The palette is colour-blind-aware (Okabe-Ito first, then hues from Paul Tol's muted
 * scheme), darkened for the light theme and lightened for the dark one so each mark keeps >= 3:1
 * against the page's backgrounds (sides.test.ts computes it for 2 to 10 sides). Past six sides no
 * palette stays apart for every kind of colour blindness, so marks also differ by symbol (network)
 * and every lane and legend names its side.
 *
 * A side's colour reaches CSS as `light-dark(<light>, <dark>)`, so it follows the theme like the
 * tokens in src/styles/tokens.css, and canvas paint and exports resolve it like any other colour.
 */
import { circle, cross, diamond, square, star, triangle, wye, type SymbolShape } from './symbols';
import type { LocalizedText, SideDef } from '../data/types';
import { contrast } from './contrast';

export interface Pair {
  light: string;
  dark: string;
}

/** Light/dark pairs, in the order sides get them. */
export const SIDE_PALETTE: readonly Pair[] = [
  { light: '#0068a8', dark: '#62b8ec' }, // blue
  { light: '#996400', dark: '#e8a92c' }, // ochre
  { light: '#c0490a', dark: '#f5894a' }, // vermillion
  { light: '#a4427f', dark: '#e394c5' }, // reddish purple
  { light: '#007a56', dark: '#3cc99a' }, // bluish green
  { light: '#00788a', dark: '#4cc8d8' }, // teal
  { light: '#5a4fc4', dark: '#a59cf2' }, // indigo
  { light: '#6b7a00', dark: '#b8c94a' }, // olive
  { light: '#a8324a', dark: '#f28ca0' }, // wine
  { light: '#646a72', dark: '#a4aab2' }, // grey
];

/** The backgrounds marks sit on, per theme (src/styles/tokens.css: --bg, --surface, --surface-2). */
export const BACKGROUNDS: Pair[] = [
  { light: '#fbfaf7', dark: '#121417' },
  { light: '#ffffff', dark: '#1b1e23' },
  { light: '#f1efe9', dark: '#252a31' },
];

/** Network node shapes by position: d3-shape's filled symbols (./symbols.ts), so colour is never the only cue. */
export const SIDE_SYMBOLS: readonly SymbolShape[] = [circle, square, triangle, diamond, star, cross, wye];

export interface SideLook {
  id: string;
  /** Position in the dataset's `sides`. */
  index: number;
  name: LocalizedText;
  colours: Pair;
  /** The CSS value to paint with: `light-dark(<light>, <dark>)`, which follows the theme. */
  colour: string;
  symbol: SymbolShape;
}

/** A side that is not in the table (a stale URL, a test's event): drawn in the muted text colour. */
const UNKNOWN: Omit<SideLook, 'id' | 'name'> = { index: -1, colours: { light: '#646a72', dark: '#a4aab2' }, colour: 'var(--text-muted)', symbol: circle };

const coloursOf = (d: SideDef, index: number): Pair =>
  typeof d.colour === 'string' ? { light: d.colour, dark: d.colour } : (d.colour ?? SIDE_PALETTE[index % SIDE_PALETTE.length]);
const cssColour = (p: Pair) => (p.light === p.dark ? p.light : `light-dark(${p.light}, ${p.dark})`);

export class SideTable {
  readonly list: readonly SideLook[];
  readonly #byId: Map<string, SideLook>;
  constructor(sides: readonly SideDef[]) {
    this.list = sides.map((d, index) => ({
      id: d.id,
      index,
      name: d.name,
      colours: coloursOf(d, index),
      colour: cssColour(coloursOf(d, index)),
      symbol: SIDE_SYMBOLS[index % SIDE_SYMBOLS.length],
    }));
    this.#byId = new Map(this.list.map((l) => [l.id, l]));
  }
  get(id: string): SideLook {
    return this.#byId.get(id) ?? { ...UNKNOWN, id, name: { en: id } };
  }
  has(id: string): boolean {
    return this.#byId.has(id);
  }
  /** The ids in display order. */
  get ids(): string[] {
    return this.list.map((l) => l.id);
  }
}

const paths = new Map<string, string>();

/** SVG path of a symbol centred on (0, 0), with the area of a circle of radius `r`. */
export function symbolPath(type: SymbolShape, r: number): string {
  const key = `${SIDE_SYMBOLS.indexOf(type)}:${r.toFixed(1)}`;
  let d = paths.get(key);
  if (d === undefined) paths.set(key, (d = type(Math.PI * r * r)));
  return d;
}

/** Warnings for a side's own colour that falls below 3:1 against a theme's background. */
export function colourWarnings(d: SideDef): { path: string; expected: string; found: string; severity: 'warning' }[] {
  if (!d.colour) return [];
  const pair = typeof d.colour === 'string' ? { light: d.colour, dark: d.colour } : d.colour;
  const out: { path: string; expected: string; found: string; severity: 'warning' }[] = [];
  for (const theme of ['light', 'dark'] as const) {
    const worst = Math.min(...BACKGROUNDS.map((bg) => contrast(pair[theme], bg[theme])));
    if (worst < 3) {
      const path = typeof d.colour === 'string' ? 'colour' : `colour.${theme}`;
      out.push({ path, expected: `a colour with at least 3:1 contrast against the ${theme} theme's background${typeof d.colour === 'string' ? ' (or {"light": "#...", "dark": "#..."})' : ''}`, found: `${pair[theme]} (${worst.toFixed(1)}:1)`, severity: 'warning' });
    }
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, SIDE_PALETTE, SIDE_SYMBOLS, SideTable, colourWarnings, symbolPath } from './sides';
import { contrast } from './contrast';
import type { SideDef } from '../data/types';

const sides = (n: number): SideDef[] => Array.from({ length: n }, (_, i) => ({ id: `side-${i}`, name: { en: `Side ${i}` } }));
/** Present mode's backgrounds (tokens.css, [data-mode='present']): white and near-black. */
const PRESENT = [
  { light: '#ffffff', dark: '#000000' },
  { light: '#ffffff', dark: '#0d0d0d' },
];

describe('SideTable(sides)', () => {
  it.each([2, 3, 4, 5, 6, 7, 8, 9, 10])('with %i sides: distinct colours, each >= 3:1 against every background of its theme', (n) => {
    const table = new SideTable(sides(n));
    expect(table.list).toHaveLength(n);
    expect(new Set(table.list.map((l) => l.colours.light)).size).toBe(n);
    expect(new Set(table.list.map((l) => l.colours.dark)).size).toBe(n);
    for (const look of table.list) {
      for (const bg of [...BACKGROUNDS, ...PRESENT]) {
        expect(contrast(look.colours.light, bg.light), `${look.id} light on ${bg.light}`).toBeGreaterThanOrEqual(3);
        expect(contrast(look.colours.dark, bg.dark), `${look.id} dark on ${bg.dark}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it.each([2, 7, 10])('with %i sides: no two sides share both colour and symbol, and the first seven have their own symbol', (n) => {
    const table = new SideTable(sides(n));
    expect(new Set(table.list.map((l) => `${l.colours.light}|${SIDE_SYMBOLS.indexOf(l.symbol)}`)).size).toBe(n);
    expect(new Set(table.list.slice(0, 7).map((l) => symbolPath(l.symbol, 8))).size).toBe(Math.min(n, 7));
  });

  it('keeps the display order of the data and paints with light-dark()', () => {
    const table = new SideTable([{ id: 'b', name: { en: 'B' } }, { id: 'a', name: { en: 'A' } }]);
    expect(table.ids).toEqual(['b', 'a']);
    expect(table.get('a').colour).toBe(`light-dark(${SIDE_PALETTE[1].light}, ${SIDE_PALETTE[1].dark})`);
  });

  it("uses a side's own colour: one for both themes, or a light/dark pair", () => {
    const table = new SideTable([
      { id: 'x', name: { en: 'X' }, colour: '#1f77b4' },
      { id: 'y', name: { en: 'Y' }, colour: { light: '#005a8c', dark: '#7cc4f0' } },
    ]);
    expect(table.get('x').colour).toBe('#1f77b4');
    expect(table.get('y').colour).toBe('light-dark(#005a8c, #7cc4f0)');
  });

  it('draws a side it does not know in the muted text colour, named by its id', () => {
    const table = new SideTable(sides(2));
    expect(table.has('mars')).toBe(false);
    expect(table.get('mars')).toMatchObject({ id: 'mars', colour: 'var(--text-muted)', name: { en: 'mars' } });
  });
});

describe('colourWarnings(side)', () => {
  it.each<[string, SideDef['colour'], string[]]>([
    ['a mid blue passes in both themes', '#2a7fc0', []],
    ['pale yellow fails on the light background', '#f0e442', ['colour']],
    ['navy fails on the dark background', '#001f54', ['colour']],
    ['a pair checks each theme on its own', { light: '#f0e442', dark: '#001f54' }, ['colour.light', 'colour.dark']],
  ])('%s', (_name, colour, paths) => {
    const found = colourWarnings({ id: 'x', name: { en: 'X' }, colour });
    expect(found.map((w) => w.path)).toEqual(paths);
    for (const w of found) expect(w.found).toMatch(/:1\)$/);
  });
});

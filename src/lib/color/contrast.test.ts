import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { contrast } from './contrast';

describe('contrast(a, b)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('contrast(%s, %s) = %d', (a, b, expected) => {
    expect(contrast(a, b)).toBeCloseTo(expected, 2);
  });
});

/** Reads `--name: light-dark(#light, #dark)` pairs from the design tokens. */
function tokens(file: string): Map<string, [string, string]> {
  const css = fs.readFileSync(file, 'utf8');
  const out = new Map<string, [string, string]>();
  for (const m of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) out.set(m[1], [m[2], m[3]]);
  return out;
}

describe('design tokens (src/styles/tokens.css)', () => {
  const t = tokens('src/styles/tokens.css');
  const themes = [0, 1] as const;
  it.each(['text', 'text-muted', 'accent', 'focus'])('--%s reaches 4.5:1 on the background and surfaces in both themes', (name) => {
    for (const i of themes) for (const bg of ['bg', 'surface', 'surface-2']) {
      expect(contrast(t.get(name)![i], t.get(bg)![i]), `${name} on ${bg}, theme ${i}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it.each(['caution', 'success'])('--%s reaches 3:1 against the background in both themes', (name) => {
    for (const i of themes) for (const bg of ['bg', 'surface']) {
      expect(contrast(t.get(name)![i], t.get(bg)![i]), `${name} on ${bg}, theme ${i}`).toBeGreaterThanOrEqual(3);
    }
  });
  it('warning and error text is legible on its own background', () => {
    for (const i of themes) {
      expect(contrast(t.get('warning-text')![i], t.get('warning-bg')![i])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.get('error-text')![i], t.get('error-bg')![i])).toBeGreaterThanOrEqual(4.5);
    }
  });
});

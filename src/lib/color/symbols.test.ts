import { describe, expect, it } from 'vitest';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import { bowtie, circle, cross, diamond, square, star, triangle, triangleDown, wye, type SymbolShape } from './symbols';

// The areas the app asks for: circles of radius 2 to 40 px, scaled as the timeline scales its shapes.
const AREAS = [2, 3.5, 5.5, 6, 7, 9.25, 12, 18, 40].flatMap((r) => [0.85, 1, 1.1, 1.35].map((k) => Math.PI * r * r * k));

describe("the app's symbols", () => {
  const pairs: [string, SymbolShape, SymbolType][] = [
    ['circle', circle, symbolCircle],
    ['cross', cross, symbolCross],
    ['diamond', diamond, symbolDiamond],
    ['square', square, symbolSquare],
    ['star', star, symbolStar],
    ['triangle', triangle, symbolTriangle],
    ['wye', wye, symbolWye],
  ];
  for (const [name, ours, d3] of pairs)
    it(`draw the ${name} as d3-shape draws it, at every size`, () => {
      for (const area of AREAS) expect(ours(area)).toBe(symbol(d3, area)());
    });

  it('draw the downward triangle as the upward one turned over', () => {
    const flip = (d: string) => d.replace(/(-?[\d.]+),(-?[\d.]+)/g, (_, x, y) => `${x},${Number(y) === 0 ? 0 : -Number(y)}`);
    for (const area of AREAS) expect(triangleDown(area)).toBe(flip(triangle(area)));
  });

  it('draw the bow tie as two triangles tip to tip, symmetric, its size following the area asked for', () => {
    const points = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const shoelace = (p: readonly (readonly [number, number])[]) => Math.abs(p.reduce((s, [x, y], i) => s + x * p[(i + 1) % p.length][1] - p[(i + 1) % p.length][0] * y, 0)) / 2;
    const d = bowtie(100);
    expect(d).toMatch(/^M-?[\d.]+,-?[\d.]+(L-?[\d.]+,-?[\d.]+){5}Z$/);
    const p = points(d);
    const key = ([x, y]: readonly [number, number]) => `${Math.abs(x)},${Math.abs(y)}`;
    for (const pt of p) expect(p.filter((q) => key(q) === key(pt)).length).toBeGreaterThanOrEqual(2);
    // The waist (on the vertical axis) is much narrower than the ends.
    const waist = p.filter(([x]) => x === 0).map(([, y]) => Math.abs(y));
    const ends = p.filter(([x]) => x !== 0).map(([, y]) => Math.abs(y));
    expect(waist).toHaveLength(2);
    expect(Math.max(...waist)).toBeLessThan(Math.min(...ends) / 4);
    expect(shoelace(points(bowtie(400))) / shoelace(p)).toBeCloseTo(4, 1);
  });
});

import { describe, expect, it } from 'vitest';
import type { MapPlace } from './places';
import { mapScene, radius } from './scene';

const place = (id: string, lon: number, lat: number, n: number, sides: [string, number][]) =>
  ({ id, lon, lat, events: Array.from({ length: n }, (_, i) => ({ id: `${id}-${i}` })), sides: sides.map(([side, count]) => ({ side, count })) }) as unknown as MapPlace;

describe('radius(count, maxCount, rMax)', () => {
  it.each<[number, number, number, number]>([
    [9, 9, 30, 30],
    [1, 9, 30, 10],
    [4, 16, 20, 10],
    [1, 400, 30, 5],
    [0, 9, 30, 0],
  ])('%i of %i events at most %i px -> %f px (area in proportion, never under 5 px)', (count, max, rMax, expected) => {
    expect(radius(count, max, rMax)).toBeCloseTo(expected, 6);
  });
});

describe('mapScene(places, options)', () => {
  const project = ([lon, lat]: [number, number]) => [lon * 10, -lat * 10] as [number, number];
  const places = [place('small', 1, 1, 1, [['a', 1]]), place('big', 5, 5, 9, [['a', 6], ['b', 3]])];
  const scene = mapScene(places, { project, maxCount: 9, rMax: 30 });

  it('projects each place and draws the largest first, so small symbols stay on top', () => {
    expect(scene.map((s) => [s.id, s.x, s.y, Math.round(s.r)])).toEqual([
      ['big', 50, -50, 30],
      ['small', 10, -10, 10],
    ]);
  });
  it('has one ring slice per side taking part, in the given order', () => {
    expect(scene[0].slices.map((s) => s.side)).toEqual(['a', 'b']);
    expect(scene[0].slices.every((s) => s.path.startsWith('M'))).toBe(true);
    expect(scene[1].slices).toHaveLength(1);
  });
  it('leaves out a place the projection cannot draw', () => {
    expect(mapScene(places, { project: () => null, maxCount: 9, rMax: 30 })).toEqual([]);
  });
});

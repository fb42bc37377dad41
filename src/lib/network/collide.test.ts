import { describe, expect, it } from 'vitest';
import { forceCollide, forceSimulation } from 'd3-force';
import { randomLcg } from 'd3-random';
import { forceCollidePairs } from './collide';

interface N {
  id: number;
  r: number;
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
}

/** `n` seeded nodes in a square of side `side`, stepped `ticks` times with one collision force only. */
function run(n: number, side: number, ticks: number, iterations: number, pairs: boolean, seed = 3) {
  const random = randomLcg(seed);
  const nodes: N[] = Array.from({ length: n }, (_, id) => ({ id, r: 2 + 6 * random(), x: side * random(), y: side * random() }));
  const sim = forceSimulation<N>(nodes).randomSource(randomLcg(seed)).stop();
  sim.force('collide', pairs ? forceCollidePairs<N>((d) => d.r).iterations(iterations) : forceCollide<N>((d) => d.r).iterations(iterations));
  sim.tick(ticks);
  return nodes;
}

describe('forceCollidePairs(radius)', () => {
  // Scattered nodes, where collisions come in pairs or small groups (as in a laid-out network).
  it.each([
    [2, 10, 1, 1],
    [12, 60, 1, 2],
    [30, 200, 5, 2],
    [60, 400, 40, 2],
  ])('%i nodes in a square of %i, %i ticks, %i passes: where d3.forceCollide puts them', (n, side, ticks, iterations) => {
    const ours = run(n, side, ticks, iterations, true);
    const d3 = run(n, side, ticks, iterations, false);
    for (let i = 0; i < n; i++) {
      expect(ours[i].x).toBeCloseTo(d3[i].x!, 6);
      expect(ours[i].y).toBeCloseTo(d3[i].y!, 6);
    }
  });

  it('pulls a tight crowd apart as d3 does, if not along the same path', () => {
    const overlap = (nodes: N[]) => {
      let sum = 0;
      for (let i = 0; i < nodes.length; i++)
        for (let j = i + 1; j < nodes.length; j++) sum += Math.max(0, nodes[i].r + nodes[j].r - Math.hypot(nodes[i].x! - nodes[j].x!, nodes[i].y! - nodes[j].y!));
      return sum;
    };
    const before = overlap(run(30, 40, 0, 2, true));
    const [ours, d3] = [overlap(run(30, 40, 60, 2, true)), overlap(run(30, 40, 60, 2, false))];
    expect(ours).toBeLessThan(before / 10);
    expect(ours).toBeLessThan(Math.max(d3 * 2, before / 100));
  });

  it('leaves nodes that do not touch alone', () => {
    const nodes: N[] = [
      { id: 0, r: 1, x: 0, y: 0 },
      { id: 1, r: 1, x: 5, y: 0 },
    ];
    forceSimulation<N>(nodes).force('collide', forceCollidePairs<N>((d) => d.r)).stop().tick(3);
    expect(nodes.map((d) => [d.x, d.y])).toEqual([
      [0, 0],
      [5, 0],
    ]);
  });

  it('separates two nodes on the same spot, the same way for the same seed', () => {
    const place = () => {
      const nodes: N[] = [
        { id: 0, r: 2, x: 1, y: 1 },
        { id: 1, r: 2, x: 1, y: 1 },
      ];
      forceSimulation<N>(nodes).randomSource(randomLcg(9)).force('collide', forceCollidePairs<N>((d) => d.r)).stop().tick(50);
      return nodes;
    };
    const [p, q] = place();
    expect(Math.hypot(p.x! - q.x!, p.y! - q.y!)).toBeGreaterThan(3);
    expect(place()).toEqual([p, q]);
  });
});

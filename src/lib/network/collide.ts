/**
 * d3-force's collision force (forceCollide) for small simulations, testing every pair instead of
 * walking a quadtree: same rule, same arithmetic. Two differences, both small: pairs are met in
 * index order rather than quadtree order (sums round differently in the last bits), and d3
 * prunes with the positions at the start of each pass, so in a tight crowd it skips a pair that
 * an earlier push moved into reach, which this does not. For the bundled dataset the settled
 * layout matches d3's to 1e-9 layout units (layout.test.ts).
 *
 * Why: the actor layout runs once, on a page that has just loaded, so its code is still cold;
 * at a few dozen nodes building and walking a quadtree three times per tick (two collision
 * passes and the charge) was most of the view's first render, where a flat double loop is
 * optimised by the engine within the first tick. Quadratic, so for a few hundred nodes at most.
 */
import type { SimulationNodeDatum } from 'd3-force';

export interface PairCollide<N extends SimulationNodeDatum> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
  iterations(n: number): PairCollide<N>;
}

export function forceCollidePairs<N extends SimulationNodeDatum>(radius: (node: N) => number): PairCollide<N> {
  let nodes: N[] = [];
  let radii = new Float64Array(0);
  let random = Math.random;
  let iterations = 1;
  const jiggle = () => (random() - 0.5) * 1e-6;

  function force(): void {
    const n = nodes.length;
    for (let k = 0; k < iterations; k++) {
      for (let i = 0; i < n; i++) {
        const node = nodes[i];
        const ri = radii[i];
        const ri2 = ri * ri;
        const xi = node.x! + node.vx!;
        const yi = node.y! + node.vy!;
        for (let j = i + 1; j < n; j++) {
          const data = nodes[j];
          let rj = radii[j];
          let r = ri + rj;
          let x = xi - data.x! - data.vx!;
          let y = yi - data.y! - data.vy!;
          let l = x * x + y * y;
          if (l >= r * r) continue;
          if (x === 0) (x = jiggle()), (l += x * x);
          if (y === 0) (y = jiggle()), (l += y * y);
          l = Math.sqrt(l);
          l = (r - l) / l;
          rj *= rj;
          r = rj / (ri2 + rj);
          node.vx! += (x *= l) * r;
          node.vy! += (y *= l) * r;
          r = 1 - r;
          data.vx! -= x * r;
          data.vy! -= y * r;
        }
      }
    }
  }
  force.initialize = (ns: N[], rnd: () => number) => {
    nodes = ns;
    random = rnd;
    radii = Float64Array.from(ns, (node) => radius(node));
  };
  force.iterations = (count: number): PairCollide<N> => ((iterations = count), force);
  return force;
}

/**
 * d3-force's many-body force (forceManyBody) for small simulations, every pair at its exact
 * distance instead of a quadtree's Barnes-Hut estimate: the rule d3 applies when it does not
 * approximate (`theta(0)`), with the same distanceMin/distanceMax limits and jiggle for
 * coincident nodes. Each pair is met once and both ends are pushed, so sums round differently
 * in the last bits; the settled layout matches d3's `theta(0)` to well under a layout unit
 * (layout.test.ts).
 *
 * Why: the actor layout runs once, on a page that has just loaded, so its code is still cold;
 * at a few dozen actors, building and walking a quadtree every tick was most of the layout's
 * ~0.1 s (300 ticks), where a flat double loop is optimised by the engine within the first
 * tick. Quadratic, so for a few hundred nodes at most (collide.ts does the same for collisions).
 */
import type { SimulationNodeDatum } from 'd3-force';

export interface PairManyBody<N extends SimulationNodeDatum> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
  distanceMax(d: number): PairManyBody<N>;
}

export function forceManyBodyPairs<N extends SimulationNodeDatum>(strength: (node: N) => number): PairManyBody<N> {
  let nodes: N[] = [];
  let strengths = new Float64Array(0);
  let random = Math.random;
  const distanceMin2 = 1;
  let distanceMax2 = Infinity;
  const jiggle = () => (random() - 0.5) * 1e-6;

  function force(alpha: number): void {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const a = nodes[i];
      const si = strengths[i] * alpha;
      for (let j = i + 1; j < n; j++) {
        const b = nodes[j];
        let x = b.x! - a.x!;
        let y = b.y! - a.y!;
        let l = x * x + y * y;
        if (l >= distanceMax2) continue;
        if (x === 0) (x = jiggle()), (l += x * x);
        if (y === 0) (y = jiggle()), (l += y * y);
        if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
        // a is pushed by b's strength along a -> b, b by a's along b -> a.
        const wa = (strengths[j] * alpha) / l;
        const wb = si / l;
        a.vx! += x * wa;
        a.vy! += y * wa;
        b.vx! -= x * wb;
        b.vy! -= y * wb;
      }
    }
  }
  force.initialize = (ns: N[], rnd: () => number) => {
    nodes = ns;
    random = rnd;
    strengths = Float64Array.from(ns, (node) => strength(node));
  };
  force.distanceMax = (d: number): PairManyBody<N> => ((distanceMax2 = d * d), force);
  return force;
}

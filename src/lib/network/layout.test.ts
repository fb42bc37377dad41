import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { randomLcg } from 'd3-random';
import { forceCollide, forceManyBody } from 'd3-force';
import { loadDataset } from '../data/load';
import { buildGraph } from './graph';
import { createLayout, layout, placeEvents, positionsOf, ticksToSettle, type LayoutLink, type LayoutNode, type Point, type SimNode } from './layout';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('data/peace-talks.json', 'utf8')));
const graph = buildGraph(dataset.events, dataset.actors);
const nodes: LayoutNode[] = [...dataset.actors.keys()].map((id) => ({ id, radius: 4 + Math.sqrt(graph.node.get(id)?.events.length ?? 0) * 2 }));
const links: LayoutLink[] = graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));

const maxMove = (a: ReadonlyMap<string, Point>, b: ReadonlyMap<string, Point>) =>
  Math.max(...[...b].map(([id, p]) => Math.hypot(p.x - a.get(id)!.x, p.y - a.get(id)!.y)));

/** A seeded random network: `n` actors, events of 2–7 participants drawn with a bias to early ids (hubs). */
function synthetic(n: number, events: number, seed = 7): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const random = randomLcg(seed);
  const weights = new Map<string, LayoutLink>();
  for (let e = 0; e < events; e++) {
    const size = 2 + Math.floor(random() * 6);
    const ids = [...new Set(Array.from({ length: size }, () => `a${Math.floor(n * random() ** 2)}`))].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}~${ids[j]}`;
        const link = weights.get(key) ?? { source: ids[i], target: ids[j], weight: 0 };
        link.weight++;
        weights.set(key, link);
      }
  }
  return { nodes: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, radius: 5 })), links: [...weights.values()] };
}

describe('layout(nodes, links, options)', () => {
  it('gives the same positions for the same seed', () => {
    expect(layout(nodes, links, { seed: 42 })).toEqual(layout(nodes, links, { seed: 42 }));
  });

  it('does not depend on the order of nodes or links', () => {
    const a = layout(nodes, links);
    const b = layout([...nodes].reverse(), [...links].reverse());
    expect(maxMove(a, b)).toBe(0);
  });

  it('settles where it did with d3.forceCollide (collide.ts tests pairs without a quadtree)', () => {
    const sim = createLayout(nodes, links);
    sim.force('collide', forceCollide<SimNode>((n) => n.radius + 4).iterations(2));
    sim.tick(ticksToSettle(sim));
    expect(maxMove(positionsOf(sim), layout(nodes, links))).toBeLessThan(1e-6);
  });

  it("settles where it does with d3.forceManyBody at theta 0 (many-body.ts: every pair, exactly)", () => {
    const random = synthetic(60, 400);
    for (const [ns, ls] of [[nodes, links], [random.nodes, random.links]] as const) {
      const sim = createLayout(ns, ls);
      sim.force('charge', forceManyBody<SimNode>().strength((n) => -30 - 7 * n.radius).distanceMax(420).theta(0));
      sim.tick(ticksToSettle(sim));
      expect(maxMove(positionsOf(sim), layout(ns, ls))).toBeLessThan(1e-6);
    }
  });

  it('gives finite positions for every node, isolated ones included', () => {
    const p = layout(nodes, links);
    expect(p.size).toBe(dataset.actors.size);
    for (const { x, y } of p.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('keeps pinned nodes exactly where they were when a node is removed', () => {
    const full = layout(nodes, links);
    const gone = graph.nodes[0].id;
    const rest = layout(
      nodes.filter((n) => n.id !== gone),
      links.filter((l) => l.source !== gone && l.target !== gone),
      { pinned: new Map([...full].filter(([id]) => id !== gone)) },
    );
    expect(rest.has(gone)).toBe(false);
    expect(maxMove(full, rest)).toBeLessThan(1e-9);
  });

  it('places a new node near its neighbours and moves no known node', () => {
    const full = layout(nodes, links);
    const hub = graph.nodes[0].id;
    const grown = layout([...nodes, { id: 'newcomer', radius: 4 }], [...links, { source: 'newcomer', target: hub, weight: 1 }], { pinned: full });
    expect(maxMove(full, new Map([...grown].filter(([id]) => id !== 'newcomer')))).toBeLessThan(1e-9);
    const d = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
    const distances = [...full.values()].map((p) => d(p, full.get(hub)!)).sort((a, b) => a - b);
    expect(d(grown.get('newcomer')!, full.get(hub)!)).toBeLessThan(distances[Math.floor(distances.length / 2)]);
  });
});

describe('placeEvents(events, actors)', () => {
  it('places every event near its participants, the same way every time', () => {
    const actors = layout(nodes, links);
    const events = dataset.events.map((e) => ({ id: e.id, actors: e.participants.map((p) => p.actor) }));
    const placed = placeEvents(events, actors);
    expect(placed).toEqual(placeEvents(events, actors));
    expect(placed.size).toBe(events.length);
    const spread = Math.max(...[...actors.values()].map((p) => Math.hypot(p.x, p.y)));
    for (const e of events) {
      const ps = e.actors.map((a) => actors.get(a)!);
      const c = { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
      const p = placed.get(e.id)!;
      expect(Math.hypot(p.x - c.x, p.y - c.y), e.id).toBeLessThan(spread / 2);
    }
  });
});

describe('ticksToSettle(simulation)', () => {
  it("is the number of ticks d3's timer runs before alpha falls below alphaMin", () => {
    const sim = createLayout(nodes, links);
    let alpha = sim.alpha();
    let ticks = 0;
    while (alpha >= sim.alphaMin()) {
      alpha += (sim.alphaTarget() - alpha) * sim.alphaDecay();
      ticks++;
    }
    expect(ticksToSettle(sim)).toBe(ticks);
  });

  it('gives the same end state whether ticked at once or frame by frame (animated)', () => {
    const total = ticksToSettle(createLayout(nodes, links));
    const framed = createLayout(nodes, links);
    for (let done = 0; done < total; done += 16) framed.tick(Math.min(16, total - done));
    expect(positionsOf(framed)).toEqual(layout(nodes, links));
  });
});

// Speed is measured by `npm run bench`, not asserted here: timed unit tests flake on busy machines.
describe('layout at scale', () => {
  it.each([
    ['the actors of the dataset', nodes, links],
    ['500 synthetic actors', ...Object.values(synthetic(500, 900))],
  ] as [string, LayoutNode[], LayoutLink[]][])('lays out %s, every node at a finite position', { timeout: 120_000 }, (_name, n, l) => {
    const p = layout(n, l);
    expect(p.size).toBe(n.length);
    for (const pos of p.values()) expect(Number.isFinite(pos.x) && Number.isFinite(pos.y)).toBe(true);
  });
});

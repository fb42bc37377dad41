/**
 * Where each node sits: a seeded d3-force layout, so the same graph always gives the same
 * picture (in the browser, in tests, on every reader's screen).
 *
 * The view lays out every actor of the dataset once, from all its events, and keeps those
 * positions while filters and the date window change: nodes then appear and disappear but the
 * others never jump, which is what lets a reader follow the network through time. Pinning
 * (`pinned`) serves the same purpose for a graph that grows: known nodes keep their place and
 * only the new ones are placed, near the neighbours they already have (bipartite mode places
 * the events this way between fixed actors).
 *
 * Coordinates are abstract layout units around (0, 0); the view fits them to its size.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { randomLcg } from 'd3-random';
import { forceCollidePairs } from './collide';
import { forceManyBodyPairs } from './many-body';

export interface Point {
  x: number;
  y: number;
}
export type Positions = ReadonlyMap<string, Point>;

export interface LayoutNode {
  id: string;
  /** Radius in layout units, for collisions. */
  radius: number;
}
export interface LayoutLink {
  source: string;
  target: string;
  weight: number;
}
export interface LayoutOptions {
  /** Seed of the random source (d3-random's randomLcg); same seed, same layout. */
  seed?: number;
  /** Nodes that keep these positions exactly; the others are laid out around them. */
  pinned?: Positions;
}

export interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}
type SimLink = SimulationLinkDatum<SimNode> & { weight: number };
export type LayoutSimulation = Simulation<SimNode, SimLink>;

export const DEFAULT_SEED = 0x5eed;

/**
 * A stopped simulation, ready to tick. Nodes are sorted (largest first, then by id) before the
 * simulation sees them, so the result does not depend on the order of the input, and the most
 * present actors start near the centre of d3's phyllotaxis.
 */
export function createLayout(nodes: readonly LayoutNode[], links: readonly LayoutLink[], options: LayoutOptions = {}): LayoutSimulation {
  const random = randomLcg(options.seed ?? DEFAULT_SEED);
  const pinned = options.pinned ?? new Map<string, Point>();
  const simNodes: SimNode[] = [...nodes].sort((a, b) => b.radius - a.radius || (a.id < b.id ? -1 : 1)).map((n) => ({ id: n.id, radius: n.radius }));
  const byId = new Map(simNodes.map((n) => [n.id, n]));
  const simLinks: SimLink[] = links
    .filter((l) => byId.has(l.source) && byId.has(l.target))
    .map((l) => ({ source: l.source, target: l.target, weight: l.weight }))
    .sort((a, b) => (`${a.source}~${a.target}` < `${b.source}~${b.target}` ? -1 : 1));

  const degree = new Map<string, number>();
  for (const l of simLinks) for (const id of [l.source as string, l.target as string]) degree.set(id, (degree.get(id) ?? 0) + 1);

  if (pinned.size) placeNearNeighbours(simNodes, simLinks, pinned, random);

  const min = (l: SimLink) => Math.min(degree.get(id(l.source))!, degree.get(id(l.target))!);
  return forceSimulation<SimNode, SimLink>(simNodes)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, SimLink>(simLinks)
        .id((n) => n.id)
        // Frequent partners sit closer and pull harder; d3's default 1/min(degree) keeps hubs from collapsing.
        .distance((l) => 34 + 26 / Math.sqrt(l.weight))
        .strength((l) => Math.min(1, Math.sqrt(l.weight) / min(l))),
    )
    // Big nodes push harder, which opens up the dense core where the large rounds meet. Up to
    // 200 nodes every pair at its exact distance (many-body.ts), beyond that d3's quadtree.
    .force('charge', simNodes.length > 200 ? forceManyBody<SimNode>().strength(charge).distanceMax(420) : forceManyBodyPairs<SimNode>(charge).distanceMax(420))
    // Collisions cost as much as links and charge together at 500 nodes; one pass is enough there.
    // Up to 200 nodes, two passes testing every pair (collide.ts: d3's rule without the quadtree).
    .force('collide', simNodes.length > 200 ? forceCollide<SimNode>(collisionRadius).iterations(1) : forceCollidePairs<SimNode>(collisionRadius).iterations(2))
    // A pull to the centre keeps small components in the picture, and actors with no partner
    // (a lone statement) close by rather than adrift, where they would shrink everything else.
    .force('x', forceX<SimNode>(0).strength((n) => (degree.has(n.id) ? 0.05 : 0.3)))
    .force('y', forceY<SimNode>(0).strength((n) => (degree.has(n.id) ? 0.05 : 0.3)))
    .stop();
}

const collisionRadius = (n: SimNode) => n.radius + 4;
const charge = (n: SimNode) => -30 - 7 * n.radius;
const id = (end: string | number | SimNode) => (typeof end === 'object' ? end.id : String(end));

/**
 * Pins known nodes (fx/fy) and starts each new node at the mean of its pinned neighbours, or on
 * a ring outside the known nodes when it has none, with a small seeded offset so that nodes
 * sharing neighbours do not start on the same point.
 */
function placeNearNeighbours(nodes: SimNode[], links: SimLink[], pinned: Positions, random: () => number): void {
  const known = [...pinned.values()];
  const cx = known.reduce((s, p) => s + p.x, 0) / known.length;
  const cy = known.reduce((s, p) => s + p.y, 0) / known.length;
  const ring = Math.max(...known.map((p) => Math.hypot(p.x - cx, p.y - cy))) + 40;
  const near = new Map<string, Point[]>();
  for (const l of links) {
    const [a, b] = [id(l.source), id(l.target)];
    if (pinned.has(b) && !pinned.has(a)) near.set(a, [...(near.get(a) ?? []), pinned.get(b)!]);
    if (pinned.has(a) && !pinned.has(b)) near.set(b, [...(near.get(b) ?? []), pinned.get(a)!]);
  }
  for (const n of nodes) {
    const p = pinned.get(n.id);
    if (p) {
      n.x = n.fx = p.x;
      n.y = n.fy = p.y;
      continue;
    }
    const angle = random() * 2 * Math.PI;
    const ps = near.get(n.id);
    if (ps) {
      const jitter = 4 + random() * 8;
      n.x = ps.reduce((s, q) => s + q.x, 0) / ps.length + jitter * Math.cos(angle);
      n.y = ps.reduce((s, q) => s + q.y, 0) / ps.length + jitter * Math.sin(angle);
    } else {
      n.x = cx + ring * Math.cos(angle);
      n.y = cy + ring * Math.sin(angle);
    }
  }
}

/** How many ticks d3's own timer would run before the simulation rests (alpha < alphaMin). */
export function ticksToSettle(sim: LayoutSimulation): number {
  const ratio = Math.log(sim.alphaMin() / sim.alpha()) / Math.log(1 - sim.alphaDecay());
  return Math.max(0, Math.floor(ratio) + 1);
}

export function positionsOf(sim: LayoutSimulation): Map<string, Point> {
  return new Map(sim.nodes().map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}

/** The settled layout, computed synchronously (the reduced-motion path, and tests). */
export function layout(nodes: readonly LayoutNode[], links: readonly LayoutLink[], options: LayoutOptions = {}): Map<string, Point> {
  const sim = createLayout(nodes, links, options);
  sim.tick(ticksToSettle(sim));
  return positionsOf(sim);
}

/**
 * Bipartite mode: each event as a small node among its participants. Actors stay exactly where
 * the actor layout put them (pinned); each event starts at the middle of its participants, is
 * held there by its links and only pushed aside by collisions (no charge, which would drive the
 * events of the dense core out of the picture). Seeded like the rest.
 */
export function placeEvents(events: readonly { id: string; actors: readonly string[] }[], actors: Positions, radius = 3, seed = DEFAULT_SEED): Map<string, Point> {
  const random = randomLcg(seed);
  const nodes: SimNode[] = [
    ...[...actors].map(([id, p]) => ({ id, radius: 6, x: p.x, y: p.y, fx: p.x, fy: p.y })),
    ...[...events].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => ({ id: e.id, radius })),
  ];
  const links: SimLink[] = events.flatMap((e) => e.actors.filter((a) => actors.has(a)).map((a) => ({ source: e.id, target: a, weight: 1 })));
  placeNearNeighbours(nodes, links, actors, random);
  const sim = forceSimulation<SimNode, SimLink>(nodes)
    .randomSource(random)
    .force('link', forceLink<SimNode, SimLink>(links).id((n) => n.id).distance(8).strength(0.25))
    .force('collide', forceCollide<SimNode>((n) => n.radius + 2).iterations(3))
    .stop();
  sim.tick(ticksToSettle(sim));
  const placed = positionsOf(sim);
  return new Map(events.map((e) => [e.id, placed.get(e.id)!]));
}

/**
 * Who met whom: the actor graph of a set of events. Pure (no Svelte, no DOM), so the network
 * view, tests and any export derive the same graph from the same events.
 *
 * A node is an actor who took part in at least one of the events; an edge joins two actors who
 * met, weighted by the number of events where they did. Met means what the data says (met.ts):
 * an event whose type says its participants met (a meeting, a call, a signing; not a
 * statement), and neither took part only through mediators unless the other was a host or
 * mediator. Parties of mediated talks are listed apart (`through`), never linked as having met.
 * Every event still counts for each of its actors. The optional window
 * uses the shared overlap rule (data/days.ts), so "in the window" means the same thing
 * here as in every other view.
 *
 * Counting runs on integers (event-index.ts), one pass over the participants; strings are made
 * once per node and edge. The ids of an actor's or a pair's events are only listed when read
 * (`events`, for the one actor or link a panel shows), since a filter change rebuilds the graph
 * and at 20,000 events those lists hold ~170,000 ids that nothing else reads.
 */
import { dayWindow, overlaps } from '../data/days';
import type { Actor, Side, TimelineEvent } from '../data/types';
import { indexEvents, positionsIn, type EventIndex } from './event-index';
import { pairKind } from './met';

export interface GraphNode {
  id: string;
  side: Side;
  /** Ids of the actor's events in the set, in time order. */
  readonly events: string[];
  /** Number of those events (`events.length`, without listing them). */
  count: number;
  /** Number of distinct actors met. */
  degree: number;
  /** Sum of the weights of the actor's edges (meetings counted once per partner). */
  strength: number;
}

export interface GraphEdge {
  /** `source~target`, the two actor ids in code-point order (ids never contain `~`). */
  id: string;
  source: string;
  target: string;
  /** Ids of the shared events, in time order; `weight` is their number. */
  readonly events: string[];
  weight: number;
}

export interface Graph {
  /** Most connected first: by degree, then strength, then number of events, then id. */
  nodes: GraphNode[];
  /** Heaviest first, then by id. */
  edges: GraphEdge[];
  node: Map<string, GraphNode>;
  edge: Map<string, GraphEdge>;
  /** Each actor's partners, with the weight of the edge to each. */
  neighbours: Map<string, Map<string, number>>;
  /** Each actor's counterparts in talks held through mediators (no edge), with the number of such events. */
  through: Map<string, Map<string, number>>;
  /** The events the graph was built from (after the window), in time order. */
  events: TimelineEvent[];
}

export interface DateWindow {
  from: string | null;
  to: string | null;
}

export const edgeId = (a: string, b: string): string => (a < b ? `${a}~${b}` : `${b}~${a}`);

/** Distinct actor ids of an event, in the order they are listed. */
export const participantsOf = (e: TimelineEvent): string[] => [...new Set(e.participants.map((p) => p.actor))];

export function buildGraph(events: readonly TimelineEvent[], actors: ReadonlyMap<string, Actor>, window: DateWindow = { from: null, to: null }): Graph {
  const span = dayWindow(window.from, window.to);
  const index = indexEvents(window.from || window.to ? events.filter((e) => overlaps(e.date.earliest, e.date.latest, span)) : events, actors);
  return graphOf(index, index.events);
}

/**
 * The graph of a subset of indexed events (the filtered ones). Events the index does not know
 * are not skipped: the subset is then indexed on its own, which gives the same graph, slower.
 */
export function graphOf(index: EventIndex, subset: readonly TimelineEvent[]): Graph {
  const kept = positionsIn(index, subset);
  if (!kept) return graphOf(indexEvents(subset, new Map(index.actors.map((id, a) => [id, { side: index.sides[a] } as Actor]))), subset);
  const n = index.actors.length;
  const counts = new Int32Array(n);
  // Pair weights under one integer key, low × n + high: a dense matrix for the few dozen to few
  // hundred actors of real data (up to 512: 1 MB), a map beyond that.
  const dense = n <= 512 ? new Int32Array(n * n) : null;
  const sparse = dense ? null : new Map<number, number>();
  const mediated = new Map<number, number>();
  const viaMediators = (key: number) => mediated.set(key, (mediated.get(key) ?? 0) + 1);
  if (dense) countPairs(index, kept, counts, (key) => dense[key]++, viaMediators);
  else countPairs(index, kept, counts, (key) => sparse!.set(key, (sparse!.get(key) ?? 0) + 1), viaMediators);

  const nodes: GraphNode[] = [];
  const node = new Map<string, GraphNode>();
  const byNumber: (Node | undefined)[] = [];
  for (let a = 0; a < n; a++) {
    if (!counts[a]) continue;
    const x = new Node(index.actors[a], index.sides[a], counts[a], () => listEvents(index, kept, a, -1));
    byNumber[a] = x;
    nodes.push(x);
    node.set(x.id, x);
  }
  // Plain loops, no destructuring: on the first filter changes this code has not been optimised
  // yet, and iterator-based syntax is what costs most in the engine's interpreter.
  const edges: GraphEdge[] = [];
  const add = (key: number, weight: number) => {
    const a = Math.floor(key / n);
    const b = key - a * n;
    const u = byNumber[a]!;
    const v = byNumber[b]!;
    edges.push(u.id < v.id ? new Edge(u.id, v.id, weight, () => listEvents(index, kept, a, b)) : new Edge(v.id, u.id, weight, () => listEvents(index, kept, a, b)));
    u.meet(v.id, weight);
    v.meet(u.id, weight);
  };
  if (dense) {
    for (let key = 0; key < dense.length; key++) if (dense[key]) add(key, dense[key]);
  } else for (const [key, weight] of sparse!) add(key, weight);

  const edge = new Map<string, GraphEdge>();
  for (const g of edges) edge.set(g.id, g);
  const neighbours = new Map<string, Map<string, number>>();
  for (const x of byNumber) if (x?.partners.size) neighbours.set(x.id, x.partners);
  const through = new Map<string, Map<string, number>>();
  for (const [key, weight] of mediated) {
    const [a, b] = [index.actors[Math.floor(key / n)], index.actors[key % n]];
    (through.get(a) ?? through.set(a, new Map()).get(a)!).set(b, weight);
    (through.get(b) ?? through.set(b, new Map()).get(b)!).set(a, weight);
  }
  nodes.sort(byConnection);
  edges.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  const events: TimelineEvent[] = new Array(kept.length);
  for (let k = 0; k < kept.length; k++) events[k] = index.events[kept[k]];
  return { nodes, edges, node, edge, neighbours, through, events };
}

/**
 * Counts each actor's events, and calls `pair` with the key of every pair that met in an event,
 * `mediated` with that of every pair that talked through mediators (met.ts).
 */
function countPairs(index: EventIndex, kept: Int32Array, counts: Int32Array, pair: (key: number) => void, mediated: (key: number) => void): void {
  const { starts, members, how, met } = index;
  const n = index.actors.length;
  for (let k = 0; k < kept.length; k++) {
    const s = starts[kept[k]];
    const t = starts[kept[k] + 1];
    const together = met[kept[k]] === 1;
    for (let i = s; i < t; i++) {
      const a = members[i];
      counts[a]++;
      if (!together) continue;
      for (let j = i + 1; j < t; j++) {
        const b = members[j];
        const kind = pairKind(true, how[i], how[j]);
        if (kind === 1) pair(a < b ? a * n + b : b * n + a);
        else mediated(a < b ? a * n + b : b * n + a);
      }
    }
  }
}

/** Ids of the kept events with actor `a`, or (with `b`, not -1) where `a` and `b` met, in time order. */
function listEvents(index: EventIndex, kept: Int32Array, a: number, b: number): string[] {
  const { starts, members, how, met, events } = index;
  const out: string[] = [];
  for (let k = 0; k < kept.length; k++) {
    const p = kept[k];
    let i = -1;
    let j = -1;
    for (let m = starts[p]; m < starts[p + 1]; m++) {
      if (members[m] === a) i = m;
      else if (members[m] === b) j = m;
    }
    if (i >= 0 && (b < 0 || (j >= 0 && pairKind(met[p] === 1, how[i], how[j]) === 1))) out.push(events[p].id);
  }
  return out;
}

/** A node whose event list is made on first read; private fields keep it out of equality checks. */
class Node implements GraphNode {
  degree = 0;
  strength = 0;
  #events: string[] | null = null;
  #list: () => string[];
  #partners = new Map<string, number>();
  constructor(
    readonly id: string,
    readonly side: Side,
    readonly count: number,
    list: () => string[],
  ) {
    this.#list = list;
  }
  get events(): string[] {
    return (this.#events ??= this.#list());
  }
  get partners(): Map<string, number> {
    return this.#partners;
  }
  meet(other: string, weight: number): void {
    this.degree++;
    this.strength += weight;
    this.#partners.set(other, weight);
  }
}

class Edge implements GraphEdge {
  readonly id: string;
  #events: string[] | null = null;
  #list: () => string[];
  constructor(
    readonly source: string,
    readonly target: string,
    readonly weight: number,
    list: () => string[],
  ) {
    this.id = `${source}~${target}`;
    this.#list = list;
  }
  get events(): string[] {
    return (this.#events ??= this.#list());
  }
}

/** Most connected first; ties broken by id so the order never depends on the input order. */
export function byConnection(a: GraphNode, b: GraphNode): number {
  return b.degree - a.degree || b.strength - a.strength || b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Partners of an actor (whom they met, or with `through`, talked with through mediators), most shared events first, then by id. */
export function partnersOf(graph: Graph, id: string, through = false): { id: string; weight: number }[] {
  return [...((through ? graph.through : graph.neighbours).get(id) ?? [])]
    .map(([other, weight]) => ({ id: other, weight }))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
}

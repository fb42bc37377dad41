/**
 * Who met whom: the actor graph of a set of events. Pure (no Svelte, no DOM), so the network
 * view, tests and any export derive the same graph from the same events.
 *
 * A node is an actor who took part in at least one of the events; an edge joins two actors who
 * took part in the same event, weighted by how many such events they share. An event with one
 * participant (a statement) adds to that actor's count but makes no edge. The optional window
 * uses the shared filter's overlap rule (`matcher`), so "in the window" means the same thing
 * here as in every other view.
 */
import { matcher, NO_FILTERS } from '../data/filter';
import type { Actor, Side, TimelineEvent } from '../data/types';

export interface GraphNode {
  id: string;
  side: Side;
  /** Ids of the actor's events in the set, in time order. */
  events: string[];
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
  events: string[];
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
  const inWindow = window.from || window.to ? matcher({ ...NO_FILTERS, from: window.from, to: window.to }, null) : () => true;
  const kept = [...events].filter(inWindow).sort((a, b) => a.order - b.order);
  const node = new Map<string, GraphNode>();
  const edge = new Map<string, GraphEdge>();
  const neighbours = new Map<string, Map<string, number>>();

  for (const e of kept) {
    const ids = participantsOf(e);
    for (const id of ids) {
      let n = node.get(id);
      if (!n) node.set(id, (n = { id, side: actors.get(id)?.side ?? 'other', events: [], degree: 0, strength: 0 }));
      n.events.push(e.id);
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [source, target] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
        const id = `${source}~${target}`;
        let g = edge.get(id);
        if (!g) edge.set(id, (g = { id, source, target, events: [], weight: 0 }));
        g.events.push(e.id);
        g.weight++;
      }
    }
  }

  for (const g of edge.values()) {
    for (const [a, b] of [[g.source, g.target], [g.target, g.source]]) {
      let m = neighbours.get(a);
      if (!m) neighbours.set(a, (m = new Map()));
      m.set(b, g.weight);
      const n = node.get(a)!;
      n.degree++;
      n.strength += g.weight;
    }
  }

  const nodes = [...node.values()].sort(byConnection);
  const edges = [...edge.values()].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  return { nodes, edges, node, edge, neighbours, events: kept };
}

/** Most connected first; ties broken by id so the order never depends on the input order. */
export function byConnection(a: GraphNode, b: GraphNode): number {
  return b.degree - a.degree || b.strength - a.strength || b.events.length - a.events.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Partners of an actor, most shared events first, then by id. */
export function partnersOf(graph: Graph, id: string): { id: string; weight: number }[] {
  return [...(graph.neighbours.get(id) ?? [])]
    .map(([other, weight]) => ({ id: other, weight }))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
}

/**
 * What the layers draw, in screen pixels: the visible actors (those in the current graph),
 * the edges between them, and in bipartite mode the events and their participation links.
 * Pure: the graph, the kept positions and the view's scales in, plain objects out.
 */
import type { Side } from '../data/types';
import type { Graph } from './graph';
import type { Positions } from './layout';
import type { Disc, Segment } from './nearest';

export interface SceneActor extends Disc {
  kind: 'actor';
  /** Unique among actors and events: `a:` or `e:` plus the id. */
  key: string;
  id: string;
  side: Side;
  count: number;
  degree: number;
}
export interface SceneEvent extends Disc {
  kind: 'event';
  key: string;
  id: string;
  actors: string[];
}
export type SceneItem = SceneActor | SceneEvent;
export interface SceneEdge extends Segment {
  id: string;
  source: string;
  target: string;
  weight: number;
  width: number;
}
export interface SceneLink extends Segment {
  event: string;
  actor: string;
}
export interface Scene {
  /**
   * In id order: a stable order means filtering never moves an existing node's element in the
   * DOM (which would restart its entry animation); the layout keeps nodes from overlapping.
   */
  actors: SceneActor[];
  events: SceneEvent[];
  edges: SceneEdge[];
  links: SceneLink[];
}

export interface SceneScales {
  x: (v: number) => number;
  y: (v: number) => number;
  /** Node radius for a number of events. */
  r: (count: number) => number;
  /** Edge width for a number of shared events. */
  w: (weight: number) => number;
  eventR: number;
}

export function buildScene(graph: Graph, positions: Positions, eventPositions: Positions | null, s: SceneScales): Scene {
  const actors: SceneActor[] = [];
  const at = new Map<string, { x: number; y: number }>();
  for (const n of graph.nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const x = s.x(p.x);
    const y = s.y(p.y);
    at.set(n.id, { x, y });
    actors.push({ kind: 'actor', key: `a:${n.id}`, id: n.id, side: n.side, x, y, r: s.r(n.count), count: n.count, degree: n.degree });
  }
  actors.sort((a, b) => (a.id < b.id ? -1 : 1));

  const edges: SceneEdge[] = [];
  for (const e of graph.edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (a && b) edges.push({ id: e.id, source: e.source, target: e.target, weight: e.weight, width: s.w(e.weight), x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }

  const events: SceneEvent[] = [];
  const links: SceneLink[] = [];
  if (eventPositions) {
    for (const e of graph.events) {
      const p = eventPositions.get(e.id);
      if (!p) continue;
      const x = s.x(p.x);
      const y = s.y(p.y);
      const ids = [...new Set(e.participants.map((q) => q.actor))].filter((id) => at.has(id));
      events.push({ kind: 'event', key: `e:${e.id}`, id: e.id, actors: ids, x, y, r: s.eventR });
      for (const id of ids) links.push({ event: e.id, actor: id, x1: x, y1: y, x2: at.get(id)!.x, y2: at.get(id)!.y });
    }
  }
  return { actors, events, edges, links };
}

/** What the reader points at or has focused: it and what it touches are drawn strong. */
export type Focus = { kind: 'actor' | 'event' | 'edge'; id: string };

/** Actors drawn strong for a focus: an actor and its partners, an event's participants, an edge's two ends. */
export function litActors(focus: Focus | null, scene: Scene, neighbours: ReadonlyMap<string, ReadonlyMap<string, number>>): Set<string> | null {
  if (!focus) return null;
  if (focus.kind === 'actor') return new Set([focus.id, ...(neighbours.get(focus.id)?.keys() ?? [])]);
  if (focus.kind === 'event') return new Set(scene.events.find((e) => e.id === focus.id)?.actors ?? []);
  const edge = scene.edges.find((e) => e.id === focus.id);
  return new Set(edge ? [edge.source, edge.target] : []);
}

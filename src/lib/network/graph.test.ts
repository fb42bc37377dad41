import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../data/load';
import type { Actor, TimelineEvent } from '../data/types';
import { buildGraph, edgeId, graphOf, partnersOf, type DateWindow } from './graph';
import { indexEvents } from './event-index';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8')));

/** A compact view of a graph: "id:count/degree" per node and "a~b:weight" per edge, in the graph's order. */
const shape = (events: readonly TimelineEvent[], window?: DateWindow, actors: ReadonlyMap<string, Actor> = dataset.actors) => {
  const g = buildGraph(events, actors, window);
  return {
    nodes: g.nodes.map((n) => `${n.id}:${n.events.length}/${n.degree}`),
    edges: g.edges.map((e) => `${e.id}:${e.weight}`),
  };
};

const DAY = 86_400_000;
/** A minimal meeting on one day, enough for the graph (which reads ids, order, type, dates, participants). */
function ev(id: string, order: number, day: string, actors: string[], type = 'meeting'): TimelineEvent {
  const earliest = Date.parse(`${day}T00:00:00Z`);
  return {
    id,
    order,
    type,
    date: { earliest, latest: earliest + DAY, precision: 'day', interval: false, uncertain: false, approximate: false },
    participants: actors.map((actor) => ({ actor, role: 'participant' })),
    sides: [],
  } as unknown as TimelineEvent;
}

describe('buildGraph(events, actors, window)', () => {
  it.each<[string, DateWindow | undefined, string[], string[]]>([
    [
      'the whole fixture',
      undefined,
      ['rustem-umerov:3/2', 'steve-witkoff:3/2', 'hakan-fidan:2/1', 'vladimir-putin:2/1'],
      ['hakan-fidan~rustem-umerov:2', 'steve-witkoff~vladimir-putin:2', 'rustem-umerov~steve-witkoff:1'],
    ],
    [
      'a window of early December',
      { from: '2025-12-01', to: '2025-12-04' },
      ['steve-witkoff:2/2', 'rustem-umerov:1/1', 'vladimir-putin:1/1'],
      ['rustem-umerov~steve-witkoff:1', 'steve-witkoff~vladimir-putin:1'],
    ],
    ['a window touching a month-precision event', { from: '2025-06-30', to: '2025-06-30' }, ['hakan-fidan:1/1', 'rustem-umerov:1/1'], ['hakan-fidan~rustem-umerov:1']],
    ['an open-ended window', { from: '2025-07-01', to: null }, ['steve-witkoff:2/2', 'rustem-umerov:1/1', 'vladimir-putin:1/1'], ['rustem-umerov~steve-witkoff:1', 'steve-witkoff~vladimir-putin:1']],
    ['a window with no events', { from: '2024-01-01', to: '2024-12-31' }, [], []],
  ])('%s', (_name, window, nodes, edges) => {
    expect(shape(dataset.events, window)).toEqual({ nodes, edges });
  });

  it.each<[string, TimelineEvent[], string[], string[]]>([
    ['no events', [], [], []],
    ['one participant: a node, no edge', [ev('s', 0, '2025-01-01', ['a'])], ['a:1/0'], []],
    ['a participant listed twice counts once', [ev('m', 0, '2025-01-01', ['a', 'b', 'a'])], ['a:1/1', 'b:1/1'], ['a~b:1']],
    ['three participants make a triangle', [ev('m', 0, '2025-01-01', ['c', 'a', 'b'])], ['a:1/2', 'b:1/2', 'c:1/2'], ['a~b:1', 'a~c:1', 'b~c:1']],
    [
      'weights add up over events',
      [ev('m1', 0, '2025-01-01', ['a', 'b']), ev('m2', 1, '2025-01-02', ['b', 'a']), ev('m3', 2, '2025-01-03', ['a', 'c'])],
      ['a:3/2', 'b:2/1', 'c:1/1'],
      ['a~b:2', 'a~c:1'],
    ],
  ])('%s', (_name, events, nodes, edges) => {
    expect(shape(events, undefined, new Map())).toEqual({ nodes, edges });
  });

  it('keeps events and shared events in time order, whatever the input order', () => {
    const events = [ev('late', 1, '2025-02-01', ['a', 'b']), ev('early', 0, '2025-01-01', ['b', 'a'])];
    const g = buildGraph(events, new Map());
    expect(g.events.map((e) => e.id)).toEqual(['early', 'late']);
    expect(g.edge.get(edgeId('b', 'a'))!.events).toEqual(['early', 'late']);
    expect(g.node.get('a')!.events).toEqual(['early', 'late']);
    expect(buildGraph([...events].reverse(), new Map()).nodes).toEqual(g.nodes);
  });

  it('takes the side from the actor, and "other" for an actor it does not know', () => {
    const g = buildGraph([...dataset.events, ev('x', 99, '2025-01-01', ['nobody', 'hakan-fidan'])], dataset.actors);
    expect(g.node.get('hakan-fidan')!.side).toBe('mediator');
    expect(g.node.get('nobody')!.side).toBe('other');
  });

  it('lists partners, most shared events first', () => {
    const g = buildGraph(dataset.events, dataset.actors);
    expect(partnersOf(g, 'steve-witkoff')).toEqual([
      { id: 'vladimir-putin', weight: 2 },
      { id: 'rustem-umerov', weight: 1 },
    ]);
    expect(partnersOf(g, 'nobody')).toEqual([]);
  });
});

describe('graphOf(index, subset)', () => {
  const events = [ev('m1', 0, '2025-01-01', ['a', 'b']), ev('m2', 1, '2025-01-02', ['b', 'a', 'c']), ev('s', 2, '2025-01-03', ['c']), ev('m3', 3, '2025-01-04', ['c', 'd'])];
  const index = indexEvents(events, new Map());
  const compact = (g: ReturnType<typeof buildGraph>) => ({
    nodes: g.nodes.map((n) => `${n.id}:${n.count}/${n.degree}/${n.strength}`),
    edges: g.edges.map((e) => `${e.id}:${e.weight}`),
    events: g.events.map((e) => e.id),
    neighbours: [...g.neighbours].map(([id, m]) => `${id}>${[...m].map(([o, w]) => `${o}:${w}`).sort().join(',')}`).sort(),
  });
  it.each<[string, TimelineEvent[]]>([
    ['all events', events],
    ['a subset in time order', [events[1], events[3]]],
    ['a subset in another order', [events[3], events[0], events[2]]],
    ['one statement', [events[2]]],
    ['nothing', []],
    ['events the index does not know', [ev('x', 9, '2025-02-01', ['a', 'z']), events[0]]],
  ])('%s: the graph buildGraph makes of the same events', (_name, subset) => {
    expect(compact(graphOf(index, subset))).toEqual(compact(buildGraph(subset, new Map())));
  });

  it('lists the events of a node or an edge when asked, in time order', () => {
    const g = graphOf(index, [events[3], events[1], events[0]]);
    expect(g.node.get('a')!.events).toEqual(['m1', 'm2']);
    expect(g.node.get('c')!.events).toEqual(['m2', 'm3']);
    expect(g.node.get('c')!.count).toBe(2);
    expect(g.edge.get('a~b')!.events).toEqual(['m1', 'm2']);
    expect(g.edge.get('c~d')!.events).toEqual(['m3']);
  });
});

describe('buildGraph links only those who met (tests/fixtures/mediated.json)', () => {
  const mediated = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mediated.json', 'utf8'))).dataset;
  const g = buildGraph(mediated.events, mediated.actors);

  it('links parties of proximity talks to the host and mediator, not to each other; a statement and a published plan link nobody', () => {
    expect(g.edges.map((e) => `${e.id}:${e.weight}`)).toEqual([
      'mediator~north-envoy:2',
      'host-minister~mediator:1',
      'host-minister~north-envoy:2',
      'host-minister~south-envoy:2',
      'mediator~south-envoy:1',
      'north-envoy~south-envoy:1',
    ].sort((a, b) => Number(b.split(':')[1]) - Number(a.split(':')[1]) || (a < b ? -1 : 1)));
    // North and South met once, face to face: the proximity round and their two statements are not meetings.
    expect(g.edge.get('north-envoy~south-envoy')!.events).toEqual(['direct-meeting']);
    expect(g.edge.get('mediator~south-envoy')!.events).toEqual(['proximity-round']);
  });

  it('lists the parties who talked through mediators apart, with the number of such events', () => {
    expect(partnersOf(g, 'north-envoy', true)).toEqual([{ id: 'south-envoy', weight: 1 }]);
    expect(partnersOf(g, 'south-envoy', true)).toEqual([{ id: 'north-envoy', weight: 1 }]);
    expect(partnersOf(g, 'mediator', true)).toEqual([]);
  });

  it('still counts every event for each of its actors', () => {
    expect(g.node.get('south-envoy')!.events).toEqual(['proximity-round', 'rival-statements', 'plan-shared', 'direct-meeting']);
    expect(g.node.get('mediator')!.degree).toBe(3);
  });

  it('gives the same graph from the dataset\'s filter columns as from the events', async () => {
    const { buildColumns } = await import('../data/columns');
    const { indexFromColumns } = await import('./event-index');
    const fromColumns = graphOf(indexFromColumns(mediated.events, buildColumns(mediated), mediated.actors), mediated.events);
    expect(fromColumns.edges.map((e) => `${e.id}:${e.weight}`)).toEqual(g.edges.map((e) => `${e.id}:${e.weight}`));
    expect([...fromColumns.through.get('north-envoy')!]).toEqual([['south-envoy', 1]]);
  });

  it('merges an actor listed twice: indirect only if every listing is, a mediator if any is', () => {
    const twice = (flags: [boolean, string][]) =>
      ({ ...ev('t', 0, '2025-01-01', []), participants: [{ actor: 'x', role: 'participant', indirect: true }, ...flags.map(([indirect, role]) => ({ actor: 'y', role, indirect }))] }) as unknown as TimelineEvent;
    expect(buildGraph([twice([[true, 'participant'], [false, 'speaker']])], new Map()).edges).toHaveLength(0);
    expect(buildGraph([twice([[true, 'participant'], [true, 'mediator']])], new Map()).edges.map((e) => e.id)).toEqual(['x~y']);
  });
});

import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../data/load';
import { buildGraph } from './graph';
import { buildScene, type SceneScales } from './scene';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8')));
const positions = new Map([
  ['steve-witkoff', { x: 0, y: 0 }],
  ['vladimir-putin', { x: 10, y: 0 }],
  ['rustem-umerov', { x: 0, y: 10 }],
  ['hakan-fidan', { x: 10, y: 10 }],
]);
const scales: SceneScales = { x: (v) => v * 2, y: (v) => v * 3, r: (n) => n, w: (n) => n / 2, eventR: 1 };

describe('buildScene(graph, positions, eventPositions, scales)', () => {
  it.each<[string, { from: string | null; to: string | null }, string[], string[]]>([
    ['everything', { from: null, to: null }, ['a:hakan-fidan', 'a:rustem-umerov', 'a:steve-witkoff', 'a:vladimir-putin'], ['hakan-fidan~rustem-umerov', 'steve-witkoff~vladimir-putin', 'rustem-umerov~steve-witkoff']],
    ['a window: only the actors in it and edges between them', { from: '2025-12-01', to: '2025-12-02' }, ['a:steve-witkoff', 'a:vladimir-putin'], ['steve-witkoff~vladimir-putin']],
  ])('%s', (_name, window, actors, edges) => {
    const scene = buildScene(buildGraph(dataset.events, dataset.actors, window), positions, null, scales);
    expect(scene.actors.map((a) => a.key)).toEqual(actors);
    expect(scene.edges.map((e) => e.id)).toEqual(edges);
    expect(scene.events).toEqual([]);
  });

  it('maps positions and sizes through the scales', () => {
    const scene = buildScene(buildGraph(dataset.events, dataset.actors), positions, null, scales);
    expect(scene.actors.find((a) => a.id === 'vladimir-putin')).toMatchObject({ x: 20, y: 0, r: 2, count: 2, degree: 1, side: 'russia' });
    expect(scene.edges.find((e) => e.id === 'steve-witkoff~vladimir-putin')).toMatchObject({ x1: 0, y1: 0, x2: 20, y2: 0, width: 1 });
  });

  it('leaves out actors without a position', () => {
    const partial = new Map([...positions].filter(([id]) => id !== 'hakan-fidan'));
    const scene = buildScene(buildGraph(dataset.events, dataset.actors), partial, null, scales);
    expect(scene.actors.map((a) => a.id)).not.toContain('hakan-fidan');
    expect(scene.edges.map((e) => e.id)).not.toContain('hakan-fidan~rustem-umerov');
  });

  it('adds events and one link per participant in bipartite mode', () => {
    const events = new Map([['moscow-meeting', { x: 5, y: 0 }]]);
    const scene = buildScene(buildGraph(dataset.events, dataset.actors), positions, events, scales);
    expect(scene.events).toEqual([{ kind: 'event', key: 'e:moscow-meeting', id: 'moscow-meeting', actors: ['steve-witkoff', 'vladimir-putin'], x: 10, y: 0, r: 1 }]);
    expect(scene.links.map((l) => `${l.event}>${l.actor}`)).toEqual(['moscow-meeting>steve-witkoff', 'moscow-meeting>vladimir-putin']);
  });
});

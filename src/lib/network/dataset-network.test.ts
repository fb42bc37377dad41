import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../data/load';
import { buildGraph } from './graph';
import { datasetNetwork, settledLayout } from './dataset-network';
import { layout } from './layout';

const read = () => loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'))).dataset;

describe('datasetNetwork(dataset)', () => {
  it('is the graph of all events, its largest count and weight, and one sized node per actor', () => {
    const dataset = read();
    const net = datasetNetwork(dataset);
    const graph = buildGraph(dataset.events, dataset.actors);
    expect(net.full.nodes.map((n) => [n.id, n.count, n.degree])).toEqual(graph.nodes.map((n) => [n.id, n.events.length, n.degree]));
    expect(net.maxCount).toBe(Math.max(...graph.nodes.map((n) => n.events.length)));
    expect(net.maxWeight).toBe(Math.max(...graph.edges.map((e) => e.weight)));
    expect(net.nodes.map((n) => n.id)).toEqual([...dataset.actors.keys()]);
    expect(Math.max(...net.nodes.map((n) => n.radius))).toBe(12);
  });

  it('is computed once per dataset object', () => {
    const dataset = read();
    expect(datasetNetwork(dataset)).toBe(datasetNetwork(dataset));
    expect(datasetNetwork(read())).not.toBe(datasetNetwork(dataset));
  });
});

describe('settledLayout(dataset)', () => {
  it('is the seeded layout of every actor, kept for the dataset', () => {
    const dataset = read();
    const { nodes, full } = datasetNetwork(dataset);
    const positions = settledLayout(dataset)!;
    expect(positions).toEqual(layout(nodes, full.edges));
    expect(settledLayout(dataset)).toBe(positions);
    expect(settledLayout(read())).toEqual(positions);
  });
});

import { describe, expect, it } from 'vitest';
import { syntheticDataset } from './synthetic';
import { loadDataset } from '../../src/lib/data/load';

describe('syntheticDataset(n, seed)', () => {
  it('is valid, marked synthetic, and of the requested size', () => {
    const { dataset, problems, counts } = loadDataset(syntheticDataset(1000, 7));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(counts.accepted).toBe(1000);
    expect(dataset.meta.synthetic).toBe(true);
    expect(dataset.actors.size).toBe(40);
    expect(dataset.places.size).toBe(15);
  });
  it('is the same for the same seed and different for another', () => {
    expect(syntheticDataset(50, 1)).toEqual(syntheticDataset(50, 1));
    expect(syntheticDataset(50, 1).events).not.toEqual(syntheticDataset(50, 2).events);
  });
});

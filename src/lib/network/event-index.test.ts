import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../data/types';
import { readFileSync } from 'node:fs';
import { syntheticDataset } from '../../../scripts/bench/synthetic';
import { buildColumns } from '../data/columns';
import { loadDataset } from '../data/load';
import { indexEvents, indexFromColumns, inTimeOrder, positionsIn } from './event-index';

/** A minimal event: what the index reads (id, order, participants). */
const ev = (id: string, order: number, actors: string[]) => ({ id, order, participants: actors.map((actor) => ({ actor, role: 'participant' })) }) as unknown as TimelineEvent;

const a = ev('a', 0, ['x', 'y']);
const b = ev('b', 1, ['y', 'z', 'y']);
const c = ev('c', 2, ['z']);
const d = ev('d', 3, []);

describe('inTimeOrder(events)', () => {
  it.each<[string, TimelineEvent[], string[]]>([
    ['none', [], []],
    ['already in order', [a, b, c], ['a', 'b', 'c']],
    ['reversed', [c, b, a], ['a', 'b', 'c']],
    ['one out of place', [a, c, b, d], ['a', 'b', 'c', 'd']],
  ])('%s', (_name, events, ids) => {
    const sorted = inTimeOrder(events);
    expect(sorted.map((e) => e.id)).toEqual(ids);
    expect(sorted).not.toBe(events);
  });
});

describe('indexEvents(events, actors)', () => {
  it('numbers actors as first met and lists each event’s distinct actors', () => {
    const index = indexEvents([c, a, b, d], new Map([['y', { side: 'us' }]]) as never);
    expect(index.events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(index.actors).toEqual(['x', 'y', 'z']);
    expect(index.sides).toEqual(['other', 'us', 'other']);
    expect([...index.starts]).toEqual([0, 2, 4, 5, 5]);
    expect([...index.members]).toEqual([0, 1, 1, 2, 2]);
    expect(index.position().get(c)).toBe(2);
  });

  it('trusts the order it is told is already the time order', () => {
    expect(indexEvents([c, a], new Map(), true).events.map((e) => e.id)).toEqual(['c', 'a']);
  });
});

describe('positionsIn(index, subset)', () => {
  const index = indexEvents([a, b, c, d], new Map());
  it.each<[string, TimelineEvent[], number[] | null]>([
    ['all of them', [a, b, c, d], [0, 1, 2, 3]],
    ['a subset in time order', [b, d], [1, 3]],
    ['a subset in another order', [d, a, c], [0, 2, 3]],
    ['an event listed twice', [c, a, c], [0, 2]],
    ['nothing', [], []],
    ['an event the index does not know', [a, ev('a', 0, ['x', 'y'])], null],
  ])('%s', (_name, subset, positions) => {
    const got = positionsIn(index, subset);
    expect(got && [...got]).toEqual(positions);
  });
});

describe('indexFromColumns(events, columns, actors)', () => {
  const talassa = loadDataset(JSON.parse(readFileSync('tests/fixtures/talassa.json', 'utf8'))).dataset;
  // Synthetic events, every seventh listing its first actor again at the end (in another role).
  const json = syntheticDataset(600, 7);
  json.events.forEach((e, i) => {
    if (i % 7 === 0) e.participants.push({ ...e.participants[0], role: 'participant' });
  });
  const synthetic = loadDataset(json).dataset;
  it.each([
    ['a fixture of another process, seven sides', talassa],
    ['a synthetic dataset with actors listed twice', synthetic],
  ])('%s: the same index as indexEvents', (_name, dataset) => {
    const expected = indexEvents(dataset.events, dataset.actors, true);
    const got = indexFromColumns(dataset.events, buildColumns(dataset), dataset.actors);
    expect(got.events).toEqual(expected.events);
    expect(got.actors).toEqual(expected.actors);
    expect(got.sides).toEqual(expected.sides);
    expect([...got.starts]).toEqual([...expected.starts]);
    expect([...got.members]).toEqual([...expected.members]);
    expect(got.position().get(dataset.events[5])).toBe(5);
  });

  it('has the synthetic duplicates to test (each counted once)', () => {
    const e = synthetic.events.find((x) => x.participants.length > new Set(x.participants.map((p) => p.actor)).size)!;
    const index = indexFromColumns(synthetic.events, buildColumns(synthetic), synthetic.actors);
    const p = synthetic.events.indexOf(e);
    expect(index.starts[p + 1] - index.starts[p]).toBe(e.participants.length - 1);
  });
});

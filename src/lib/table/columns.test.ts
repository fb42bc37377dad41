import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../data/load';
import { COLUMNS, sortKeyFor, type ColumnKey } from './columns';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8')));
const labels = {
  text: (m: Record<string, string> | undefined) => ({ text: m?.en ?? '' }),
  t: (key: string) => `label:${key}`,
  placeName: (id: string) => dataset.places.get(id)!.name.en,
};
const miami = dataset.events.find((e) => e.id === 'miami-talks')!;

describe('sortKeyFor(column, labels)', () => {
  it.each<[ColumnKey, string | number]>([
    ['date', miami.order],
    ['title', miami.title.en],
    ['type', 'label:type.talks-round'],
    ['place', 'Miami'],
    ['participants', 2],
    ['sources', miami.evidence.length],
  ])('%s sorts by %j', (column, expected) => {
    expect(sortKeyFor(column, labels)(miami)).toBe(expected);
  });

  it('has a key for every column', () => {
    for (const c of COLUMNS) expect(typeof sortKeyFor(c.key, labels)(miami)).toMatch(/string|number/);
  });
});

/**
 * The bundled dataset's aliases and spellings are searchable: the spellings readers of its
 * process type (Kiev, Zelenskiy, cease-fire). A data test: the search itself is tested on a
 * fixture in src/lib/data/filter.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../../src/lib/data/load';
import { filterEvents, NO_FILTERS } from '../../src/lib/data/filter';

describe('search finds common spelling variants of the bundled data', () => {
  const bundled = loadDataset(JSON.parse(fs.readFileSync('data/peace-talks.json', 'utf8'))).dataset;
  const found = (q: string) => filterEvents(bundled, { ...NO_FILTERS, q }).map((e) => e.id);
  const inKyiv = bundled.events.filter((e) => e.place === 'kyiv').map((e) => e.id);
  const withZelensky = bundled.events.filter((e) => e.participants.some((p) => p.actor === 'volodymyr-zelensky')).map((e) => e.id);
  it.each([
    ['Kiev (a place alias)', 'Kiev', inKyiv],
    ['Zelenskiy (an actor alias)', 'Zelenskiy', withZelensky],
    ['cease-fire (hyphen)', 'cease-fire', found('ceasefire')],
    ['cease fire (space)', 'cease fire', found('ceasefire')],
  ])('%s', (_, q, expected) => {
    expect(expected.length).toBeGreaterThan(0);
    expect(found(q)).toEqual(expect.arrayContaining(expected));
  });
});

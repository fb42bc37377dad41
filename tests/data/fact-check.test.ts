/**
 * What a fact-check of the bundled data found wrong (issue #27), held fixed: each test fails if
 * its error comes back. Sources: ../shared/sources/peace-talks-2025-facts.md (the fact sheet)
 * and the seed article, data/sources/seed-article-ar.txt.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../../src/lib/data/load';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('data/peace-talks.json', 'utf8')), 'data/peace-talks.json');
const event = (id: string) => {
  const e = dataset.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

describe('data/peace-talks.json after the fact-check', () => {
  it('does not guess a place the sources do not give: Ushakov and the White House official', () => {
    // No source says where they spoke; Moscow and Washington came from a headline.
    for (const id of ['2025-12-02-ushakov-on-kremlin-meeting', '2025-12-04-white-house-official-on-miami-talks']) {
      const place = dataset.places.get(event(id).place);
      expect(place?.unknown, id).toBe(true);
    }
  });
});

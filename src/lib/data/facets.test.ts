import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from './load';
import { buildIndex, filterEvents, NO_FILTERS, type Filters } from './filter';
import { facetCounts, type Facet } from './facets';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8')));
const index = buildIndex(dataset);
const counts = (f: Partial<Filters>, facet: Facet) => Object.fromEntries(facetCounts(dataset.events, { ...NO_FILTERS, ...f }, index)[facet]);

describe('facetCounts(events, filters, index)', () => {
  it.each<[string, Partial<Filters>, Facet, Record<string, number>]>([
    ['actors, unfiltered', {}, 'actors', { 'steve-witkoff': 3, 'rustem-umerov': 3, 'vladimir-putin': 2, 'hakan-fidan': 2 }],
    ['sides, including a side given on the participant', {}, 'sides', { us: 2, ukraine: 3, russia: 2, mediator: 2, other: 1 }],
    ['places, unfiltered', {}, 'places', { miami: 1, moscow: 1, istanbul: 2, 'by-phone': 1 }],
    ['types, unfiltered', {}, 'types', { 'talks-round': 3, meeting: 1, 'phone-call': 1 }],
    ['status, unfiltered', {}, 'status', { occurred: 5 }],
    ['a facet ignores its own choices', { actors: ['vladimir-putin'] }, 'actors', { 'steve-witkoff': 3, 'rustem-umerov': 3, 'vladimir-putin': 2, 'hakan-fidan': 2 }],
    ['other facets apply', { actors: ['vladimir-putin'] }, 'places', { moscow: 1, 'by-phone': 1 }],
    ['both ways at once (places)', { actors: ['vladimir-putin'], places: ['istanbul'] }, 'places', { moscow: 1, 'by-phone': 1 }],
    ['both ways at once (actors)', { actors: ['vladimir-putin'], places: ['istanbul'] }, 'actors', { 'rustem-umerov': 2, 'hakan-fidan': 2 }],
    ['text and dates apply to every facet', { q: 'miami', from: '2025-12-01' }, 'types', { 'talks-round': 1 }],
    ['nothing left, nothing counted', { q: 'no such words' }, 'sides', {}],
  ])('%s', (_name, f, facet, expected) => {
    expect(counts(f, facet)).toEqual(expected);
  });

  it('agrees with the filter: ticking an option alone shows as many events as its count', () => {
    const all = facetCounts(dataset.events, NO_FILTERS, index);
    for (const [id, n] of all.places) {
      expect(filterEvents(dataset, { ...NO_FILTERS, places: [id] })).toHaveLength(n);
    }
  });
});

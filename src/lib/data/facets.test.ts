import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from './load';
import { filterEvents, NO_FILTERS, type Filters } from './filter';
import fc from 'fast-check';
import { FACETS, facetCounts, type Facet } from './facets';
import { EVENT_TYPES, STATUSES } from './vocabulary';
import { syntheticDataset } from '../../../scripts/bench/synthetic';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8')));
const counts = (f: Partial<Filters>, facet: Facet) => Object.fromEntries(facetCounts(dataset, { ...NO_FILTERS, ...f })[facet]);

describe('facetCounts(dataset, filters)', () => {
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
    const all = facetCounts(dataset, NO_FILTERS);
    for (const [id, n] of all.places) {
      expect(filterEvents(dataset, { ...NO_FILTERS, places: [id] })).toHaveLength(n);
    }
  });
});

describe('facetCounts laws (random filters over synthetic data)', () => {
  const synthetic = loadDataset(syntheticDataset(400, 11, 12, 6)).dataset;
  const pick = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 });
  const filtersArb: fc.Arbitrary<Filters> = fc.record({
    actors: pick([...synthetic.actors.keys()]),
    match: fc.constantFrom('any', 'all'),
    series: fc.subarray([...synthetic.series.keys()]),
    sides: pick(synthetic.sides.map((s) => s.id)),
    places: pick([...synthetic.places.keys()]),
    types: pick(EVENT_TYPES),
    status: pick(STATUSES),
    from: fc.option(fc.constantFrom('2020-03-01', '2020-06-15'), { nil: null }),
    to: fc.option(fc.constantFrom('2020-09-01', '2020-12-31'), { nil: null }),
    q: fc.constantFrom('', 'event 1', 'synthetic', 'حدث'),
  });

  // With all of the chosen actors, an actor's count is what adding them to the choice would show.
  it("an option's count is what choosing it alone in its facet would show", () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const counts = facetCounts(synthetic, f);
        const options: Record<Facet, readonly string[]> = {
          actors: [...synthetic.actors.keys()],
          sides: synthetic.sides.map((s) => s.id),
          places: [...synthetic.places.keys()],
          types: EVENT_TYPES,
          status: STATUSES,
        };
        for (const facet of FACETS) {
          for (const option of options[facet]) {
            const chosen = facet === 'actors' && f.match === 'all' ? [...new Set([...f.actors, option])] : [option];
            const shown = filterEvents(synthetic, { ...f, [facet]: chosen }).length;
            expect(counts[facet].get(option) ?? 0, `${facet}=${option}`).toBe(shown);
          }
        }
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});

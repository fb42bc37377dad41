import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/mini.json';
import { loadDataset } from '../data/load';
import { facetSubset, NO_FILTERS, type FacetFilters } from '../data/filter';
import { subsetEvents } from '../data/subset';
import { buildLanes, laneBits } from './lanes';
import { eventTimes, subsetTimes } from './times';
import { sidesIn, typesIn } from './shown';
import { subsetOf } from '../../../tests/unit/helpers/timeline-events';
import { LANE_MODES } from '../state/params';

// The timeline reads a filtered subset's numbers from its dataset's columns by position. Each
// case compares that with the same events standing alone (a dataset of their own, read whole).
const { dataset } = loadDataset(mini);
/** The events alone keep the dataset's sides, in its order. */
const sideIds = dataset.sides.map((d) => d.id);
const cases: [string, Partial<FacetFilters>][] = [
  ['no filter: the dataset itself', {}],
  ['a type', { types: ['meeting'] }],
  ['a side and a word', { sides: ['us'], q: 'istanbul' }],
  ['an actor', { actors: ['vladimir-putin'] }],
];

describe('a facet subset read by position', () => {
  it.each(cases)('%s: times, lanes and lane bits as for its events alone', (_, f) => {
    const s = facetSubset(dataset, { ...NO_FILTERS, ...f });
    const alone = subsetOf(subsetEvents(s), sideIds);
    expect(subsetTimes(eventTimes(dataset.events), s)).toEqual(eventTimes(subsetEvents(s)));
    for (const mode of LANE_MODES) {
      const [here, there] = [buildLanes(s, mode), buildLanes(alone, mode)];
      expect(here.lanes).toEqual(there.lanes);
      expect(laneBits(s, here)).toEqual(Int32Array.from(subsetEvents(s), there.bitsOf));
    }
  });

  it.each(cases)('%s: the types and sides the legend shows', (_, f) => {
    const s = facetSubset(dataset, { ...NO_FILTERS, ...f });
    expect(typesIn(s)).toEqual(typesIn(subsetOf(subsetEvents(s))));
    expect(sidesIn(s)).toEqual(sidesIn(subsetOf(subsetEvents(s), sideIds)));
  });
});

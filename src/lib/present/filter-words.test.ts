import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../data/filter';
import { describeFilters, type FilterWords } from './filter-words';
import en from '../i18n/strings/en/present';

// The English interface's own sentences.
const templates: Record<string, string> = en;
const words: FilterWords = {
  t: (key, vars) => templates[key].replace(/\{(\w+)\}/g, (_, k: string) => vars[k]),
  list: (items) => new Intl.ListFormat('en', { type: 'disjunction' }).format(items),
  all: (items) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
  series: (id) => `series:${id}`,
  actor: (id) => ({ 'rustem-umerov': 'Rustem Umerov', 'steve-witkoff': 'Steve Witkoff' })[id] ?? id,
  place: (id) => id.toUpperCase(),
  side: (s) => `side:${s}`,
  type: (t) => `type:${t}`,
  status: (s) => `status:${s}`,
  day: (d) => `<${d}>`,
};
const f = (partial: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...partial });

describe('describeFilters(filters, words)', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['nothing for no filters', {}, []],
    ['one actor and a start date', { actors: ['rustem-umerov'], from: '2025-12-01' }, ['Actors: Rustem Umerov', 'from <2025-12-01>']],
    ['alternatives within a facet', { actors: ['rustem-umerov', 'steve-witkoff'] }, ['Actors: Rustem Umerov or Steve Witkoff']],
    ['every facet, in a fixed order', { q: ' geneva ', status: ['planned'], types: ['summit'], places: ['miami'], sides: ['us'] }, ['Sides: side:us', 'Places: MIAMI', 'Types: type:summit', 'Status: status:planned', 'Search: “geneva”']],
    ['actors all together, and a series', { actors: ['rustem-umerov', 'steve-witkoff'], match: 'all', series: ['miami'] }, ['Actors, all together: Rustem Umerov and Steve Witkoff', 'Series: series:miami']],
    ['an end date alone', { to: '2026-01-31' }, ['until <2026-01-31>']],
    ['a closed window', { from: '2025-11-01', to: '2025-11-30' }, ['from <2025-11-01> to <2025-11-30>']],
    ['blank search text as no filter', { q: '   ' }, []],
  ])('%s', (_name, filters, phrases) => {
    expect(describeFilters(f(filters), words)).toEqual(phrases);
  });
});

import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from './load';
import { buildIndex, filterEvents, NO_FILTERS, type Filters } from './filter';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8')));
const index = buildIndex(dataset);
const ids = (f: Partial<Filters>) => filterEvents(dataset, { ...NO_FILTERS, ...f }, index).map((e) => e.id);

describe('filterEvents(dataset, filters, index)', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filters', {}, ['call', 'istanbul-1', 'istanbul-2', 'moscow-meeting', 'miami-talks']],
    ['one actor', { actors: ['vladimir-putin'] }, ['call', 'moscow-meeting']],
    ['two actors (either)', { actors: ['vladimir-putin', 'hakan-fidan'] }, ['call', 'istanbul-1', 'istanbul-2', 'moscow-meeting']],
    ['a side', { sides: ['mediator'] }, ['istanbul-1', 'istanbul-2']],
    ['a side given on the participant', { sides: ['other'] }, ['call']],
    ['a place', { places: ['istanbul'] }, ['istanbul-1', 'istanbul-2']],
    ['a type', { types: ['meeting'] }, ['moscow-meeting']],
    ['a status', { status: ['cancelled'] }, []],
    ['a date window', { from: '2025-12-01', to: '2025-12-04' }, ['moscow-meeting', 'miami-talks']],
    ['a window touching a month-precision event', { from: '2025-06-30', to: '2025-06-30' }, ['istanbul-2']],
    ['facets combine', { actors: ['rustem-umerov'], places: ['miami'] }, ['miami-talks']],
    ['English text, any case and accents', { q: 'MOSCÓW' }, ['moscow-meeting']],
    ['Arabic text without hamza', { q: 'اوميروف' }, ['istanbul-1', 'istanbul-2', 'miami-talks']],
    ['an Arabic alias', { q: 'عمروف' }, ['istanbul-1', 'istanbul-2', 'miami-talks']],
    ['a quote with taa marbuta as haa', { q: 'بالغ الفائده' }, ['miami-talks']],
    ['a translation', { q: 'extremely useful' }, ['miami-talks']],
    ['a note', { q: 'not reported' }, ['istanbul-2']],
    ['all words must match', { q: 'witkoff istanbul' }, []],
  ])('%s', (_name, f, expected) => {
    expect(ids(f)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import { loadDataset } from './load';
import { syntheticDataset } from '../../../scripts/bench/synthetic';
import { facetSubset, filterEvents, isFiltered, NO_FILTERS, prepareSearchIndex, queryWords, searchIndex, windowSubset, type Filters } from './filter';
import { dayWindow, overlaps } from './days';
import { subsetEvents } from './subset';
import type { Dataset, TimelineEvent } from './types';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8')));

/** The filter rule written plainly, event object by event object: what the column path must equal. */
function matcher(f: Filters, d: Dataset): (e: TimelineEvent) => boolean {
  const window = dayWindow(f.from, f.to);
  const words = queryWords(f.q);
  const text = words.length ? searchIndex(d).text : [];
  return (e) =>
    (!f.types.length || f.types.includes(e.type)) &&
    (!f.status.length || f.status.includes(e.status)) &&
    (!f.places.length || f.places.includes(e.place)) &&
    overlaps(e.date.earliest, e.date.latest, window) &&
    (!f.sides.length || e.sides.some((s) => f.sides.includes(s))) &&
    (!f.actors.length || (f.match === 'all' ? f.actors.every((a) => e.participants.some((p) => p.actor === a)) : e.participants.some((p) => f.actors.includes(p.actor)))) &&
    (!f.series.length || (!!e.series && f.series.includes(e.series.id))) &&
    words.every((w) => text[e.order].includes(w));
}
const ids = (f: Partial<Filters>) => filterEvents(dataset, { ...NO_FILTERS, ...f }).map((e) => e.id);

describe('filterEvents(dataset, filters)', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filters', {}, ['call', 'istanbul-1', 'istanbul-2', 'moscow-meeting', 'miami-talks']],
    ['one actor', { actors: ['vladimir-putin'] }, ['call', 'moscow-meeting']],
    ['two actors (either)', { actors: ['vladimir-putin', 'hakan-fidan'] }, ['call', 'istanbul-1', 'istanbul-2', 'moscow-meeting']],
    ['two actors, all of them (together)', { actors: ['vladimir-putin', 'steve-witkoff'], match: 'all' }, ['call', 'moscow-meeting']],
    ['three actors, all of them: none had all three', { actors: ['vladimir-putin', 'steve-witkoff', 'rustem-umerov'], match: 'all' }, []],
    ['one actor, all of them: as any', { actors: ['rustem-umerov'], match: 'all' }, ['istanbul-1', 'istanbul-2', 'miami-talks']],
    ['a series', { series: ['istanbul-talks'] }, ['istanbul-1', 'istanbul-2']],
    ['a series and an actor in none of its events', { series: ['istanbul-talks'], actors: ['vladimir-putin'] }, []],
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
    ['words in any order', { q: 'umerov miami' }, ['miami-talks']],
    ['an English alias', { q: 'steven' }, ['call', 'moscow-meeting', 'miami-talks']],
    ['a place name in Arabic', { q: 'إسطنبول' }, ['istanbul-1', 'istanbul-2']],
    ['a pasted quotation mark and comma', { q: '"Umerov", Miami' }, ['miami-talks']],
    ['an Arabic question mark', { q: 'ميامي؟' }, ['miami-talks']],
    ['only spaces is no filter', { q: '   ' }, ['call', 'istanbul-1', 'istanbul-2', 'moscow-meeting', 'miami-talks']],
    ['an open-ended window (from)', { from: '2025-12-03' }, ['miami-talks']],
    ['an open-ended window (to)', { to: '2025-03-18' }, ['call']],
    ['a window that only touches the last day of an interval', { from: '2025-12-06', to: '2025-12-31' }, ['miami-talks']],
    ['a window the day after an interval ends', { from: '2025-12-07' }, []],
    ['two sides (either)', { sides: ['mediator', 'other'] }, ['call', 'istanbul-1', 'istanbul-2']],
    ['two types (either)', { types: ['meeting', 'phone-call'] }, ['call', 'moscow-meeting']],
    ['every facet at once', { actors: ['steve-witkoff'], sides: ['us'], places: ['miami'], types: ['talks-round'], status: ['occurred'], from: '2025-12-01', to: '2025-12-31', q: 'umerov' }, ['miami-talks']],
  ])('%s', (_name, f, expected) => {
    expect(ids(f)).toEqual(expected);
  });
});

describe('prepareSearchIndex(dataset, sliceMs)', () => {
  const fresh = () => loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'))).dataset;

  it('builds, in slices, the same text as a search built at once', async () => {
    // 300 events: a zero-length slice does one batch of 64 per turn of the event loop.
    const d = loadDataset(syntheticDataset(300, 7)).dataset;
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    await prepareSearchIndex(d, 0);
    clearInterval(counting);
    expect(turns).toBeGreaterThan(0);
    const atOnce = loadDataset(syntheticDataset(300, 7)).dataset;
    expect(searchIndex(d).text).toEqual(searchIndex(atOnce).text);
  });

  it('is finished at once by a search that comes before the slices are done', () => {
    const d = fresh();
    void prepareSearchIndex(d, -1);
    expect(searchIndex(d).text).toHaveLength(d.events.length);
    expect(filterEvents(d, { ...NO_FILTERS, q: 'umerov miami' }).map((e) => e.id)).toEqual(['miami-talks']);
  });
});

describe('isFiltered(filters)', () => {
  it.each<[Partial<Filters>, boolean]>([
    [{}, false],
    [{ q: '  ' }, false],
    [{ q: 'a' }, true],
    [{ actors: ['x'] }, true],
    [{ status: ['planned'] }, true],
    [{ from: '2025-01-01' }, true],
    [{ to: '2025-01-01' }, true],
  ])('%j → %s', (f, expected) => {
    expect(isFiltered({ ...NO_FILTERS, ...f })).toBe(expected);
  });
});

describe('queryWords(q)', () => {
  it.each<[string, string[]]>([
    ['  Rustem   UMEROV ', ['rustem', 'umerov']],
    ['"Umerov",', ['umerov']],
    ['«بوتين»؟', ['بوتين']],
    ['U.S. 28-point', ['u.s', '28point']],
    ['— , …', []],
    ['أوميروف', ['اوميروف']],
  ])('%j → %j', (q, expected) => {
    expect(queryWords(q)).toEqual(expected);
  });
});

describe('filterEvents laws (random filters over the fixture)', () => {
  const pick = <T>(values: readonly T[]) => fc.subarray([...values]);
  const filtersArb: fc.Arbitrary<Filters> = fc.record({
    actors: pick([...dataset.actors.keys()]),
    match: fc.constantFrom('any', 'all'),
    series: pick([...dataset.series.keys()]),
    sides: pick(['us', 'ukraine', 'russia', 'europe', 'mediator', 'other'] as const),
    places: pick([...dataset.places.keys()]),
    types: pick(['meeting', 'talks-round', 'phone-call', 'summit'] as const),
    status: pick(['occurred', 'planned'] as const),
    from: fc.option(fc.constantFrom('2025-03-01', '2025-06-15', '2025-12-03'), { nil: null }),
    to: fc.option(fc.constantFrom('2025-06-30', '2025-12-05', '2026-02-01'), { nil: null }),
    q: fc.constantFrom('', 'umerov', 'اوميروف', 'miami moscow', 'witkoff'),
  });
  const run = (f: Filters) => new Set(filterEvents(dataset, f).map((e) => e.id));

  it('the column path gives exactly what testing each event object gives', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        expect(filterEvents(dataset, f).map((e) => e.id)).toEqual(dataset.events.filter(matcher(f, dataset)).map((e) => e.id));
      }),
      { numRuns: 500, seed: 44 },
    );
  });

  it('the window step over one facet step gives what filtering with the window gives', () => {
    const day = fc.option(fc.constantFrom('2025-02-01', '2025-06-15', '2025-12-04', '2025-12-06', '2026-01-10'), { nil: null });
    fc.assert(
      fc.property(filtersArb, fc.array(fc.tuple(day, day), { minLength: 2, maxLength: 5 }), (f, windows) => {
        const faceted = facetSubset(dataset, f);
        for (const [from, to] of windows) {
          const g = { ...f, from, to };
          expect(subsetEvents(windowSubset(faceted, dayWindow(from, to))).map((e) => e.id)).toEqual(dataset.events.filter(matcher(g, dataset)).map((e) => e.id));
        }
      }),
      { numRuns: 300, seed: 45 },
    );
  });

  it('across facets, the result is the intersection of each facet alone', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const alone = (['actors', 'series', 'sides', 'places', 'types', 'status'] as const).map((k) => run({ ...NO_FILTERS, [k]: f[k], match: f.match }));
        alone.push(run({ ...NO_FILTERS, from: f.from, to: f.to }), run({ ...NO_FILTERS, q: f.q }));
        const expected = [...run(NO_FILTERS)].filter((id) => alone.every((s) => s.has(id)));
        expect([...run(f)]).toEqual(expected);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('within a facet, the result is the union of each choice alone', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const union = new Set(f.actors.flatMap((a) => [...run({ ...NO_FILTERS, actors: [a] })]));
        expect(run({ ...NO_FILTERS, actors: f.actors })).toEqual(f.actors.length ? union : run(NO_FILTERS));
      }),
      { numRuns: 100, seed: 43 },
    );
  });
});

describe('search finds other spellings (a fixture of another process)', () => {
  const talassa = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/talassa.json', 'utf8'))).dataset;
  const found = (q: string) => filterEvents(talassa, { ...NO_FILTERS, q }).map((e) => e.id);
  const withMarrow = talassa.events.filter((e) => e.participants.some((p) => p.actor === 'ilse-marrow')).map((e) => e.id);
  it.each([
    ['an actor alias', 'I. Marrow'],
    ['the Arabic name without hamza', 'السه مارو'],
    ['the Arabic name as written', 'إلسه مارو'],
  ])('%s: %s', (_, q) => {
    expect(withMarrow).toHaveLength(4);
    expect(found(q)).toEqual(expect.arrayContaining(withMarrow));
  });
});

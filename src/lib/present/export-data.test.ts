import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { csvParse } from 'd3-dsv';
import { loadDataset } from '../data/load';
import { READER_CSV_COLUMNS, eventsToCsv, eventsToDatasetFile, toRawEvent } from './export-data';
import type { DateOptions } from '../i18n/dates';

const fileJson = () => JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));
const { dataset } = loadDataset(fileJson());
const en: DateOptions = { lang: 'en', digits: 'latn', months: 'egypt' };
const ar: DateOptions = { lang: 'ar', digits: 'latn', months: 'egypt' };

describe('eventsToCsv(events, dataset, options)', () => {
  it('writes a header and one row per event, in the order given', () => {
    const rows = csvParse(eventsToCsv(dataset.events, dataset, en));
    expect(rows.columns).toEqual([...READER_CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(dataset.events.map((e) => e.id));
  });

  it('gives the EDTF date, the phrase, names in the reader’s language and source URLs', () => {
    const miami = csvParse(eventsToCsv(dataset.events, dataset, en)).find((r) => r.id === 'miami-talks')!;
    expect(miami).toMatchObject({
      date: '2025-12-04/2025-12-06',
      date_phrase: '4–6 December 2025',
      title: 'Miami talks',
      type: 'talks-round',
      status: 'occurred',
      place: 'Miami',
      participants: 'Steve Witkoff; Rustem Umerov',
      // The seed source has no URL: its publisher stands in.
      sources: 'Seed article',
    });
    const istanbul = csvParse(eventsToCsv(dataset.events, dataset, ar)).find((r) => r.id === 'istanbul-1')!;
    expect(istanbul).toMatchObject({ title: 'الجولة الأولى في إسطنبول', place: 'إسطنبول', participants: 'رستم أوميروف; هاكان فيدان', sources: 'https://example.org/news' });
  });

  it('falls back to the language there is', () => {
    const call = csvParse(eventsToCsv(dataset.events, dataset, ar)).find((r) => r.id === 'call')!;
    expect(call.title).toBe('A call');
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const data = fileJson();
    data.events[1].title.en = '=HYPERLINK("x"), then\nmore';
    const loaded = loadDataset(data).dataset;
    const csv = eventsToCsv(loaded.events, loaded, en);
    const row = csvParse(csv).find((r) => r.id === 'moscow-meeting')!;
    expect(row.title).toBe(`'=HYPERLINK("x"), then\nmore`);
    expect(csvParse(csv)).toHaveLength(loaded.events.length);
  });

  it('defuses a full-width ＝ at the start of a cell like =', () => {
    const data = fileJson();
    data.events[1].title.en = '＝HYPERLINK("x")';
    const loaded = loadDataset(data).dataset;
    expect(csvParse(eventsToCsv(loaded.events, loaded, en)).find((r) => r.id === 'moscow-meeting')!.title).toBe(`'＝HYPERLINK("x")`);
  });

  it('is a header alone for no events', () => {
    expect(eventsToCsv([], dataset, en)).toBe(READER_CSV_COLUMNS.join(','));
  });
});

describe('eventsToDatasetFile(events, dataset)', () => {
  it('gives back the events exactly as written in the data file', () => {
    const original = new Map(fileJson().events.map((e: { id: string }) => [e.id, e]));
    for (const e of dataset.events) expect(toRawEvent(e)).toEqual(original.get(e.id));
  });

  it('takes only what the chosen events refer to, and loads again without problems', () => {
    const chosen = dataset.events.filter((e) => e.id === 'istanbul-1' || e.id === 'miami-talks');
    const file = eventsToDatasetFile(chosen, dataset);
    const ids = (xs: unknown[]) => xs.map((x) => (x as { id: string }).id).sort();
    // Putin is in no chosen event as a participant, but a quote is attributed to him.
    expect(ids(file.actors)).toEqual(['hakan-fidan', 'rustem-umerov', 'steve-witkoff', 'vladimir-putin']);
    expect(ids(file.places)).toEqual(['istanbul', 'miami']);
    expect(ids(file.sources)).toEqual(['seed', 'web']);
    expect(ids(file.series!)).toEqual(['istanbul-talks']);
    const again = loadDataset(JSON.parse(JSON.stringify(file)));
    expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(again.dataset.events.map((e) => e.id)).toEqual(chosen.map((e) => e.id));
    expect(again.dataset.meta).toEqual(dataset.meta);
  });

  it('keeps the steps of stories that are exported and drops emptied stories', () => {
    const data = fileJson();
    data.stories = [
      { id: 'a', title: { en: 'A' }, steps: [{ event: 'call' }, { event: 'moscow-meeting', note: { en: 'n' } }] },
      { id: 'b', title: { en: 'B' }, steps: [{ event: 'call' }] },
    ];
    const withStories = loadDataset(data).dataset;
    const file = eventsToDatasetFile(withStories.events.filter((e) => e.id === 'moscow-meeting'), withStories);
    expect(file.stories).toEqual([{ id: 'a', title: { en: 'A' }, steps: [{ event: 'moscow-meeting', note: { en: 'n' } }] }]);
    expect(file.series).toBeUndefined();
  });

  it('carries the phases as the file wrote them, and they load again', () => {
    const four = JSON.parse(fs.readFileSync('tests/fixtures/mini-four.json', 'utf8'));
    const loaded = loadDataset(four).dataset;
    const file = eventsToDatasetFile(loaded.events.slice(0, 2), loaded);
    expect(file.phases).toEqual([four.phases[1], four.phases[0]]);
    expect(loadDataset(JSON.parse(JSON.stringify(file))).dataset.phases.map((p) => p.id)).toEqual(['istanbul-rounds', 'december-talks']);
    expect(eventsToDatasetFile(dataset.events, dataset).phases).toBeUndefined();
  });
});

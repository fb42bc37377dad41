/**
 * The bundled dataset is the product: these tests keep it complete, consistent and sourced.
 * Counts are lower bounds, so adding events never breaks them, but silently dropping does.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { checkQuotes, loadDataset } from '../../src/lib/data/load';
import { checkSourcing } from '../../src/lib/data/sourcing';
import { summarize } from '../../src/lib/data/summary';

const file = 'data/peace-talks.json';
const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
const { dataset, problems, counts } = loadDataset(raw, file);
const seedText = fs.readFileSync('data/sources/seed-article-ar.txt', 'utf8');

describe('data/peace-talks.json', () => {
  it('loads with no errors and no warnings', () => {
    expect(problems).toEqual([]);
    expect(counts.rejected).toBe(0);
  });

  it('rests no event on state-run outlets alone or on one source, and dates source ids by their article', () => {
    expect(checkSourcing(dataset, file)).toEqual([]);
  });

  it('has at least 55 events from February 2025 to March 2026', () => {
    const s = summarize(dataset);
    expect(s.count).toBeGreaterThanOrEqual(55);
    expect(s.from).toBe('2025-02-11');
    expect(s.to).toBe('2026-03-11');
  });

  it('covers every event type the fact sheet uses', () => {
    const types = new Set(dataset.events.map((e) => e.type));
    for (const t of ['meeting', 'talks-round', 'summit', 'delegation-visit', 'phone-call', 'statement', 'plan-published', 'joint-statement', 'agreement']) {
      expect(types, t).toContain(t);
    }
  });

  it('gives every event a title and summary in Arabic and English, and at least one source', () => {
    for (const e of dataset.events) {
      expect(Object.keys(e.title).sort(), e.id).toEqual(['ar', 'en']);
      expect(Object.keys(e.summary).sort(), e.id).toEqual(['ar', 'en']);
      expect(e.evidence.length, e.id).toBeGreaterThan(0);
      // Arabic text is Arabic: at least half its letters are in the Arabic block.
      const letters = e.summary.ar.replace(/[^\p{L}]/gu, '');
      const arabic = letters.replace(/[^\u0600-\u06FF]/g, '');
      expect(arabic.length / letters.length, e.id).toBeGreaterThan(0.5);
    }
  });

  it('gives every source a publisher and, except the seed article on file, a public URL', () => {
    for (const s of dataset.sources.values()) {
      expect(s.publisher.length, s.id).toBeGreaterThan(0);
      if (!s.text) expect(s.url, s.id).toMatch(/^https?:\/\//);
    }
  });

  it('keeps every quote verbatim in its source text', () => {
    const quotes = dataset.events.flatMap((e) => e.evidence.filter((x) => x.quote));
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    expect(checkQuotes(dataset, (rel) => (rel === 'sources/seed-article-ar.txt' ? seedText : undefined), file)).toEqual([]);
  });

  it('stores the seed article as it was given', () => {
    const original = path.resolve('../shared/sources/000_9b8058d57ede9ca3.txt');
    if (fs.existsSync(original)) expect(seedText).toBe(fs.readFileSync(original, 'utf8'));
    expect(seedText).toContain('كتب : دينا كمال');
  });

  it('resolves the seed article’s relative dates against its date (Saturday 6 December 2025)', () => {
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    expect(byId.get('2025-12-02-moscow-putin-witkoff-kushner')?.when).toBe('2025-12-02');
    expect(byId.get('2025-12-02-moscow-putin-witkoff-kushner')?.whenReported?.ar).toBe('يوم الثلاثاء');
    expect(byId.get('2025-12-04-miami-us-ua-talks')?.when).toBe('2025-12-04/2025-12-06');
  });

  it('names every actor in Arabic and English', () => {
    for (const a of dataset.actors.values()) {
      expect(a.name.ar, a.id).toMatch(/[\u0600-\u06FF]/);
      expect(a.name.en, a.id).toMatch(/[A-Za-z]/);
    }
  });

  it('keeps the Arabic spelling variants the fact sheet found as aliases', () => {
    expect(dataset.actors.get('rustem-umerov')?.name.ar).toBe('رستم أوميروف');
    expect(dataset.actors.get('rustem-umerov')?.aliases?.ar).toEqual(expect.arrayContaining(['روستم أوميروف', 'رستم عمروف']));
  });

  it('places every event on the map, or marks its place remote or not reported', () => {
    for (const p of dataset.places.values()) {
      if (!p.remote && !p.unknown) {
        expect(p.lat, p.id).toBeTypeOf('number');
        expect(p.lon, p.id).toBeTypeOf('number');
      }
    }
  });

  it('links the series the fact sheet describes', () => {
    const count = (id: string) => dataset.events.filter((e) => e.series?.id === id).length;
    expect(count('istanbul-direct-talks')).toBe(3);
    expect(count('trilateral-talks')).toBeGreaterThanOrEqual(3);
    expect(count('witkoff-putin-meetings')).toBeGreaterThanOrEqual(6);
    const istanbul2 = dataset.events.find((e) => e.series?.id === 'istanbul-direct-talks' && e.seriesPosition?.index === 2);
    expect(istanbul2?.seriesPosition).toMatchObject({ index: 2, count: 3 });
  });

  it('flags state-run outlets and keeps disagreement notes', () => {
    expect([...dataset.sources.values()].filter((s) => s.flags?.includes('state')).length).toBeGreaterThan(3);
    expect(dataset.events.filter((e) => e.notes?.some((n) => n.kind === 'disagreement')).length).toBeGreaterThan(5);
  });
});

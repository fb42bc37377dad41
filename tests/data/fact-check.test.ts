/**
 * What a fact-check of the bundled data found wrong (issue #27), held fixed: each test fails if
 * its error comes back. Sources: ../shared/sources/peace-talks-2025-facts.md (the fact sheet)
 * and the seed article, data/sources/seed-article-ar.txt.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../../src/lib/data/load';
import { Event } from '../../src/lib/data/schema';

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

  it('dates, places and types the postponed fourth trilateral round as the round it was planned to be', () => {
    // Fact sheet: a round planned in Abu Dhabi for 5-9 March; Zelensky's statements in Kyiv on 4, 5, 9 March.
    const e = event('2026-03-04-trilateral-postponed');
    expect([e.type, e.status, e.place, e.when]).toEqual(['talks-round', 'postponed', 'abu-dhabi', '2026-03-05/2026-03-09']);
    expect(e.summary.en).toContain('affecting Abu Dhabi');
    expect(e.summary.en).not.toMatch(/\bhit\b/);
  });

  it('does not list Orbán on the 16 October call: he offered to host the summit', () => {
    const e = event('2025-10-16-trump-putin-call');
    expect(e.participants.map((p) => p.actor)).toEqual(['donald-trump', 'vladimir-putin']);
    expect(e.notes?.some((n) => /Orbán was not on the call/.test(n.text.en))).toBe(true);
  });

  it('does not call the security framework an agreement, and dates it as its note says', () => {
    const e = event('2025-12-04-us-ua-security-framework');
    expect(e.type).not.toBe('agreement');
    // Dated to the joint statement that announced it, the same day as that event.
    expect(e.when).toBe(event('2025-12-05-state-department-umerov-joint-statement').when);
    expect(e.notes?.find((n) => n.field === 'when')?.text.en).toMatch(/^Dated to the joint statement \(5 December\)/);
  });

  it('backs what the seed article alone said with the fact sheet’s sources of the Miami talks', () => {
    const miami = new Set(event('2025-12-04-miami-us-ua-talks').evidence.map((x) => x.source));
    for (const id of ['2025-12-04-white-house-official-on-miami-talks', '2025-12-04-us-ua-security-framework', '2025-12-05-state-department-umerov-joint-statement']) {
      const others = event(id).evidence.filter((x) => x.source !== 'seed-article-dina-kamal' && miami.has(x.source));
      expect(others.length, id).toBeGreaterThan(0);
    }
  });

  it('gives every note a field of the model, or none', () => {
    for (const e of dataset.events) for (const n of e.notes ?? []) if (n.field !== undefined) expect(Object.keys(Event.entries), `${e.id}: ${n.field}`).toContain(n.field);
  });

  it('keeps notes to what they are: a clarification is context, the kind of the Miami sessions is noted on the talks', () => {
    const prisoners = event('2026-02-04-abu-dhabi-trilateral-2').notes?.find((n) => n.text.en.includes('314 prisoners'));
    expect(prisoners?.kind).toBe('context');
    const sessions = (id: string) => event(id).notes?.filter((n) => n.text.en.includes('formal negotiating sessions')) ?? [];
    expect(sessions('2025-12-04-miami-us-ua-talks')).toHaveLength(1);
    expect(sessions('2025-12-04-white-house-official-on-miami-talks')).toHaveLength(0);
  });

  it('says "neither source" only of an event with two sources', () => {
    for (const e of dataset.events) {
      const sources = new Set(e.evidence.map((x) => x.source)).size;
      for (const n of e.notes ?? []) if (/\bNeither source\b/i.test(n.text.en)) expect(sources, e.id).toBe(2);
    }
  });

  it('names the unnamed White House official as such in the story', () => {
    const step = dataset.stories.flatMap((s) => s.steps).find((s) => s.event === '2025-12-04-white-house-official-on-miami-talks');
    expect(step?.note?.en).toMatch(/^An unnamed White House official/);
    expect(step?.note?.ar).toContain('لم يُذكر اسمه');
  });
});

describe('source ids of data/peace-talks.json', () => {
  it('carry the article’s date, not the event’s, where the source gives one', () => {
    const raw = JSON.parse(fs.readFileSync('data/peace-talks.json', 'utf8'));
    expect(raw.sources.find((s: { id: string }) => s.id === 'kyiv-independent-2025-03-13')?.url).toMatch(/witkoff-reportely-lands-in-moscow/);
    expect(dataset.sources.get('al-shorouk-2025-12-06')?.published).toBe('2025-12-06');
    for (const s of dataset.sources.values()) {
      const inId = s.id.match(/\d{4}-\d{2}-\d{2}/)?.[0];
      const inUrl = s.url?.match(/\/(20\d\d)\/(\d{1,2})\/(\d{1,2})\//);
      if (inId && s.published) expect(inId, s.id).toBe(s.published);
      if (inId && inUrl) expect(inId, s.id).toBe(`${inUrl[1]}-${inUrl[2].padStart(2, '0')}-${inUrl[3].padStart(2, '0')}`);
    }
  });
});

describe('Arabic text of data/peace-talks.json', () => {
  it('spells Grynkewich as the Arabic press and our summaries do, and knows Dmitriev’s common spelling', () => {
    const grynkewich = dataset.actors.get('alexus-grynkewich')!.name.ar;
    expect(grynkewich).toBe('أليكسوس غرينكيفيتش');
    expect(event('2026-02-04-abu-dhabi-trilateral-2').summary.ar).toContain(grynkewich);
    expect(dataset.actors.get('kirill-dmitriev')?.aliases?.ar).toContain('كيريل دميترييف');
  });

  it.each([
    ['2025-02-12-trump-putin-call', 'summary', 'كتب ترامب أن فريقي'], // "in the first call ... Trump wrote": he wrote afterwards
    ['2025-03-11-jeddah-us-ukraine', 'summary', 'رفع تعليقها لتبادل'],
    ['2025-03-11-jeddah-us-ukraine', 'summary', 'سيسمّيان'],
    ['2025-04-11-stpetersburg-putin-witkoff', 'summary', 'تحوّلت محطة'],
    ['2025-04-23-london-downgraded', 'summary', 'مرّ بها'],
    ['2026-02-26-geneva-us-ua', 'summary', 'عمل فريق أوكراني'],
    ['2025-08-06-moscow-putin-witkoff', 'title', 'والإعلان عن قمة يعقب'],
  ] as const)('%s: the %s no longer reads "%s"', (id, field, phrase) => {
    const text = event(id)[field].ar;
    if (id === '2025-02-12-trump-putin-call') expect(text).not.toMatch(/^في أول اتصال[^.]*كتب ترامب/);
    else expect(text).not.toContain(phrase);
  });

  it('names months one way in Arabic text: "ديسمبر/كانون الأول", never one tradition alone', () => {
    const egypt = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
    const levant = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
    const alone = new RegExp(`(?<![\\u0621-\\u064A/])(${egypt.join('|')})(?![\\u0621-\\u064A/])|(?<![\\u0621-\\u064A/])(${levant.join('|')})(?![\\u0621-\\u064A])`);
    const texts: [string, string][] = [];
    const walk = (o: unknown, where: string): void => {
      if (Array.isArray(o)) o.forEach((x, i) => walk(x, `${where}.${i}`));
      else if (o && typeof o === 'object')
        for (const [k, v] of Object.entries(o)) {
          if (k === 'quote' || k === 'aliases') continue; // verbatim, and names
          if (k === 'ar' && typeof v === 'string') texts.push([`${where}.ar`, v]);
          else walk(v, `${where}.${k}`);
        }
    };
    walk(JSON.parse(fs.readFileSync('data/peace-talks.json', 'utf8')), '');
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter(([, t]) => alone.test(t))).toEqual([]);
    expect(texts.some(([, t]) => t.includes('ديسمبر/كانون الأول'))).toBe(true);
  });
});

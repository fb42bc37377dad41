/**
 * What the validator does with tests/fixtures/hostile.json: markup, script and template
 * payloads, bidi overrides, zero-width and null characters, 100,000-character strings,
 * javascript:/data: links and "__proto__"/"constructor" keys. Valid-but-hostile items must
 * load unchanged (the app shows them as inert text); invalid ones must be rejected with a
 * message that names them without letting their characters reorder or hide the message.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { formatProblem, loadDataset } from '../../src/lib/data/load';
import { formatEventsCsv, importEventsCsv } from '../../src/lib/data/csv';
import { csvParseRows } from 'd3-dsv';

const text = fs.readFileSync('tests/fixtures/hostile.json', 'utf8');
const raw = JSON.parse(text);
const { dataset, problems, counts } = loadDataset(JSON.parse(text), 'hostile.json');
const errors = problems.filter((p) => p.severity === 'error');

describe('loadDataset(hostile.json)', () => {
  it('holds at least 50 distinct hostile strings', () => {
    const strings = new Set<string>();
    const walk = (x: unknown): void => {
      if (typeof x === 'string') strings.add(x);
      else if (x && typeof x === 'object') for (const [k, value] of Object.entries(x)) (strings.add(k), walk(value));
    };
    walk(raw);
    const hostile = [...strings].filter((s) =>
      /<|javascript:|data:|vbscript:|\{[@#{]|\$\{|^[=+\-@']|[\u0000-\u001F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|__proto__|constructor/i.test(s) || s.length >= 20000,
    );
    expect(hostile.length).toBeGreaterThanOrEqual(50);
  });

  it('accepts the valid-but-hostile items and rejects the rest, losing none', () => {
    expect(counts).toEqual({ inFile: 34, accepted: 16, rejected: 18 });
    expect([dataset.actors.size, dataset.places.size, dataset.sources.size, dataset.series.size, dataset.stories.length]).toEqual([5, 2, 5, 1, 1]);
    expect(dataset.events.map((e) => e.id).sort()).toEqual([
      'actor-twice', 'bidi-title', 'event-handlers', 'flagged-twice', 'formula-cells', 'hostile-references', 'javascript-text', 'long-summary',
      'null-bytes', 'open-override', 'quote-payload', 'script-title', 'svg-payload', 'template-strings', 'url-reference', 'zero-width-venue',
    ]);
  });

  it('keeps hostile text verbatim, for the app to show as text', () => {
    const event = (id: string) => dataset.events.find((e) => e.id === id)!;
    expect(event('script-title').title.en).toBe('<script>alert("title")</script>');
    expect(event('bidi-title').title.en).toBe('Talks in \u202Egnilrof\u202C');
    expect(event('null-bytes').title.en).toBe('Null\u0000byte');
    expect(event('template-strings').title.en).toBe("{@html '<img src=x onerror=alert(1)>'}");
    expect(event('long-summary').summary.en).toHaveLength(20000);
    expect(dataset.sources.get('long-title')!.title).toHaveLength(100000);
    expect(dataset.sources.get('quote-breaker')!.url).toBe('https://example.org/"><img src=x onerror=alert(1)>');
    expect(dataset.actors.get('xss-script')!.aliases!.en).toEqual(['<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>']);
  });

  it.each([
    ['js-url', 'javascript:alert(1)'],
    ['js-url-mixed-case', 'JaVaScRiPt:alert(document.cookie)'],
    ['js-url-tab', '\tjavascript:alert(1)'],
    ['data-url', 'data:text/html,<script>alert(1)</script>'],
    ['data-svg', 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+'],
    ['vbscript-url', 'vbscript:msgbox(1)'],
    ['protocol-relative', '//evil.example/x'],
  ])('rejects the source %s, whose link is %j', (id, url) => {
    expect(dataset.sources.has(id)).toBe(false);
    expect(raw.sources.find((s: { id: string }) => s.id === id).url).toBe(url);
    expect(errors).toContainEqual(expect.objectContaining({ collection: 'sources', item: id, path: 'url', expected: 'an http:// or https:// URL' }));
  });

  it('leaves only http(s) links in the loaded data', () => {
    for (const source of dataset.sources.values()) if (source.url) expect(source.url).toMatch(/^https?:\/\//);
  });

  it.each([
    ['actors', 'rtl\\u200fmark', 'id', 'an id of lower-case letters, digits and single - _ . separators'],
    ['actors', 'evil\\u202eid', 'id', 'an id of lower-case letters, digits and single - _ . separators'],
    ['actors', 'zero\\u200bwidth', 'id', 'an id of lower-case letters, digits and single - _ . separators'],
    ['events', 'rtl-id\\u200fevent', 'id', 'an id of lower-case letters, digits and single - _ . separators'],
    ['events', 'evil\\u202eevent', 'id', 'an id of lower-case letters, digits and single - _ . separators'],
    ['events', 'zero\\u200bwidth-event', 'id', 'an id of lower-case letters, digits and single - _ . separators'],
    ['events', 'null\\u0000byte-event', 'id', 'an id of lower-case letters, digits and single - _ . separators'],
    ['actors', 'proto-aliases', 'aliases.__proto__', 'a field name other than "__proto__", "constructor" or "prototype"'],
    ['actors', 'constructor-name', 'name.constructor', 'a field name other than "__proto__", "constructor" or "prototype"'],
    ['places', 'proto-place', 'name.__proto__', 'a field name other than "__proto__", "constructor" or "prototype"'],
    ['events', 'proto-title', 'title.__proto__', 'a field name other than "__proto__", "constructor" or "prototype"'],
    ['events', 'constructor-summary', 'summary.constructor', 'a field name other than "__proto__", "constructor" or "prototype"'],
    ['events', 'proto-key', '__proto__', 'a field name other than "__proto__", "constructor" or "prototype"'],
    ['actors', 'bad-wikidata', 'wikidata', 'a Wikidata id like Q22686'],
    ['events', 'too-long-title', 'title.en', 'text of at most 20000 characters'],
    ['events', 'cites-js-url', 'evidence.0.source', 'the id of a source in "sources"'],
    ['events', 'onclick-field', 'onclick', 'no such field (it is not part of the format)'],
    ['events', 'script-type', 'type', expect.stringContaining('one of meeting')],
    ['events', 'when-injection', 'when', 'an EDTF date or closed interval'],
    ['events', 'html-actor-ref', 'participants.0.actor', 'an id of lower-case letters, digits and single - _ . separators'],
    ['events', 'cites-proto-actor', 'participants.0.actor', 'the id of an actor in "actors"'],
    ['events', 'bad-lang-key', 'title.en"><script>alert(1)</script>', 'a language tag like "ar" or "en"'],
  ])('rejects %s › %s › %s with a message', (collection, item, path, expected) => {
    expect(errors).toContainEqual(expect.objectContaining({ collection, item, path, expected }));
  });

  it('keeps an actor in two roles, and rejects an actor listed twice in one role (views key participants by both)', () => {
    expect(dataset.events.find((e) => e.id === 'actor-twice')!.participants.map((p) => `${p.actor} ${p.role}`)).toEqual(['xss-script host', 'xss-script speaker']);
    expect(errors).toContainEqual(expect.objectContaining({
      collection: 'events', item: 'actor-twice-one-role', path: 'participants.1',
      expected: 'each actor once per role (participants.0 already lists it as host)', found: '"zero-width"',
    }));
  });

  it('keeps a source whose flag is listed twice, with each flag once and a warning', () => {
    expect(dataset.sources.get('repeated-flags')!.flags).toEqual(['state', 'official']);
    expect(problems).toContainEqual(expect.objectContaining({ collection: 'sources', item: 'repeated-flags', path: 'flags.1', severity: 'warning' }));
  });

  it('counts two rejected events that share an id as two', () => {
    expect(errors.filter((p) => p.item === 'twin-rejected')).toHaveLength(2);
    expect(counts.inFile - counts.accepted).toBe(counts.rejected);
  });

  it('names hostile items with their invisible characters made visible', () => {
    for (const p of problems) {
      const line = formatProblem(p);
      expect(line).not.toMatch(/[\u0000-\u001F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
      // Long values are cut short in messages.
      expect(line.length).toBeLessThan(400);
    }
  });

  it('does not let "__proto__" or "constructor" keys reach any prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const e of dataset.events) {
      for (const map of [e.title, e.summary, e.venue, e.whenReported]) if (map) expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(e)).toBe(Object.prototype);
    }
  });

  it('warns about a story step whose event was rejected, and keeps the story', () => {
    expect(dataset.stories[0].steps.map((s) => s.event)).toEqual(['script-title']);
    expect(problems).toContainEqual(expect.objectContaining({ collection: 'stories', item: 'hostile-story', path: 'steps.1.event', severity: 'warning' }));
  });
});

describe('formatEventsCsv(hostile events)', () => {
  const valid = raw.events.filter((e: { id: string }) => dataset.events.some((d) => d.id === e.id));

  it('round-trips every valid hostile event through CSV', () => {
    const { csv, warnings } = formatEventsCsv(valid);
    expect(warnings).toEqual([]);
    const result = importEventsCsv(csv, raw);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.json.events).toEqual(valid);
  });

  it('neutralises formula cells for spreadsheets', () => {
    const [header, ...rows] = csvParseRows(formatEventsCsv(valid).csv);
    const row = rows.find((r) => r[0] === 'formula-cells')!;
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('title_en')).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(cell('title_ar')).toBe(`'+cmd|' /C calc'!A0`);
    expect(cell('summary_en')).toBe(`'-2+3+cmd|' /C calc'!A0`);
    expect(cell('summary_ar')).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0`);
    expect(cell('venue_en')).toBe(`''=already quoted`);
    expect(cell('venue_ar')).toBe(`'\t=tab first`);
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});

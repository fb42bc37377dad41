/**
 * Bugs the fuzz tests found in the data and URL parsers, each pinned by the smallest input that
 * showed it, so they stay fixed whatever the random inputs of tests/unit/fuzz.test.ts become.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { describeValue, formatProblem, loadDataset } from '../../src/lib/data/load';
import { parseEdtf } from '../../src/lib/data/edtf';
import { parseParams } from '../../src/lib/state/params';

const mini = () => JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));

describe('loadDataset(json)', () => {
  it('keeps the date of an accepted event when a later duplicate id has another date', () => {
    const data = mini();
    data.events.push({ ...structuredClone(data.events[1]), when: '2030-01-01' });
    const { dataset, problems } = loadDataset(data);
    const event = dataset.events.find((e) => e.id === 'moscow-meeting')!;
    expect(event.when).toBe('2025-12-02');
    expect(new Date(event.date.earliest).toISOString()).toBe('2025-12-02T00:00:00.000Z');
    expect(problems).toContainEqual(expect.objectContaining({ item: 'moscow-meeting', path: 'id', severity: 'error' }));
  });

  it.each([
    ['a "__proto__" language', (d: any) => (d.events[1].title = JSON.parse('{"__proto__": "x", "en": "ok"}')), 'events', 'moscow-meeting', 'title.__proto__'],
    ['a "constructor" language', (d: any) => (d.events[1].summary = JSON.parse('{"constructor": "x", "en": "ok"}')), 'events', 'moscow-meeting', 'summary.constructor'],
    ['a "prototype" alias language', (d: any) => (d.actors[0].aliases = JSON.parse('{"prototype": ["x"]}')), 'actors', 'steve-witkoff', 'aliases.prototype'],
    ['a "__proto__" in a translation', (d: any) => (d.events[0].evidence[0].translation = JSON.parse('{"__proto__": {"polluted": 1}}')), 'events', 'miami-talks', 'evidence.0.translation.__proto__'],
  ])('rejects %s, which valibot would drop without a word', (_name, mutate, collection, item, path) => {
    const data = mini();
    mutate(data);
    const { problems, counts } = loadDataset(data);
    expect(problems).toContainEqual(expect.objectContaining({ collection, item, path, severity: 'error', found: `"${path.split('.').pop()}"` }));
    expect(counts.accepted + counts.rejected).toBe(counts.inFile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats a reserved key in meta as a file that is not a dataset', () => {
    const data = mini();
    data.meta.title = JSON.parse('{"__proto__": "x", "en": "Mini"}');
    expect(() => loadDataset(data, 'mini.json')).toThrow('mini.json is not a dataset: meta.title.__proto__: a field name other than "__proto__", "constructor" or "prototype", found "__proto__"');
  });

  it.each([
    ['a bidi override', 'evil\u202Eid', '"evil\\u202eid"'],
    ['a right-to-left mark', 'rtl\u200Fmark', '"rtl\\u200fmark"'],
    ['a zero-width space', 'zero\u200Bwidth', '"zero\\u200bwidth"'],
    ['a null byte', 'null\u0000byte', '"null\\u0000byte"'],
  ])('names an id with %s without letting it reorder or hide the message', (_name, id, found) => {
    const data = mini();
    data.events[1].id = id;
    const problem = loadDataset(data, 'mini.json').problems.find((p) => p.path === 'id')!;
    expect(problem).toMatchObject({ item: found.slice(1, -1), found });
    expect(formatProblem(problem)).not.toMatch(/[\u0000\u200B\u200F\u202E]/);
  });
});

describe('describeValue(value)', () => {
  it.each([
    ['a short string', 'abc', '"abc"'],
    ['a long string', 'a'.repeat(100), `"${'a'.repeat(56)}...`],
    ['an emoji across the cut', `${'a'.repeat(55)}😀😀`, `"${'a'.repeat(55)}...`],
    ['an invisible character', 'a\u202Eb', '"a\\u202eb"'],
  ])('renders %s', (_name, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe('parseEdtf(text)', () => {
  it.each([
    ['0025-12-02', '0025-12-02T00:00:00.000Z', '0025-12-03T00:00:00.000Z'],
    ['0099', '0099-01-01T00:00:00.000Z', '0100-01-01T00:00:00.000Z'],
    ['0000-02-29', '0000-02-29T00:00:00.000Z', '0000-03-01T00:00:00.000Z'],
  ])('reads the year of %s as written, not as 19xx', (text, earliest, latest) => {
    const r = parseEdtf(text);
    expect(r.ok && [new Date(r.value.earliest).toISOString(), new Date(r.value.latest).toISOString()]).toEqual([earliest, latest]);
  });
});

describe('parseParams(search)', () => {
  it.each(['0025-01-01', '0000-02-29'])('accepts from=%s', (day) => {
    expect(parseParams(`from=${day}`)).toMatchObject({ params: { from: day }, notices: [] });
  });
});

import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { CSV_COLUMNS, formatCsvProblem, formatEventsCsv, importEventsCsv, parseEventsCsv } from './csv';

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const mini = () => read('tests/fixtures/mini.json');

/** A CSV of the given header and rows (cells as a spreadsheet holds them). */
const sheet = (header: string[], ...rows: string[][]) => csvFormatRows([header, ...rows]);
const HEADER = ['id', 'type', 'status', 'when', 'title_en', 'summary_en', 'place', 'participants', 'evidence'];
const OK = ['e1', 'meeting', 'occurred', '2025-12-02', 'T', 'S', 'moscow', 'steve-witkoff:host', 'tass'];
/** One valid row with some cells replaced, plus extra columns. */
const row = (changes: Record<string, string>) => {
  const header = [...HEADER, ...Object.keys(changes).filter((k) => !HEADER.includes(k))];
  const cells = header.map((h, i) => changes[h] ?? OK[i] ?? '');
  return sheet(header, cells);
};
const messages = (csv: string, base = mini()) => importEventsCsv(csv, base).problems.map((p) => formatCsvProblem(p));

describe('formatEventsCsv(events) and importEventsCsv(csv, base)', () => {
  it.each([
    ['data/peace-talks.json', 63],
    ['tests/fixtures/mini.json', 5],
  ])('round-trip %s (%i events) without losing anything', (file, n) => {
    const data = read(file);
    const { csv, warnings } = formatEventsCsv(data.events);
    expect(warnings).toEqual([]);
    const result = importEventsCsv(csv, data);
    expect(result.json.events).toHaveLength(n);
    expect(result.json.events).toEqual(data.events);
    expect(result.json).toEqual(data);
    expect(result.counts.rows).toBe(n);
  });

  it('keeps the key order of data/peace-talks.json, so re-importing an unchanged sheet changes nothing', () => {
    const text = fs.readFileSync('data/peace-talks.json', 'utf8');
    const data = JSON.parse(text);
    expect(JSON.stringify(importEventsCsv(formatEventsCsv(data.events).csv, data).json, null, 2) + '\n').toBe(text);
  });

  it('writes the documented columns, then any other language after ar and en', () => {
    expect(formatEventsCsv(read('data/peace-talks.json').events).csv.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    const data = mini();
    data.events[0].title.fr = 'Pourparlers de Miami';
    data.events[1].venue = { 'pt-BR': 'Kremlin' };
    const header = csvParseRows(formatEventsCsv(data.events).csv)[0];
    expect(header.slice(6, 9)).toEqual(['title_ar', 'title_en', 'title_fr']);
    expect(header.filter((h) => h.startsWith('venue_'))).toEqual(['venue_ar', 'venue_en', 'venue_pt-BR']);
    expect(importEventsCsv(formatEventsCsv(data.events).csv, data).json.events).toEqual(data.events);
  });

  it('round-trips edge values that a cell syntax could swallow', () => {
    const data = mini();
    const e = data.events[3];
    e.title.en = '=1+1; a | b \\ c';
    e.summary.en = '  padded and\nmulti-line, with "quotes"  ';
    e.notes = [
      { kind: 'context', field: 'when:approx', text: { en: 'a;b|c\\d', ar: 'نص' } },
      { kind: 'context', text: { en: ' leading space' } },
      { kind: 'uncertain', field: '', text: { en: 'empty field' } },
    ];
    e.participants[0].uncertain = false;
    e.participants[1] = { actor: 'hakan-fidan', role: 'mediator', side: 'other', uncertain: true };
    e.evidence = [{ source: 'web' }, { source: 'tass', attribution: { description: { en: 'an official; unnamed' } } }];
    const { csv } = formatEventsCsv(data.events);
    expect(importEventsCsv(csv, data).json.events).toEqual(data.events);
  });

  it('warns about every field of an invalid file that a CSV cannot hold', () => {
    const lost = (key: string) => `event x: "${key}" does not fit the CSV format (docs/CSV.md); it will be missing or different after import`;
    expect(formatEventsCsv([{ id: 'x', title: 'no map', onclick: 'x', participants: 'a', when: '  ', series: {} }, 3]).warnings).toEqual([
      'event #1: 3 is not an event; left out',
      ...['title', 'onclick', 'participants', 'when', 'series'].map(lost),
    ]);
  });
});

describe('formula guard in the CSV format', () => {
  it('exports a formula-like title guarded, and imports it back', () => {
    const data = mini();
    data.events[0].title.en = '=HYPERLINK("https://evil.example","x")';
    const { csv } = formatEventsCsv(data.events);
    expect(csvParseRows(csv)[1][7]).toBe(`'=HYPERLINK("https://evil.example","x")`);
    expect(importEventsCsv(csv, data).json.events).toEqual(data.events);
  });
});

describe('formatEventsCsv(events) cells', () => {
  const cells = (event: object) => {
    const [header, values] = csvParseRows(formatEventsCsv([event]).csv);
    return Object.fromEntries(header.map((h, i) => [h, values[i]]).filter(([, v]) => v !== ''));
  };
  it.each([
    ['participants', { participants: [{ actor: 'a', role: 'host' }, { actor: 'b', role: 'visitor', side: 'ukraine' }] }, 'a:host; b:visitor:ukraine'],
    ['uncertain participants', { participants: [{ actor: 'a', role: 'host', uncertain: true }, { actor: 'b', role: 'host', side: 'us', uncertain: false }] }, 'a:host::uncertain; b:host:us:certain'],
    ['participants who talked through mediators', { participants: [{ actor: 'a', role: 'participant', indirect: true }, { actor: 'b', role: 'host', side: 'us', uncertain: true, indirect: false }] }, 'a:participant::indirect; b:host:us:uncertain:direct'],
    ['evidence as source ids', { evidence: [{ source: 'src-a' }, { source: 'src-b' }] }, 'src-a; src-b'],
    ['evidence with a quote, as JSON', { evidence: [{ source: 'a' }, { source: 'b', quote: { exact: 'x', lang: 'en' } }] }, '["a",{"source":"b","quote":{"exact":"x","lang":"en"}}]'],
    ['notes', { notes: [{ kind: 'uncertain', field: 'when', text: { ar: 'نص', en: 'a; b | c' } }] }, 'uncertain:when | ar: نص | en: a\\; b \\| c'],
    ['notes a short form would trim, as JSON', { notes: [{ kind: 'context', text: { en: ' x' } }] }, '[{"kind":"context","text":{"en":" x"}}]'],
    ['an empty list, as JSON', { participants: [] }, '[]'],
  ])('writes %s', (_name, event, cell) => {
    const column = Object.keys(event)[0];
    expect(cells({ id: 'e', ...event })[column]).toBe(cell);
  });

  it('writes series and its note in their columns', () => {
    expect(cells({ id: 'e', series: { id: 's', note: { en: 'second' } } })).toEqual({ id: 'e', series: 's', series_note_en: 'second' });
  });
});

describe('parseEventsCsv(text)', () => {
  it.each([
    ['participants', { participants: 'steve-witkoff:host ; rustem-umerov : visitor : ukraine; hakan-fidan:mediator::uncertain;' }, {
      participants: [
        { actor: 'steve-witkoff', role: 'host' },
        { actor: 'rustem-umerov', role: 'visitor', side: 'ukraine' },
        { actor: 'hakan-fidan', role: 'mediator', uncertain: true },
      ],
    }],
    ['indirect participants', { participants: 'steve-witkoff:mediator; rustem-umerov:participant:ukraine:indirect; kirill-dmitriev:participant::uncertain:indirect' }, {
      participants: [
        { actor: 'steve-witkoff', role: 'mediator' },
        { actor: 'rustem-umerov', role: 'participant', side: 'ukraine', indirect: true },
        { actor: 'kirill-dmitriev', role: 'participant', uncertain: true, indirect: true },
      ],
    }],
    ['evidence ids', { evidence: ' tass ;web; ' }, { evidence: [{ source: 'tass' }, { source: 'web' }] }],
    ['evidence JSON with id strings', { evidence: '["tass", {"source": "web", "translation": {"en": "x"}}]' }, { evidence: [{ source: 'tass' }, { source: 'web', translation: { en: 'x' } }] }],
    ['notes', { notes: 'uncertain:when | en: Day not reported\\; see below. | ar: لم يُذكر اليوم; context | en: C:\\dir' }, {
      notes: [
        { kind: 'uncertain', field: 'when', text: { en: 'Day not reported; see below.', ar: 'لم يُذكر اليوم' } },
        { kind: 'context', text: { en: 'C:\\dir' } },
      ],
    }],
    ['other languages', { title_fr: 'Réunion', 'summary_pt-BR': 'Reunião' }, { title: { en: 'T', fr: 'Réunion' }, summary: { en: 'S', 'pt-BR': 'Reunião' } }],
    ['a series with a note', { series: 'istanbul-talks', series_note_en: 'second' }, { series: { id: 'istanbul-talks', note: { en: 'second' } } }],
    ['when reported and venue', { when_reported_en: 'on Tuesday', venue_ar: 'الكرملين' }, { whenReported: { en: 'on Tuesday' }, venue: { ar: 'الكرملين' } }],
    ['a guarded cell', { title_en: `'=SUM(1)` }, { title: { en: '=SUM(1)' } }],
    ['text kept as typed', { title_en: ' padded ' }, { title: { en: ' padded ' } }],
  ])('reads %s', (_name, changes, expected) => {
    const { rows, problems } = parseEventsCsv(row(changes));
    expect(problems).toEqual([]);
    expect(rows[0].event).toMatchObject(expected);
  });

  it('ignores a byte-order mark, blank rows and CRLF line ends, and counts rows as a spreadsheet does', () => {
    const text = '\uFEFF' + sheet(HEADER, ['a', 'meeting', 'occurred', '2025-12-02', 'T', 'line 1\nline 2', 'moscow', 'steve-witkoff:host', 'tass'], ['', '', ''], OK).replace(/\n(?=[^l])/g, '\r\n');
    const { rows } = parseEventsCsv(text);
    expect(rows.map((r) => [r.row, r.event.id])).toEqual([[2, 'a'], [4, 'e1']]);
    expect(rows[0].event.summary).toEqual({ en: 'line 1\nline 2' });
  });
});

describe('importEventsCsv(csv, base) problems', () => {
  it.each([
    ['an unknown type', { type: 'party' }, ['error: row 2, column type: expected one of meeting, talks-round, summit, delegation-visit, phone-call, statement, joint-statement, plan-published, agreement, found "party"']],
    ['a bad date', { when: '2025-02-30' }, ['error: row 2, column when: expected an EDTF date or closed interval, found "2025-02-30": day 30 does not exist in 2025-02']],
    ['an empty id', { id: '' }, ['error: row 2, column id: expected a value, found an empty cell']],
    ['a bad id', { id: 'Moscow Meeting' }, ['error: row 2, column id: expected an id of lower-case letters, digits and single - _ . separators, found "Moscow Meeting"']],
    ['an unknown place', { place: 'atlantis' }, ['error: row 2, column place: expected the id of a place in "places", found "atlantis"']],
    ['no title', { title_en: '  ' }, ['error: row 2, column title_<lang>: expected a value, found an empty cell']],
    ['a participant without a role', { participants: 'steve-witkoff:host; vladimir-putin' }, ['error: row 2, column participants, item 2: expected actor:role or actor:role:side, then any of uncertain (or certain) and indirect (or direct), each once: actor:role::uncertain:indirect, found "vladimir-putin"']],
    ['a flag given twice', { participants: 'steve-witkoff:host::indirect:direct' }, ['error: row 2, column participants, item 1: expected actor:role or actor:role:side, then any of uncertain (or certain) and indirect (or direct), each once: actor:role::uncertain:indirect, found "steve-witkoff:host::indirect:direct"']],
    ['a bad uncertainty flag', { participants: 'steve-witkoff:host::maybe' }, ['error: row 2, column participants, item 1: expected actor:role or actor:role:side, then any of uncertain (or certain) and indirect (or direct), each once: actor:role::uncertain:indirect, found "steve-witkoff:host::maybe"']],
    ['an unknown actor', { participants: 'steve-witkoff:host; nobody:visitor' }, ['error: row 2, column participants, item 2 (actor): expected the id of an actor in "actors", found "nobody"']],
    ['an unknown role', { participants: 'steve-witkoff:boss' }, ['error: row 2, column participants, item 1 (role): expected one of host, visitor, participant, mediator, speaker, signatory, found "boss"']],
    ['an unknown side', { participants: 'steve-witkoff:host:mars' }, ['error: row 2, column participants, item 1 (side): expected the id of a side in "sides" ("us", "ukraine", "russia", "mediator", "other"), found "mars"']],
    ['no participants', { participants: '' }, ['error: row 2, column participants: expected a value, found an empty cell']],
    ['an empty JSON list', { participants: '[]' }, ['error: row 2, column participants: expected at least one participant, found an array of 0']],
    ['an unknown source', { evidence: 'tass; rumour' }, ['error: row 2, column evidence, item 2 (source): expected the id of a source in "sources", found "rumour"']],
    ['a quote without its language', { evidence: '[{"source": "tass", "quote": {"exact": "x"}}]' }, ['error: row 2, column evidence, item 1 (quote.lang): expected a value, found nothing']],
    ['an unknown field in JSON', { evidence: '[{"source": "tass", "onclick": 1}]' }, ['error: row 2, column evidence, item 1 (onclick): expected no such field (it is not part of the format), found "onclick"']],
    ['JSON that is not a list', { evidence: '{"source": "tass"}' }, ['error: row 2, column evidence: expected a JSON array [...] (the cell starts with "[" or "{"), found an object']],
    ['a reserved key in JSON', { evidence: '[{"source": "tass", "translation": {"__proto__": "x"}}]' }, ['error: row 2, column evidence, item 1 (translation.__proto__): expected a field name other than "__proto__", "constructor" or "prototype", found "__proto__"']],
    ['a note without text', { notes: 'context' }, ['error: row 2, column notes, item 1: expected kind | lang: text (a ";" or "|" inside a text is written "\\;" or "\\|"), found "context"']],
    ['an unescaped ; in a note', { notes: 'context | en: one; two' }, ['error: row 2, column notes, item 2: expected kind | lang: text (a ";" or "|" inside a text is written "\\;" or "\\|"), found "two"']],
    ['a bad language in a note', { notes: 'context | EN: x' }, ['error: row 2, column notes, item 1: expected "| lang: text" with a language tag like ar or en, each language once, found "context | EN: x"']],
    ['a language twice in a note', { notes: 'context | en: x | en: y' }, ['error: row 2, column notes, item 1: expected "| lang: text" with a language tag like ar or en, each language once, found "context | en: x | en: y"']],
    ['an unknown note kind', { notes: 'gossip | en: x' }, ['error: row 2, column notes, item 1 (kind): expected one of disagreement, uncertain, context, found "gossip"']],
    ['an unknown series', { series: 'nope' }, ['error: row 2, column series: expected the id of a series in "series", found "nope"']],
    ['a series note without a series', { series_note_en: 'second' }, ['error: row 2, column series: expected a value, found an empty cell']],
    ['bidi controls in texts', { title_en: 'Talks in \u202eabuD', notes: 'context | ar: \u200fنص\u200e | en: x' }, [
      'warning: row 2, column title_en: expected text without bidi control characters (they reorder the words shown around them; delete them unless one is meant), found U+202E at character 10',
      'warning: row 2, column notes: expected text without bidi control characters (they reorder the words shown around them; delete them unless one is meant), found U+200F at character 15, U+200E at character 18',
      'warning: row 2, column title_ar: expected text in ar, found only en',
      'warning: row 2, column summary_ar: expected text in ar, found only en',
    ]],
    ['a missing Arabic title', { title_ar: '' }, ['warning: row 2, column title_ar: expected text in ar, found only en', 'warning: row 2, column summary_ar: expected text in ar, found only en']],
  ])('names row and column for %s', (_name, changes, expected) => {
    const csv = row(changes);
    const got = messages(csv).filter((m) => !m.startsWith('warning') || expected[0].startsWith('warning'));
    expect(got).toEqual(expected);
  });

  it('names the JSON error in an unreadable JSON cell', () => {
    expect(messages(row({ evidence: '[oops' }))).toEqual([
      expect.stringMatching(/^error: row 2, column evidence: expected a JSON array \[\.\.\.\] \(the cell starts with "\[" or "\{"\), found invalid JSON: .+/),
    ]);
  });

  it.each([
    ['an unknown column', sheet([...HEADER, 'colour'], [...OK, 'red']), ['error: row 1, column colour: expected a column named in docs/CSV.md (id, type, title_<lang>...), found an unknown column']],
    ['an upper-case language', sheet([...HEADER, 'title_EN'], [...OK, 'x']), ['error: row 1, column title_EN: expected a column named in docs/CSV.md (id, type, title_<lang>...), found an unknown column']],
    ['a column twice', sheet([...HEADER, 'id'], [...OK, 'e2']), ['error: row 1, column id: expected each column once, found a second "id" column']],
    ['a value past the last column', sheet(HEADER, [...OK, 'stray']), ['error: row 2, column 10 (no name): expected no value in a column without a header, found "stray"']],
    ['an empty file', '', ['error: row 1, column (header): expected a header row naming the columns (see docs/CSV.md), found an empty file']],
    ['a semicolon-separated file', `${HEADER.join(';')}\n${OK.join(';')}\n`, ['error: row 1, column (header): expected columns separated by commas (save as "CSV UTF-8 (Comma delimited)"), found columns separated by ";"']],
    ['a missing column', sheet(HEADER.filter((h) => h !== 'type'), OK.filter((_, i) => i !== 1)), [
      'error: row 1, column type: expected a column "type" (required), found no such column',
      'error: row 2, column type: expected a value, found an empty cell',
    ]],
    ['a repeated id', sheet(HEADER, OK, OK.map((c, i) => (i === 3 ? '2025-12-03' : c))), ['error: row 3, column id: expected an id not used by another row, found "e1", already used in row 2']],
  ])('reports %s', (_name, csv, expected) => {
    expect(messages(csv).filter((m) => m.startsWith('error'))).toEqual(expected);
  });

  it('counts rows: accepted + rejected = rows, and names the file in messages', () => {
    const csv = sheet(HEADER, OK, OK.map((c, i) => (i === 0 ? 'e2' : i === 1 ? 'party' : c)), OK.map((c, i) => (i === 0 ? 'e3' : c)));
    const result = importEventsCsv(csv, mini());
    expect(result.counts).toEqual({ rows: 3, accepted: 2, rejected: 1 });
    const error = result.problems.find((p) => p.severity === 'error')!;
    expect(formatCsvProblem(error, 'events.csv')).toMatch(/^error: events\.csv: row 3, column type: /);
  });

  it('checks quotes against source texts, naming the evidence item', () => {
    const data = mini();
    const { csv } = formatEventsCsv(data.events);
    const ok = importEventsCsv(csv, data, { readText: () => 'ووصف بوتين اللقاء بأنه “بالغ الفائدة”.' });
    expect(ok.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const bad = importEventsCsv(csv, data, { readText: () => 'نص آخر' });
    expect(bad.problems.filter((p) => p.severity === 'error').map((p) => formatCsvProblem(p))).toEqual([
      'error: row 2, column evidence, item 1 (quote.exact): expected text that occurs verbatim in seed.txt, found "بالغ الفائدة"',
    ]);
  });

  it('keeps problems of the base file apart', () => {
    const data = mini();
    data.actors[0].side = 'martians';
    const result = importEventsCsv(row({}), data, {});
    expect(result.baseProblems).toContainEqual(expect.objectContaining({ collection: 'actors', item: 'steve-witkoff', path: 'side' }));
  });

  it('throws when the base is not a dataset', () => {
    expect(() => importEventsCsv(row({}), { events: [] }, { baseFile: 'x.json' })).toThrow(/x\.json is not a dataset/);
  });
});

describe('docs/CSV.md', () => {
  it('has an example that imports into data/peace-talks.json without errors', () => {
    const example = /```csv\n([\s\S]*?)```/.exec(fs.readFileSync('docs/CSV.md', 'utf8'))![1];
    const result = importEventsCsv(example, read('data/peace-talks.json'));
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => formatCsvProblem(p))).toEqual([]);
    expect(result.counts).toEqual({ rows: 2, accepted: 2, rejected: 0 });
    expect(result.json.events).toContainEqual(expect.objectContaining({ notes: [expect.objectContaining({ text: { en: expect.stringContaining("own account; the Kremlin") } })] }));
  });
});

describe('data/template.csv', () => {
  it('imports into data/peace-talks.json without errors', () => {
    const result = importEventsCsv(fs.readFileSync('data/template.csv', 'utf8'), read('data/peace-talks.json'), {
      readText: (rel) => fs.readFileSync(`data/${rel}`, 'utf8'),
    });
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ rows: 2, accepted: 2, rejected: 0 });
  });

  it('has the documented header', () => {
    expect(fs.readFileSync('data/template.csv', 'utf8').replace(/^\uFEFF/, '').split('\n')[0]).toBe(CSV_COLUMNS.join(','));
  });
});

/**
 * Property and fuzz tests over every parser of untrusted input: the data file validator
 * (loadDataset), the EDTF parser, the URL state parser and the CSV importer. Each gets 10,000
 * random inputs from a fixed seed (a failure prints the seed and a shrunk counterexample, so
 * it replays), and must never throw, must explain every rejection, and must lose nothing:
 * accepted + rejected = what the input held, and every rejected item has an error naming it.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';

// Each property takes 1-3 s of CPU; the default 5 s timeout would fail them on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
import fc from 'fast-check';
import fs from 'node:fs';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { DatasetError, itemLabel, loadDataset } from '../../src/lib/data/load';
import { parseEdtf } from '../../src/lib/data/edtf';
import { formatCsvProblem, formatEventsCsv, importEventsCsv, parseEventsCsv } from '../../src/lib/data/csv';
import { EVENT_TYPES, NOTE_FIELDS, NOTE_KINDS, ROLES, STATUSES } from '../../src/lib/data/schema';
import { CODECS, capNotices, formatParams, parseParams } from '../../src/lib/state/params';

const RUNS = 10_000;
const DAY = 86_400_000;
const MINI = JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));
const mini = () => structuredClone(MINI);
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

afterAll(() => {
  // Hostile keys ("__proto__", "constructor") went through every parser above.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** A plain assertion: vitest's expect is too slow to call thousands of times per property. */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}
const countBy = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Strings an attacker or a careless editor would write. */
const HOSTILE = [
  '', ' ', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'data:text/html,x',
  '\u202Eevil', 'a\u200Bb', '\u200F', 'x\u0000y', '{@html x}', '=1+1', "'", '"', ';', '|', '\\', ':', '\n', 'A'.repeat(20001),
  '\uD800', '😀', 'عنوان', '__proto__', 'constructor',
];
const KEYS = [
  'id', 'type', 'status', 'title', 'summary', 'when', 'place', 'participants', 'evidence', 'actor', 'role', 'source', 'quote',
  'exact', 'lang', 'en', 'ar', 'name', 'kind', 'side', 'text', 'series', 'notes', 'steps', 'event',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
];
const textArb = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...HOSTILE));

/**
 * JSON-ish values built as JSON text and then parsed, so that "__proto__" keys become own
 * properties exactly as they do in a data file read with JSON.parse.
 */
const { json: jsonText } = fc.letrec<{ json: string; object: string; array: string; leaf: string }>((tie) => ({
  json: fc.oneof({ maxDepth: 3, depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
  leaf: fc.oneof(fc.constantFrom('null', 'true', 'false', '0', '-1', '1e308', '0.5'), textArb.map((s) => JSON.stringify(s))),
  array: fc.array(tie('json'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie('json')), { maxLength: 5 })
    .map((kvs) => `{${kvs.map(([k, x]) => `${JSON.stringify(k)}:${x}`).join(',')}}`),
}));
const jsonArb = jsonText.map((t) => JSON.parse(t) as unknown);

/** Every slot (container, key) of a JSON tree, for mutations. */
function slots(root: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const out: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((x, i) => (out.push([node, i]), walk(x)));
    else if (node && typeof node === 'object') for (const k of Object.keys(node)) (out.push([node as Record<string, unknown>, k]), walk((node as Record<string, unknown>)[k]));
  };
  walk(root);
  return out;
}
const set = (c: Record<string, unknown> | unknown[], k: string | number, x: unknown) =>
  Object.defineProperty(c, k, { value: x, enumerable: true, writable: true, configurable: true });

const STRING_EDITS: ((s: string) => string)[] = [
  (s) => s.toUpperCase(), () => '', (s) => ` ${s}`, (s) => `${s}\u200F`, (s) => `\u202E${s}`, (s) => `${s}-`, (s) => `${s}X`,
  (s) => s.slice(1), (s) => s.repeat(3), (s) => `${s}<script>`, (s) => s.replace(/-/g, '--'), () => 'A'.repeat(20001),
];
const mutationArb = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'add', 'duplicate', 'edit', 'edit', 'swap-id'),
  value: jsonArb,
  key: fc.constantFrom(...KEYS, 'onclick', 'fr', 'EN'),
  edit: fc.nat({ max: STRING_EDITS.length - 1 }),
});
type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;

/** Applies one random, mostly near-valid, change to a data file. */
function mutate(root: unknown, m: Mutation): void {
  const all = slots(root);
  if (all.length === 0) return;
  const [c, k] = all[m.pick % all.length];
  const current = (c as Record<string | number, unknown>)[k];
  switch (m.op) {
    case 'replace':
      return void set(c, k, m.value);
    case 'delete':
      return void (Array.isArray(c) ? c.splice(k as number, 1) : delete c[k as string]);
    case 'add':
      if (Array.isArray(current)) current.push(m.value);
      else if (current && typeof current === 'object') set(current as Record<string, unknown>, m.key, m.value);
      return;
    case 'duplicate':
      if (Array.isArray(c)) c.push(structuredClone(current));
      return;
    case 'edit':
      if (typeof current === 'string') set(c, k, STRING_EDITS[m.edit](current));
      return;
    case 'swap-id': {
      // Two items with one id: the classic copy-paste mistake.
      const ids = all.filter(([, key]) => key === 'id');
      const other = ids[m.edit % Math.max(1, ids.length)];
      if (k === 'id' && other) set(c, k, (other[0] as Record<string, unknown>).id);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// loadDataset

/** The validator's contract, for any input. */
function checkLoad(json: unknown): void {
  let result: ReturnType<typeof loadDataset>;
  try {
    result = loadDataset(json, 'fuzz.json');
  } catch (e) {
    check(e instanceof DatasetError, () => `threw ${String(e)}`);
    check(/^fuzz\.json is not a dataset: .+/.test((e as DatasetError).message) && (e as DatasetError).problems.length > 0, () => (e as Error).message);
    return;
  }
  const { dataset, problems, counts } = result;
  const raw = (json as { events: unknown[] }).events;
  check(counts.inFile === raw.length && counts.accepted + counts.rejected === counts.inFile, () => `counts ${JSON.stringify(counts)}`);
  check(dataset.events.length === counts.accepted, () => 'accepted count');
  for (const p of problems) check(p.item !== '' && p.expected !== '' && p.found !== '', () => `empty message in ${JSON.stringify(p)}`);
  // Every rejected event has an error naming it (by id, or #index when it has none).
  const accepted = countBy(dataset.events.map((e) => e.id));
  const errors = countBy(problems.filter((p) => p.collection === 'events' && p.severity === 'error').map((p) => p.item));
  for (const [label, n] of countBy(raw.map(itemLabel))) {
    check((errors.get(label) ?? 0) >= n - (accepted.get(label) ?? 0), () => `a rejected event ${label} has no error naming it`);
  }
  dataset.events.forEach((e, i) => {
    check(e.order === i && e.date.earliest < e.date.latest && dataset.places.has(e.place), () => `event ${e.id} derived fields`);
  });
}

describe('loadDataset(json) fuzzed', () => {
  it('explains or accepts any JSON value', () => {
    fc.assert(fc.property(jsonArb, checkLoad), { numRuns: RUNS, seed: 1 });
  });

  it('keeps its contract for random collections under a valid meta', () => {
    const collection = fc.array(fc.oneof(jsonArb, fc.constantFrom(...MINI.events, ...MINI.actors, ...MINI.places, ...MINI.sources, ...MINI.sides)), { maxLength: 4 });
    const file = fc.record({ sides: collection, actors: collection, places: collection, sources: collection, series: collection, stories: collection, events: collection });
    fc.assert(fc.property(file, (f) => checkLoad({ meta: MINI.meta, ...f })), { numRuns: RUNS / 4, seed: 2 });
  });

  it('keeps its contract for random mutations of tests/fixtures/mini.json', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
        const data = mini();
        for (const m of mutations) mutate(data, m);
        checkLoad(data);
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// parseEdtf

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const twoDigits = fc.oneof(fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')), fc.constantFrom('1', '001', 'XX', '1X'));
const pointArb = fc
  .tuple(
    fc.oneof(digits(4), fc.constantFrom('0000', '0004', '0025', '0099', '0100', '1900', '2000', '2024', '2025', '9999', '20X5', '-2025'), digits(3), digits(5)),
    fc.option(twoDigits, { nil: undefined }),
    fc.option(twoDigits, { nil: undefined }),
    fc.constantFrom('', '', '', '?', '~', '%', '??', '~?', ' ', 'Z', 'T10:00'),
  )
  .map(([y, m, d, q]) => y + (m === undefined ? '' : `-${m}${d === undefined ? '' : `-${d}`}`) + q);
const edtfArb = fc.oneof(
  pointArb,
  fc.tuple(pointArb, fc.constantFrom('/', '/', '/', '//', ' / ', '/..', '../', '/', '..'), pointArb).map((xs) => xs.join('')),
  fc.tuple(fc.constantFrom('', ' ', '\t', '\u00A0'), pointArb, fc.constantFrom('', ' ', '\n')).map((xs) => xs.join('')),
  fc.string({ unit: fc.constantFrom(...'0123456789-/?~%X. '), maxLength: 25 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** An oracle for one EDTF point, written without Date. */
function validPoint(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && isLeap(y) ? 29 : DAYS[mo - 1]);
}

describe('parseEdtf(text) fuzzed', () => {
  it('never throws, explains every rejection and gives sane bounds, agreeing with an oracle', () => {
    fc.assert(
      fc.property(edtfArb, (text) => {
        const r = parseEdtf(text);
        if (!r.ok) {
          expect(r.error.length).toBeGreaterThan(0);
          if (!text.includes('/')) expect(validPoint(text.trim())).toBe(false);
          return;
        }
        const { earliest, latest, precision, interval } = r.value;
        expect(Number.isInteger(earliest) && Number.isInteger(latest)).toBe(true);
        expect(Math.abs(earliest % DAY)).toBe(0);
        expect(Math.abs(latest % DAY)).toBe(0);
        expect(earliest).toBeLessThan(latest);
        expect(['day', 'month', 'year']).toContain(precision);
        expect(interval).toBe(text.includes('/'));
        if (interval) return;
        const point = text.trim();
        expect(validPoint(point)).toBe(true);
        // The bounds are the calendar date written, in UTC (years 0000-0099 included).
        const date = point.replace(/[?~%]$/, '');
        const start = new Date(earliest).toISOString();
        expect(start.slice(0, date.length)).toBe(date);
        expect(start.slice(date.length, 10)).toBe(['', '-01', '-01-01'][3 - date.split('-').length]);
        expect(precision).toBe(['year', 'month', 'day'][date.split('-').length - 1]);
      }),
      { numRuns: RUNS, seed: 4 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// parseParams

describe('parseParams(search) fuzzed', () => {
  it('accepts every calendar day from 0000-01-01 to 9999-12-31 as "from"', () => {
    const dayArb = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dayArb, (date) => {
        const from = date.toISOString().slice(0, 10);
        expect(parseParams(`from=${from}`)).toEqual({ params: expect.objectContaining({ from }), notices: [] });
      }),
      { numRuns: 1000, seed: 10 },
    );
  });

  const keys = [...Object.keys(CODECS), 'childId', 'initialWidth', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  const valueArb = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('timeline', 'ar', 'en', '1', '0', 'true', '2025-12-02', '2025-02-30', '0025-01-01', 'us,russia', 'steve-witkoff', 'a,,b', 'javascript:alert(1)', 'data/x.json', '//evil/x.json', '#AA3377', '1.25', '0.5', '9', 'x'.repeat(201)),
  );
  const pairsArb = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 6 })), valueArb), { maxLength: 6 });

  it('reports exactly the parameters it cannot use, and its output survives formatParams', () => {
    fc.assert(
      fc.property(pairsArb, (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const { params, notices } = parseParams(search);
        // The pairs as the parser sees them (URLSearchParams normalises lone surrogates).
        const expected = [...new URLSearchParams(search)]
          .filter(([k]) => !['childId', 'parentTitle', 'parentUrl', 'initialWidth'].includes(k))
          .filter(([k, x]) => !Object.hasOwn(CODECS, k) || (CODECS as Record<string, { parse(raw: string): unknown }>)[k].parse(x) === undefined)
          .map(([key, value]) => ({ key, value }));
        // Beyond those, only a "to" before "from" is dropped, and said so last.
        const valid = (key: 'from' | 'to') =>
          [...new URLSearchParams(search)].filter(([k, x]) => k === key && CODECS[key].parse(x) !== undefined).at(-1)?.[1] ?? null;
        const [from, to] = [valid('from'), valid('to')];
        if (from && to && from > to) {
          expected.push({ key: 'to', value: to });
          expect(params.to).toBeNull();
        }
        // A long list is summarised (at most MAX_NOTICES shown, long names cut), never lost.
        expect(notices).toEqual(capNotices(expected));
        const counted = notices.length + notices.reduce((sum, n) => sum + (n.more ?? 0), 0);
        expect(counted).toBe(expected.length);
        // Idempotent: a link made from the parsed state reads back as that state, silently.
        const again = parseParams(formatParams(params));
        expect(again.notices).toEqual([]);
        expect(again.params).toEqual(params);
      }),
      { numRuns: RUNS, seed: 5 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// CSV import and export

const MINI_CSV = formatEventsCsv(MINI.events).csv;
const CSV_CHARS = [...',"\n\r;|\\:[]{}\' =+-@ab1', 'ع', '\u202E', '\u200B', '\uFEFF'];
const tokenArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CSV_CHARS), maxLength: 10 }),
  fc.constantFrom(
    'steve-witkoff:host', 'nobody:host', 'a:b:c:d:e', 'tass; web', 'tass;;', '[', '["tass"]', '[{"source":"tass","__proto__":1}]',
    '{"x":1}', 'context | en: x', 'context', 'gossip | en: x', 'context | __proto__: x', '2025-02-30', 'meeting', 'party', 'moscow',
    '', ' ', "'=1", '=1', 'title_fr', 'notes', 'id', 'constructor', '__proto__',
  ),
  fc.string({ unit: 'binary', maxLength: 10 }),
);
const csvMutationArb = fc.record({
  op: fc.constantFrom('cell', 'cell', 'cell', 'drop-column', 'duplicate-row', 'drop-row', 'header', 'insert-char', 'extra-cell'),
  row: fc.nat(),
  col: fc.nat(),
  token: tokenArb,
  at: fc.nat(),
});
type CsvMutation = typeof csvMutationArb extends fc.Arbitrary<infer T> ? T : never;

function mutateCsv(text: string, m: CsvMutation): string {
  if (m.op === 'insert-char') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.token.slice(0, 1) + text.slice(at);
  }
  const records = csvParseRows(text);
  if (records.length === 0) return text;
  const r = m.row % records.length;
  const c = m.col % Math.max(1, records[r].length);
  if (m.op === 'cell') records[r][c] = m.token;
  if (m.op === 'header') records[0][c] = m.token;
  if (m.op === 'drop-column') for (const rec of records) rec.splice(c, 1);
  if (m.op === 'duplicate-row') records.push([...records[r]]);
  if (m.op === 'drop-row') records.splice(r, 1);
  if (m.op === 'extra-cell') records[r].push(m.token);
  return csvFormatRows(records);
}

/** The importer's contract, for any text. */
function checkImport(text: string): void {
  const result = importEventsCsv(text, MINI);
  const { problems, counts } = result;
  for (const p of problems) {
    check(Number.isInteger(p.row) && p.row >= 1 && p.column !== '' && p.expected !== '' && p.found !== '', () => `bad problem ${JSON.stringify(p)}`);
    check(/^(error|warning): row \d+, column ./.test(formatCsvProblem(p)), () => formatCsvProblem(p));
  }
  check(counts.accepted + counts.rejected === counts.rows, () => `counts ${JSON.stringify(counts)}`);
  const badRows = new Set(problems.filter((p) => p.severity === 'error' && p.row > 1).map((p) => p.row));
  check(badRows.size === counts.rejected, () => 'rejected rows without an error naming them');
  // Nothing lost against the validator itself: every row is an event in the file, and a row
  // without errors is one it accepts.
  const loaded = loadDataset(result.json);
  check(loaded.counts.inFile === counts.rows && loaded.counts.accepted >= counts.accepted, () => `validator counts ${JSON.stringify(loaded.counts)}`);
  const clean = !problems.some((p) => p.severity === 'error');
  check(!clean || loaded.counts.accepted === counts.rows, () => 'a clean import with events the validator rejects');
}

const ACTORS = MINI.actors.map((a: { id: string }) => a.id);
const SOURCES = MINI.sources.map((s: { id: string }) => s.id);
const PLACES = MINI.places.map((p: { id: string }) => p.id);
const cellText = fc
  .string({ unit: fc.constantFrom(...'ab ;|\\:=+-@\'",\n[]{}', 'ع', '\u202E', '\u200B'), minLength: 1, maxLength: 10 })
  .filter((s) => s.trim() !== '');
const langMap = fc.dictionary(fc.constantFrom('ar', 'en', 'fr', 'pt-BR'), cellText, { minKeys: 1, maxKeys: 3 });
const idArb = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const participantArb = fc.record(
  { actor: fc.constantFrom(...ACTORS), role: fc.constantFrom(...ROLES), side: fc.constantFrom(...MINI.sides.map((s: { id: string }) => s.id)), uncertain: fc.boolean() },
  { requiredKeys: ['actor', 'role'] },
);
const evidenceArb = fc.record(
  {
    source: fc.constantFrom(...SOURCES),
    quote: fc.record({ exact: cellText, prefix: fc.string({ maxLength: 4 }), suffix: fc.string({ maxLength: 4 }), lang: fc.constantFrom('ar', 'en') }, { requiredKeys: ['exact', 'lang'] }),
    translation: langMap,
    attribution: fc.oneof(fc.record({ actor: fc.constantFrom(...ACTORS) }), fc.record({ description: langMap })),
  },
  { requiredKeys: ['source'] },
);
const noteArb = fc.record({ kind: fc.constantFrom(...NOTE_KINDS), text: langMap, field: fc.constantFrom(...NOTE_FIELDS) }, { requiredKeys: ['kind', 'text'] });
/** Any valid event against the mini fixture's actors, places, sources and series. */
const eventArb = fc.record(
  {
    id: idArb,
    type: fc.constantFrom(...EVENT_TYPES),
    status: fc.constantFrom(...STATUSES),
    title: langMap,
    summary: langMap,
    when: fc.constantFrom('2025-12-02', '2025-12', '2025', '2025-12-04/2025-12-06', '2025-10-25~', '2025-02-11?', '2025-10%', '0025-01-01', ' 2026-03-11 '),
    whenReported: langMap,
    place: fc.constantFrom(...PLACES),
    venue: langMap,
    participants: fc.uniqueArray(participantArb, { selector: (p) => `${p.actor} ${p.role}`, minLength: 1, maxLength: 3 }),
    evidence: fc.array(evidenceArb, { minLength: 1, maxLength: 3 }),
    series: fc.record({ id: fc.constant('istanbul-talks'), note: langMap }, { requiredKeys: ['id'] }),
    notes: fc.array(noteArb, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'type', 'status', 'title', 'summary', 'when', 'place', 'participants', 'evidence'] },
);

describe('importEventsCsv(csv, base) fuzzed', () => {
  it('explains or accepts any text', () => {
    const textArb = fc.oneof(
      fc.string({ unit: fc.constantFrom(...CSV_CHARS), maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.string({ unit: fc.constantFrom(...CSV_CHARS), maxLength: 200 }).map((t) => `${MINI_CSV.split('\n')[0]}\n${t}`),
    );
    fc.assert(fc.property(textArb, checkImport), { numRuns: RUNS / 2, seed: 6 });
  });

  it('explains or accepts random mutations of an exported sheet', () => {
    fc.assert(
      fc.property(fc.array(csvMutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
        checkImport(mutations.reduce(mutateCsv, MINI_CSV));
      }),
      { numRuns: RUNS / 2, seed: 7 },
    );
  });
});

describe('formatEventsCsv(events) fuzzed', () => {
  it('round-trips any valid events without a problem', () => {
    fc.assert(
      fc.property(fc.uniqueArray(eventArb, { selector: (e) => e.id, minLength: 1, maxLength: 3 }), (events) => {
        const { csv, warnings } = formatEventsCsv(events);
        expect(warnings).toEqual([]);
        const result = importEventsCsv(csv, { ...MINI, events: [] });
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(result.json.events).toEqual(events);
      }),
      { numRuns: RUNS / 5, seed: 8 },
    );
  });

  it('round-trips any events, valid or not, whenever it gives no warning', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
        const data = mini();
        for (const m of mutations) mutate(data.events, m);
        const { csv, warnings } = formatEventsCsv(data.events);
        if (warnings.length === 0) expect(parseEventsCsv(csv).rows.map((r) => r.event)).toEqual(data.events);
      }),
      { numRuns: RUNS / 4, seed: 9 },
    );
  });
});

/**
 * Events ⇄ CSV, so that editors can keep the timeline in a spreadsheet (as TimelineJS is fed):
 * one row per event, each language of a text in its own `<field>_<lang>` column, actors,
 * places, sources and series referenced by id, and three multi-valued cells (participants,
 * evidence, notes) in a small `;`-separated syntax. Any of those three cells may instead hold a
 * JSON array, for what the syntax cannot say (a quote with its context, say). docs/CSV.md is
 * the editors' reference.
 *
 * The export checks every cell it writes by reading it back, and falls back to JSON where the
 * short form would change the value: JSON → CSV → JSON loses nothing for any event. The import
 * does not validate on its own: rows become events, `loadDataset` and `checkQuotes` judge them,
 * and their problems are mapped back to the row and column an editor can find.
 */
import { guardCell, unguardCell } from './formula-guard';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import * as v from 'valibot';
import { LangTag } from './schema';
import { checkQuotes, describeValue, loadDataset, visible } from './load';
import { bidiControls } from './bidi';
import { deepEqual, stringifyJson } from './deep-json';
import type { Problem } from './types';

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One problem in a CSV file, located as a spreadsheet shows it. */
export interface CsvProblem {
  /** 1-based, the header being row 1 (a record, so a cell with line breaks is still one row). */
  row: number;
  column: string;
  /** 1-based position in a multi-valued cell, and the field within that item. */
  item?: number;
  field?: string;
  expected: string;
  found: string;
  severity: 'error' | 'warning';
}

export function formatCsvProblem(p: CsvProblem, file?: string): string {
  const where = `${file ? `${file}: ` : ''}row ${p.row}, column ${p.column}${p.item ? `, item ${p.item}` : ''}${p.field ? ` (${p.field})` : ''}`;
  return `${p.severity}: ${where}: expected ${p.expected}, found ${p.found}`;
}

// ---------------------------------------------------------------------------------------------
// Cells: formula guard and escaped lists

/** `\;`, `\|` and `\\` stand for themselves; any other backslash is kept as typed (C:\dir). */
const escapeText = (text: string) => text.replace(/[;|\\]/g, '\\$&');
const unescapeText = (text: string) => text.replace(/\\([;|\\])/g, '$1');

/** Splits at each unescaped `sep`; pieces keep their escapes, undone at the leaves. */
function splitEscaped(text: string, sep: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) current += c + text[++i];
    else if (c === sep) (out.push(current), (current = ''));
    else current += c;
  }
  out.push(current);
  return out;
}

type ItemResult = { ok: true; value: unknown } | { ok: false; expected: string };
const fail = (expected: string): ItemResult => ({ ok: false, expected });

// ---------------------------------------------------------------------------------------------
// The three multi-valued cells

interface Multi {
  /** One item in the short form, or undefined when the item cannot be written that way. */
  format(item: unknown): string | undefined;
  parse(text: string): ItemResult;
}

/** The words after `actor:role:side`, each setting one participant flag (an explicit false too). */
const FLAGS = { uncertain: ['uncertain', true], certain: ['uncertain', false], indirect: ['indirect', true], direct: ['indirect', false] } as const;
type FlagWord = keyof typeof FLAGS;
const PARTICIPANT = 'actor:role or actor:role:side, then any of uncertain (or certain) and indirect (or direct), each once: actor:role::uncertain:indirect';

/**
 * `actor:role`, `actor:role:side`, then any flags: `actor:role:side:uncertain`,
 * `actor:role::indirect` (talks through mediators), `actor:role::uncertain:indirect`.
 */
const participants: Multi = {
  format(p) {
    if (!isObject(p) || typeof p.actor !== 'string' || typeof p.role !== 'string') return undefined;
    const flags = (Object.keys(FLAGS) as FlagWord[]).filter((w) => p[FLAGS[w][0]] === FLAGS[w][1]);
    const side = typeof p.side === 'string' ? p.side : undefined;
    const parts = [p.actor, p.role, ...(side !== undefined || flags.length ? [side ?? ''] : []), ...flags];
    return parts.map(escapeText).join(':');
  },
  parse(text) {
    const parts = text.split(':').map((x) => unescapeText(x).trim());
    const [actor, role, side = '', ...words] = parts;
    const value: Record<string, unknown> = { actor, role, ...(side ? { side } : {}) };
    for (const w of words) {
      const flag = Object.hasOwn(FLAGS, w) ? FLAGS[w as FlagWord] : undefined;
      if (!flag || flag[0] in value) return fail(PARTICIPANT);
      value[flag[0]] = flag[1];
    }
    if (!actor || !role) return fail(PARTICIPANT);
    return { ok: true, value };
  },
};

/** A source id; evidence with a quote, translation or attribution goes in the JSON form. */
const evidence: Multi = {
  format: (x) => (isObject(x) && typeof x.source === 'string' && Object.keys(x).length === 1 ? escapeText(x.source) : undefined),
  parse: (text) => ({ ok: true, value: { source: unescapeText(text).trim() } }),
};

/** `kind | ar: text | en: text`, or `kind:field | ...` for the field the note qualifies. */
const notes: Multi = {
  format(n) {
    if (!isObject(n) || typeof n.kind !== 'string' || !isObject(n.text)) return undefined;
    if (n.field !== undefined && typeof n.field !== 'string') return undefined;
    const head = escapeText(n.kind) + (n.field === undefined ? '' : `:${escapeText(n.field)}`);
    const texts = Object.entries(n.text).map(([lang, t]) => (typeof t === 'string' ? `${escapeText(lang)}: ${escapeText(t)}` : undefined));
    return texts.includes(undefined) ? undefined : [head, ...texts].join(' | ');
  },
  parse(text) {
    const [head, ...segments] = splitEscaped(text, '|');
    const colon = head.indexOf(':');
    const kind = unescapeText(colon < 0 ? head : head.slice(0, colon)).trim();
    const field = colon < 0 ? undefined : unescapeText(head.slice(colon + 1)).trim();
    if (!kind || segments.length === 0) return fail('kind | lang: text (a ";" or "|" inside a text is written "\\;" or "\\|")');
    const texts: Record<string, string> = {};
    for (const segment of segments) {
      const at = segment.indexOf(':');
      const lang = at < 0 ? '' : unescapeText(segment.slice(0, at)).trim();
      // Checked here, not left to the loader: a key like "__proto__" must never be assigned.
      if (!v.is(LangTag, lang) || Object.hasOwn(texts, lang)) return fail('"| lang: text" with a language tag like ar or en, each language once');
      texts[lang] = unescapeText(segment.slice(at + 1)).trim();
    }
    return { ok: true, value: { kind, ...(field === undefined ? {} : { field }), text: texts } };
  },
};

const MULTI = { participants, evidence, notes } as const;
type MultiField = keyof typeof MULTI;

const BIDI_EXPECTED = 'text without bidi control characters (they reorder the words shown around them; delete them unless one is meant)';

const JSON_CELL = 'a JSON array [...] (the cell starts with "[" or "{")';

/** A cell's items, or the problems that stop it being read (item 0: the cell as a whole). */
function parseMulti(cell: string, codec: Multi): { items: unknown[]; errors: { item: number; expected: string; found: string }[] } {
  const text = cell.trim();
  const errors: { item: number; expected: string; found: string }[] = [];
  let raw: unknown[];
  if (text.startsWith('[') || text.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return { items: [], errors: [{ item: 0, expected: JSON_CELL, found: `invalid JSON: ${(e as Error).message}` }] };
    }
    if (!Array.isArray(json)) return { items: [], errors: [{ item: 0, expected: JSON_CELL, found: describeValue(json) }] };
    raw = json;
  } else {
    raw = splitEscaped(text, ';').map((x) => x.trim()).filter((x) => x !== '');
  }
  const items: unknown[] = [];
  raw.forEach((x, i) => {
    if (typeof x !== 'string') return void items.push(x);
    const r = codec.parse(x);
    if (r.ok) items.push(r.value);
    else errors.push({ item: i + 1, expected: r.expected, found: describeValue(unescapeText(x)) });
  });
  return { items, errors };
}

/** The shortest cell that reads back as `items`: the `;` list if it does, else JSON. */
function formatMulti(items: unknown[], codec: Multi): string {
  const short = items.map((x) => {
    const text = codec.format(x);
    const back = text === undefined ? undefined : codec.parse(text);
    return back?.ok && deepEqual(back.value, x) ? text : undefined;
  });
  if (items.length > 0 && short.every((x) => x !== undefined)) {
    const cell = short.join('; ');
    const back = parseMulti(cell, codec);
    if (back.errors.length === 0 && deepEqual(back.items, items)) return cell;
  }
  return stringifyJson(items.map((x, i) => short[i] ?? x));
}

// ---------------------------------------------------------------------------------------------
// Columns

/** Columns holding one language of a text: `title_ar`, `title_en`, `title_fr`... */
const TEXT_COLUMNS = { when_reported: 'whenReported', title: 'title', summary: 'summary', venue: 'venue', series_note: 'series.note' } as const;
type TextPrefix = keyof typeof TEXT_COLUMNS;
const SIMPLE_COLUMNS = ['id', 'type', 'status', 'when', 'place', 'series'] as const;
type SimpleColumn = (typeof SIMPLE_COLUMNS)[number];

/** The column order of an export; `<prefix>_<lang>` columns come as ar, en, then others. */
const LAYOUT: (SimpleColumn | TextPrefix | MultiField)[] = [
  'id', 'type', 'status', 'when', 'when_reported', 'title', 'summary', 'place', 'venue',
  'participants', 'evidence', 'series', 'series_note', 'notes',
];
/** Without these a row cannot be an event: a sheet lacking one is told so at the header, not only row by row. */
const REQUIRED = ['id', 'type', 'status', 'when', 'place', 'participants', 'evidence'];

/**
 * The content languages of a file whose meta does not say (`meta.languages`): those of the bundled
 * dataset, whose columns docs/CSV.md and data/template.csv list.
 */
const BASE_LANGUAGES = ['ar', 'en'];

/** The base columns of a file in Arabic and English, in export order (docs/CSV.md lists them). */
export const CSV_COLUMNS: string[] = LAYOUT.flatMap((c) => (c in TEXT_COLUMNS ? BASE_LANGUAGES.map((l) => `${c}_${l}`) : [c]));

type Column = { kind: 'simple'; name: SimpleColumn } | { kind: 'text'; prefix: TextPrefix; lang: string } | { kind: 'multi'; name: MultiField };

function parseHeader(name: string): Column | undefined {
  if ((SIMPLE_COLUMNS as readonly string[]).includes(name)) return { kind: 'simple', name: name as SimpleColumn };
  if (name in MULTI && Object.hasOwn(MULTI, name)) return { kind: 'multi', name: name as MultiField };
  const m = /^(when_reported|title|summary|venue|series_note)_(.+)$/.exec(name);
  if (m && v.is(LangTag, m[2])) return { kind: 'text', prefix: m[1] as TextPrefix, lang: m[2] };
  return undefined;
}

const textMap = (e: Json, prefix: TextPrefix): unknown => (prefix === 'series_note' ? (isObject(e.series) ? e.series.note : undefined) : e[TEXT_COLUMNS[prefix]]);
/** Columns of the content languages first, in their order, then any others alphabetically. */
const langOrder = (languages: readonly string[]) => {
  const rank = (l: string) => (languages.includes(l) ? languages.indexOf(l) : languages.length);
  return (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
};

// ---------------------------------------------------------------------------------------------
// Rows

export interface CsvRow {
  row: number;
  event: Json;
  /** Columns whose cell could not be read; the loader's view of them would only repeat that. */
  unreadable: Set<string>;
}

type Report = (row: number, column: string, expected: string, found: string, item?: number) => void;

/** One record's cells as a raw event, keys in the order of the schema (and of the data file). */
function readRecord(cells: string[], header: string[], columns: (Column | undefined)[], row: number, error: Report): CsvRow {
  const unreadable = new Set<string>();
  const simple: Partial<Record<SimpleColumn, string>> = {};
  const texts: Partial<Record<TextPrefix, Record<string, string>>> = {};
  const multi: Partial<Record<MultiField, unknown[]>> = {};
  cells.forEach((raw, i) => {
    const value = unguardCell(raw);
    if (value.trim() === '') return;
    const column = columns[i];
    if (!column) {
      if (header[i] === '' || i >= header.length) error(row, `${i + 1} (no name)`, 'no value in a column without a header', describeValue(value));
      return;
    }
    if (column.kind === 'simple') simple[column.name] = value;
    else if (column.kind === 'text') (texts[column.prefix] ??= {})[column.lang] = value;
    else {
      const r = parseMulti(value, MULTI[column.name]);
      for (const e of r.errors) error(row, column.name, e.expected, e.found, e.item || undefined);
      if (r.errors.length) unreadable.add(column.name);
      multi[column.name] = r.items;
    }
  });
  const event: Json = {};
  const put = (key: string, value: unknown) => value !== undefined && (event[key] = value);
  put('id', simple.id);
  put('type', simple.type);
  put('status', simple.status);
  put('title', texts.title);
  put('summary', texts.summary);
  put('when', simple.when);
  put('whenReported', texts.when_reported);
  put('place', simple.place);
  put('venue', texts.venue);
  put('participants', multi.participants);
  put('evidence', multi.evidence);
  if (simple.series !== undefined || texts.series_note) {
    put('series', { ...(simple.series !== undefined ? { id: simple.series } : {}), ...(texts.series_note ? { note: texts.series_note } : {}) });
  }
  put('notes', multi.notes);
  return { row, event, unreadable };
}

// ---------------------------------------------------------------------------------------------
// Export

/** The cell of one column for one event; undefined when the event has nothing there. */
function cellOf(e: Json, column: Column): string | undefined {
  let value: unknown;
  if (column.kind === 'text') {
    const map = textMap(e, column.prefix);
    value = isObject(map) ? map[column.lang] : undefined;
  } else if (column.kind === 'multi') {
    const items = e[column.name];
    value = Array.isArray(items) ? formatMulti(items, MULTI[column.name]) : undefined;
  } else {
    value = column.name === 'series' ? (isObject(e.series) ? e.series.id : undefined) : e[column.name];
  }
  return typeof value === 'string' ? guardCell(value) : undefined;
}

/**
 * The events of a data file as CSV text (no byte-order mark; the CLI adds one for Excel).
 * Each row is read back and compared with its event; `warnings` names every field that would
 * not survive (an unknown field, a number where text belongs, an empty text), which only an
 * invalid file has. With no warnings, importing the CSV gives exactly these events back.
 * `languages` (the file's `meta.languages`) come first among the `<field>_<lang>` columns, and
 * have columns even when no event uses them.
 */
export function formatEventsCsv(events: readonly unknown[], languages: readonly string[] = BASE_LANGUAGES): { csv: string; warnings: string[] } {
  const warnings: string[] = [];
  const objects = events.flatMap((e, i) => {
    if (isObject(e)) return [{ e, label: typeof e.id === 'string' && e.id ? visible(e.id) : `#${i}` }];
    warnings.push(`event #${i}: ${describeValue(e)} is not an event; left out`);
    return [];
  });
  const header: string[] = LAYOUT.flatMap((c) => {
    if (!(c in TEXT_COLUMNS)) return [c];
    const langs = new Set(languages);
    for (const { e } of objects) {
      const map = textMap(e, c as TextPrefix);
      if (isObject(map)) for (const lang of Object.keys(map)) if (v.is(LangTag, lang)) langs.add(lang);
    }
    return [...langs].sort(langOrder(languages)).map((lang) => `${c}_${lang}`);
  });
  const columns = header.map((name) => parseHeader(name)!);
  const rows = objects.map(({ e, label }) => {
    const cells = columns.map((column) => cellOf(e, column) ?? '');
    // The import skips blank rows, so an event with nothing a CSV can hold would vanish.
    if (cells.every((c) => c.trim() === '')) warnings.push(`event ${label}: nothing in it fits the CSV format (docs/CSV.md); it will be missing after import`);
    const back = readRecord(cells, header, columns, 0, () => {}).event;
    for (const key of new Set([...Object.keys(e), ...Object.keys(back)])) {
      if (!deepEqual(e[key], back[key])) warnings.push(`event ${label}: "${visible(key)}" does not fit the CSV format (docs/CSV.md); it will be missing or different after import`);
    }
    return cells;
  });
  return { csv: csvFormatRows([header, ...rows]) + '\n', warnings };
}

// ---------------------------------------------------------------------------------------------
// Import

/**
 * Reads CSV text into one raw event per non-empty row, reporting only what the CSV layer can
 * see (unknown columns, a malformed participants/evidence/notes cell). Never throws.
 */
export function parseEventsCsv(text: string): { rows: CsvRow[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const error: Report = (row, column, expected, found, item) =>
    problems.push({ row, column, ...(item ? { item } : {}), expected, found, severity: 'error' });
  const records = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = records[0]?.map((h) => h.trim()) ?? [];
  if (header.every((h) => h === '')) {
    error(1, '(header)', 'a header row naming the columns (see docs/CSV.md)', records.length ? 'an empty row' : 'an empty file');
    return { rows: [], problems };
  }
  // Excel in many European locales saves "CSV" with semicolons; say so rather than list one odd column.
  if (header.length === 1 && header[0].split(';').length > 2) {
    error(1, '(header)', 'columns separated by commas (save as "CSV UTF-8 (Comma delimited)")', 'columns separated by ";"');
    return { rows: [], problems };
  }
  const columns = header.map((name, i) => {
    const column = parseHeader(name);
    if (name === '') return undefined;
    if (!column) error(1, visible(name), 'a column named in docs/CSV.md (id, type, title_<lang>...)', 'an unknown column');
    else if (header.indexOf(name) !== i) error(1, name, 'each column once', `a second "${name}" column`);
    return header.indexOf(name) === i ? column : undefined;
  });
  for (const name of REQUIRED) if (!header.includes(name)) error(1, name, `a column "${name}" (required)`, 'no such column');
  for (const field of ['title', 'summary'] as const) {
    if (!columns.some((c) => c?.kind === 'text' && c.prefix === field)) error(1, `${field}_<lang>`, `a column "${field}_en", "${field}_ar" or other language (required)`, 'no such column');
  }
  const rows = records.flatMap((cells, index) =>
    index === 0 || cells.every((c) => c.trim() === '') ? [] : [readRecord(cells, header, columns, index + 1, error)],
  );
  // A stray right-to-left mark or override in a text is kept (it may be meant), but said.
  records.forEach((cells, index) => {
    if (index > 0) cells.forEach((cell, i) => {
      const column = columns[i];
      const found = column && (column.kind === 'text' || (column.kind === 'multi' && column.name === 'notes')) ? bidiControls(cell) : [];
      if (found.length) problems.push({ row: index + 1, column: header[i], expected: BIDI_EXPECTED, found: `${found.slice(0, 3).join(', ')}${found.length > 3 ? ` and ${found.length - 3} more` : ''}`, severity: 'warning' });
    });
  });
  return { rows, problems };
}

/** Where a loader path (`participants.2.role`) is in the sheet. */
function locate(path: string, expected: string): { column: string; item?: number; field?: string } {
  const [head, ...rest] = path.split('.');
  if (head in MULTI && Object.hasOwn(MULTI, head) && rest.length && /^\d+$/.test(rest[0])) {
    return { column: head, item: Number(rest[0]) + 1, ...(rest.length > 1 ? { field: rest.slice(1).join('.') } : {}) };
  }
  if (head === 'series') {
    if (rest[0] === 'note') return { column: rest[1] ? `series_note_${rest[1]}` : 'series_note_<lang>' };
    return { column: 'series' };
  }
  const prefix = (Object.keys(TEXT_COLUMNS) as TextPrefix[]).find((p) => TEXT_COLUMNS[p] === head);
  if (prefix) {
    if (rest.length) return { column: `${prefix}_${rest.join('.')}` };
    // The loader's "text in ar and en" warning names the languages, hence the columns.
    const missing = /^text in (.+)$/.exec(expected)?.[1].split(' and ');
    return { column: missing ? missing.map((l) => `${prefix}_${l}`).join(', ') : `${prefix}_<lang>` };
  }
  return { column: path || '(row)' };
}

function toCsvProblem(p: Problem, row: number): CsvProblem {
  const at = locate(p.path, p.expected);
  // A missing field is an empty cell to an editor; valibot's "expected "when"" says less.
  const missing = p.found === 'nothing' && /^"[^"]*"$/.test(p.expected);
  return {
    row,
    ...at,
    expected: missing ? 'a value' : p.expected,
    found: missing && at.item === undefined ? 'an empty cell' : p.found,
    severity: p.severity,
  };
}

/**
 * The base with only the items an event refers to (matched by raw id, duplicates and invalid
 * items included), so a row is judged exactly as in the whole file at a fraction of the cost.
 */
function withReferences(envelope: Json, event: Json): Json {
  const ids = new Set<unknown>([event.place, isObject(event.series) ? event.series.id : undefined]);
  for (const p of Array.isArray(event.participants) ? event.participants : []) if (isObject(p)) ids.add(p.actor);
  for (const x of Array.isArray(event.evidence) ? event.evidence : []) {
    if (isObject(x)) ids.add(x.source);
    if (isObject(x) && isObject(x.attribution)) ids.add(x.attribution.actor);
  }
  const pick = (items: unknown) => (Array.isArray(items) ? items.filter((item) => isObject(item) && ids.has(item.id)) : items);
  return { ...envelope, actors: pick(envelope.actors), places: pick(envelope.places), sources: pick(envelope.sources), series: pick(envelope.series), stories: [], phases: [], events: [event] };
}

export interface ImportOptions {
  /** The base data file's name, for its own problems. */
  baseFile?: string;
  /** Resolves a source's `text` path for checkQuotes; without it quotes are not checked. */
  readText?: (path: string) => string | undefined;
}

export interface ImportResult {
  /** The base file with its events replaced by the rows, in row order. */
  json: Json;
  problems: CsvProblem[];
  /** Problems of the base file's other collections (actors, sources, stories...). */
  baseProblems: Problem[];
  /** Rows in the file = accepted + rejected; a rejected row has at least one error naming it. */
  counts: { rows: number; accepted: number; rejected: number };
}

/**
 * Imports a CSV of events into a base dataset (meta, actors, places, sources, series, stories).
 * Each row is validated on its own against the base, so every problem names exactly one row.
 * Throws a DatasetError only when the base is not a dataset; never on CSV input.
 */
export function importEventsCsv(csv: string, base: unknown, options: ImportOptions = {}): ImportResult {
  const { rows, problems } = parseEventsCsv(csv);
  const envelope: Json = isObject(base) ? base : {};
  const firstRow = new Map<string, number>();
  for (const { row, event, unreadable } of rows) {
    const single = loadDataset(withReferences(envelope, event), options.baseFile);
    const found = single.problems.filter((p) => p.collection === 'events');
    if (options.readText) found.push(...checkQuotes(single.dataset, options.readText));
    for (const p of found) {
      const problem = toCsvProblem(p, row);
      if (!unreadable.has(problem.column)) problems.push(problem);
    }
    const id = event.id;
    if (typeof id !== 'string') continue;
    const first = firstRow.get(id);
    if (first === undefined) firstRow.set(id, row);
    else problems.push({ row, column: 'id', expected: 'an id not used by another row', found: `${describeValue(id)}, already used in row ${first}`, severity: 'error' });
  }

  const json: Json = { ...envelope, events: rows.map((r) => r.event) };
  const baseProblems = loadDataset(json, options.baseFile).problems.filter((p) => p.collection !== 'events');
  const rejected = new Set(problems.filter((p) => p.severity === 'error' && p.row > 1).map((p) => p.row)).size;
  problems.sort((a, b) => a.row - b.row);
  return { json, problems, baseProblems, counts: { rows: rows.length, accepted: rows.length - rejected, rejected } };
}

/**
 * The law that lets the loader trust precheck.ts: for any input, the compiled test says yes
 * exactly when valibot accepts the input and returns it unchanged. Checked on every item of the
 * bundled dataset and the fixtures, and on random mutations of them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import * as s from './schema';
import { compileTest } from './precheck';

const files = ['data/peace-talks.json', 'tests/fixtures/talassa.json', 'tests/fixtures/mini.json', 'tests/fixtures/hostile.json'].map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const collections = [
  ['events', s.Event],
  ['actors', s.Actor],
  ['places', s.Place],
  ['sources', s.Source],
  ['series', s.Series],
  ['stories', s.Story],
] as const;

/** What valibot says, as the test should: valid and returned unchanged. */
const unchanged = (schema: v.GenericSchema, x: unknown) => {
  const r = v.safeParse(schema, x);
  return r.success && isDeepStrictEqual(r.output, x);
};

describe('compileTest(schema)', () => {
  it.each(collections)('compiles the %s schema and agrees with valibot on every item on file', (name, schema) => {
    const test = compileTest(schema)!;
    expect(test).not.toBeNull();
    const items = files.flatMap((f) => f[name] ?? []);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect([item.id, test(item)]).toEqual([item.id, unchanged(schema, item)]);
    // The bundled dataset is valid as it stands: every item takes the quick path.
    expect(files[0][name].every(test)).toBe(true);
  });

  it('agrees with valibot on the envelope and the whole-file schema', () => {
    for (const schema of [s.Envelope, s.DatasetFile]) for (const f of files) expect(compileTest(schema)!(f)).toBe(unchanged(schema, f));
  });

  it('says no to what valibot would change or reject', () => {
    const test = compileTest(s.LocalizedText)!;
    expect(test({ en: 'Miami' })).toBe(true);
    expect(test({ en: ' Miami ' })).toBe(false); // valibot trims it: a new value
    expect(test({ en: '' })).toBe(false);
    expect(test({})).toBe(false);
    expect(test(JSON.parse('{"en": "x", "__proto__": "y"}'))).toBe(false); // valibot leaves the key out
    expect(compileTest(s.Id)!('Not-A-Slug')).toBe(false);
    expect(compileTest(s.HttpUrl)!('javascript:alert(1)')).toBe(false);
  });

  it('compiles nothing it does not know', () => {
    expect(compileTest(v.date())).toBeNull();
    expect(compileTest(v.object({ a: v.optional(v.string(), 'x') }))).toBeNull();
    expect(compileTest(v.pipe(v.string(), v.toLowerCase()))).toBeNull();
  });

  // Random edits of real items: replace, delete or add a value anywhere inside.
  const leaf = fc.oneof(
    fc.constantFrom(null, true, 0, -1, 91, 1e308, '', ' ', 'x', ' padded ', 'meeting', 'us', 'ar', 'en', 'Q1', 'US', '2025-12', 'https://example.org', 'javascript:x', 'a-b', 'A b', '__proto__', 'constructor'),
    fc.string({ maxLength: 6 }),
  );
  const value = fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.constantFrom([], {}),
    fc.array(leaf, { maxLength: 2 }),
    // Plain objects, as JSON.parse makes (fast-check's dictionaries have no prototype).
    fc.dictionary(fc.constantFrom('en', 'ar', 'id', 'actor', 'kind', 'x'), leaf, { maxKeys: 2 }).map((d) => ({ ...d })),
  );
  const edit = fc.record({ at: fc.nat(), op: fc.constantFrom('set', 'delete', 'add'), key: fc.constantFrom('en', 'ar', 'id', 'note', 'extra', 'side', '__proto__', 'constructor'), value });

  const pathsOf = (x: unknown, path: (string | number)[] = []): (string | number)[][] =>
    x && typeof x === 'object' ? [path, ...Object.keys(x).flatMap((k) => pathsOf((x as Record<string, unknown>)[k], [...path, Array.isArray(x) ? Number(k) : k]))] : [path];

  function apply(item: unknown, edits: { at: number; op: string; key: string; value: unknown }[]) {
    const copy = JSON.parse(JSON.stringify(item));
    for (const e of edits) {
      const paths = pathsOf(copy).filter((p) => p.length > 0);
      if (!paths.length) continue;
      const path = paths[e.at % paths.length];
      const parent = path.slice(0, -1).reduce((o: Record<string | number, unknown>, k) => o[k] as Record<string | number, unknown>, copy);
      const last = path[path.length - 1];
      if (e.op === 'set') parent[last] = e.value;
      else if (e.op === 'delete') delete parent[last];
      else if (parent && typeof parent === 'object' && !Array.isArray(parent)) Object.defineProperty(parent, e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }

  it.each(collections)('agrees with valibot on random edits of %s', (name, schema) => {
    const test = compileTest(schema)!;
    const items = files.flatMap((f) => f[name] ?? []);
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 }), (i, edits) => {
        const x = apply(items[i % items.length], edits);
        expect(test(x)).toBe(unchanged(schema, x));
      }),
      { numRuns: 1000, seed: 20251206 },
    );
  });
});

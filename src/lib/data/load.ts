/**
 * Loads an untrusted, already JSON-parsed data file with every field checked against the schema
 * (schema.ts, with valibot): `loadDataset`, for the CLI, the build and a page's file the build
 * did not check. The loading itself is assemble.ts's; this module is the schema's part, kept
 * apart so that a page loading the file its build checked does not fetch it (fetch.ts).
 */
import * as v from 'valibot';
import * as s from './schema';
import { compileTest, type Test } from './precheck';
import { assembleDataset, describeValue, visible, type Checked, type Found, type Items, type LoadOptions, type Shape } from './assemble';
import type { Dataset, LoadResult, Problem } from './types';
export { cannotHoldReservedKeys, DatasetError, describeValue, HOW_TO_ADD_SIDES, itemLabel, visible } from './assemble';
export { formatProblem } from './problems';

function issuesToProblems(issues: v.BaseIssue<unknown>[]): Found[] {
  return issues.map((issue) => ({
    path: visible(v.getDotPath(issue) ?? ''),
    // Our own messages read as the expectation ("one of meeting, ..."); valibot's defaults
    // ("Invalid type: Expected string but received 3") carry it in `expected`.
    expected:
      issue.expected === 'never'
        ? 'no such field (it is not part of the format)'
        : issue.message.startsWith('Invalid ')
          ? (issue.expected ?? issue.message)
          : issue.message,
    found: describeValue(issue.input),
    severity: 'error' as const,
  }));
}

/** Each schema's quick test for items that valibot would return unchanged (see precheck.ts). */
const tests = new Map<unknown, Test | null>();
const testOf = (schema: v.GenericSchema): Test | null => (tests.has(schema) ? tests.get(schema)! : tests.set(schema, compileTest(schema)).get(schema)!);

const SCHEMAS: { [C in keyof Items]: v.GenericSchema<unknown, Items[C]> } = {
  sides: s.SideDef,
  actors: s.Actor,
  places: s.Place,
  sources: s.Source,
  series: s.Series,
  stories: s.Story,
  phases: s.Phase,
  events: s.Event,
};

/** Every field checked with the schema; an item the quick test passes is used as it stands. */
export const schemaShape: Shape = {
  envelope(json) {
    const r = v.safeParse(s.Envelope, json);
    return r.success ? { ok: true, value: r.output } : { ok: false, problems: issuesToProblems(r.issues) };
  },
  item<C extends keyof Items>(collection: C, raw: unknown): Checked<Items[C]> {
    const schema: v.GenericSchema<unknown, Items[C]> = SCHEMAS[collection];
    if (testOf(schema)?.(raw)) return { ok: true, value: raw as Items[C] };
    const r = v.safeParse(schema, raw);
    return r.success ? { ok: true, value: r.output as Items[C] } : { ok: false, problems: issuesToProblems(r.issues) };
  },
};

export const loadDataset = (json: unknown, file?: string, options: LoadOptions = {}): LoadResult => assembleDataset(json, schemaShape, file, options);

/**
 * Checks that every quote occurs verbatim (prefix + exact + suffix) in its source's text, and
 * that every source's text file exists. `readText` resolves a source's `text` path; the CLI
 * reads files, tests pass a map.
 */
export function checkQuotes(dataset: Dataset, readText: (path: string) => string | undefined, file?: string): Problem[] {
  const problems: Problem[] = [];
  for (const e of dataset.events) {
    e.evidence.forEach((x, i) => {
      if (!x.quote) return;
      const source = dataset.sources.get(x.source)!;
      const base = { file, collection: 'events', item: e.id, severity: 'error' as const };
      if (!source.text) {
        problems.push({ ...base, path: `evidence.${i}.quote`, expected: `source "${source.id}" to have a "text" file to check the quote against`, found: 'no text on file' });
        return;
      }
      const text = readText(source.text);
      if (text === undefined) {
        problems.push({ ...base, path: `evidence.${i}.quote`, expected: `the source text file ${source.text}`, found: 'no such file' });
        return;
      }
      const needle = (x.quote.prefix ?? '') + x.quote.exact + (x.quote.suffix ?? '');
      if (!text.includes(needle)) {
        problems.push({ ...base, path: `evidence.${i}.quote.exact`, expected: `text that occurs verbatim in ${source.text}`, found: describeValue(x.quote.exact) });
      }
    });
  }
  // A text on file that no quote reads yet must exist too: the next quote will be checked against it.
  const quoted = new Set(dataset.events.flatMap((e) => e.evidence.filter((x) => x.quote).map((x) => x.source)));
  for (const source of dataset.sources.values()) {
    if (!source.text || quoted.has(source.id) || readText(source.text) !== undefined) continue;
    problems.push({ file, collection: 'sources', item: source.id, path: 'text', expected: `the source text file ${source.text}`, found: 'no such file', severity: 'error' });
  }
  return problems;
}

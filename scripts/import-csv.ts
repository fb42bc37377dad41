/**
 * `npm run import -- events.csv [--base data/peace-talks.json] [--out file.json]`: turns a
 * spreadsheet of events (docs/CSV.md) into a data file. Actors, places, sources, series,
 * stories and meta come from the base file; the events are the CSV's rows, in row order.
 * Every row is validated (schema, dates, references, verbatim quotes) and each problem names
 * its row and column. With any error nothing is written and the exit code is 1, so a broken
 * sheet never replaces a good data file. A sheet that is not UTF-8 (Excel's Arabic "CSV" is
 * Windows-1256) is refused, and the output is written whole or not at all (cli.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatCsvProblem, importEventsCsv } from '../src/lib/data/csv';
import { DatasetError, formatProblem } from '../src/lib/data/load';
import { CliError, print, readJson, readUtf8, run, SAVE_CSV, writeWhole } from './cli';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string', default: 'data/peace-talks.json' }, out: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: npm run import -- events.csv [--base data/peace-talks.json] [--out file.json]');
  process.exit(2);
}
const [csvFile] = positionals;
const baseFile = values.base!;

// Source texts (for quote checks) are resolved beside the base file and never outside it.
const dir = path.resolve(path.dirname(baseFile));
const readText = (rel: string) => {
  const full = path.resolve(dir, rel);
  const inside = path.relative(dir, full);
  if (inside.startsWith('..') || path.isAbsolute(inside) || !fs.existsSync(full)) return undefined;
  return fs.readFileSync(full, 'utf8');
};

run(() => {
  const csv = readUtf8(csvFile, SAVE_CSV);
  const base = readJson(baseFile);
  let result: ReturnType<typeof importEventsCsv>;
  try {
    result = importEventsCsv(csv, base, { baseFile, readText });
  } catch (e) {
    if (e instanceof DatasetError) throw new CliError(e.message);
    throw e;
  }
  const { json, problems, baseProblems, counts } = result;
  for (const p of problems) print[p.severity === 'error' ? 'error' : 'warn'](formatCsvProblem(p, csvFile));
  // A sheet with a few rows (the template, a draft) leaves most story steps dangling: one line per story.
  const dangling = new Map<string, string[]>();
  for (const p of baseProblems) {
    if (p.collection === 'stories' && /^steps\.\d+\.event$/.test(p.path)) (dangling.get(p.item) ?? dangling.set(p.item, []).get(p.item)!).push(p.found);
    else print[p.severity === 'error' ? 'error' : 'warn'](formatProblem(p));
  }
  for (const [story, ids] of dangling) {
    print.warn(`warning: ${baseFile} › stories › ${story}: ${ids.length} steps name events that are not valid rows of ${csvFile} (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', ...' : ''}); the app skips them`);
  }
  const all = [...problems, ...baseProblems];
  const errors = all.filter((p) => p.severity === 'error').length;
  const summary = `${csvFile}: ${counts.accepted} of ${counts.rows} rows valid (${counts.rejected} rejected); ${errors} errors, ${all.length - errors} warnings`;
  if (errors > 0) {
    print.error(`${summary}; nothing written`);
    process.exit(1);
  }
  const text = JSON.stringify(json, null, 2) + '\n';
  // Written first, reported after: the summary never claims a file that is not there.
  if (values.out) writeWhole(values.out, text);
  else print.out(text);
  print.error(`${summary}; ${values.out ?? 'stdout'}`);
});

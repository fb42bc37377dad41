/**
 * `npm run export-csv [-- data/peace-talks.json] [--out events.csv] [--no-bom]`: writes a data
 * file's events as CSV for editing in a spreadsheet (docs/CSV.md); `npm run import` reads it
 * back losslessly. A UTF-8 byte-order mark is written first because Excel otherwise opens
 * Arabic text as mojibake; the import ignores it. The file is written whole or not at all (cli.ts).
 */
import { parseArgs } from 'node:util';
import { formatEventsCsv } from '../src/lib/data/csv';
import { CliError, print, readJson, run, writeWhole } from './cli';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, 'no-bom': { type: 'boolean', default: false } },
});
if (positionals.length > 1) {
  console.error('usage: npm run export-csv [-- data/peace-talks.json] [--out events.csv] [--no-bom]');
  process.exit(2);
}
const file = positionals[0] ?? 'data/peace-talks.json';

run(() => {
  const json = readJson(file);
  const events = (json as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) throw new CliError(`${file}: expected an "events" array`);

  const meta = (json as { meta?: { languages?: unknown; title?: unknown } }).meta;
  // The file's content languages, in its order, as columns (title_uk, summary_he...).
  const languages = Array.isArray(meta?.languages) ? meta.languages.filter((l): l is string => typeof l === 'string') : meta?.title && typeof meta.title === 'object' ? Object.keys(meta.title) : undefined;
  const { csv, warnings } = formatEventsCsv(events, languages);
  for (const w of warnings) print.warn(`warning: ${file}: ${w}`);
  const text = (values['no-bom'] ? '' : '\uFEFF') + csv;
  if (values.out) writeWhole(values.out, text);
  else print.out(text);
  print.error(`${file}: ${events.length} events written to ${values.out ?? 'stdout'}${warnings.length ? `; ${warnings.length} warnings` : ''}`);
});

/**
 * `npm run validate [file...]`: checks one or all data files (data/*.json by default) against the
 * schema, EDTF dates, cross-references, duplicate ids, verbatim quotes and their text files, and
 * how well each event is sourced (sourcing.ts, warnings), prints every problem
 * naming file, item, field, expectation and finding, then a summary (event count, date span,
 * counts per type) so a change that silently drops events shows. Exit code 1 on any error.
 * Files are read as the browser reads them (UTF-8, a byte-order mark allowed) and everything
 * printed is made safe for the terminal (cli.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../src/lib/data/load';
import { checkDatasetFile } from './check-dataset';
import { summarize } from '../src/lib/data/summary';
import { print } from './cli';

function filesToCheck(args: string[]): string[] {
  if (args.length) return args;
  return fs
    .readdirSync('data')
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => path.join('data', f));
}

let errors = 0;
for (const file of filesToCheck(process.argv.slice(2))) {
  const checked = checkDatasetFile(file);
  if (!checked.ok) {
    print.error(`error: ${checked.message}`);
    errors++;
    continue;
  }
  const { dataset, problems, counts } = checked;
  for (const p of problems) print[p.severity === 'error' ? 'error' : 'warn'](formatProblem(p));
  errors += checked.errors;
  const s = summarize(dataset);
  print.log(
    `${file}: ${counts.accepted} of ${counts.inFile} events valid (${counts.rejected} rejected), ` +
      `${dataset.actors.size} actors, ${dataset.places.size} places, ${dataset.sources.size} sources, ${dataset.stories.length} stories, ${dataset.phases.length} phases; ` +
      `${s.from ?? '-'} to ${s.to ?? '-'}; ` +
      Object.entries(s.byType).map(([t, n]) => `${t} ${n}`).join(', ') +
      `; ${checked.errors} errors, ${problems.length - checked.errors} warnings`,
  );
}
process.exit(errors > 0 ? 1 : 0);

/**
 * `npm run new-dataset -- data/my-process.json [--languages en,ar]`: writes a small valid dataset
 * to start from (skeleton.ts) and, beside it, a CSV of its events to author more in a
 * spreadsheet (data/my-process.csv, docs/CSV.md). Refuses to replace either file if it exists:
 * nothing is written then. docs/DATASET.md says what to change next.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, print, run, writeWhole } from './cli';
import { idFromFileName, SKELETON_LANGUAGES, skeleton, skeletonCsv, type SkeletonLanguage } from './skeleton';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { languages: { type: 'string', default: SKELETON_LANGUAGES.join(',') } } });
if (positionals.length !== 1 || !positionals[0].endsWith('.json')) {
  print.error('usage: npm run new-dataset -- data/my-process.json [--languages en,ar]');
  process.exit(2);
}

run(() => {
  const [file] = positionals;
  const csvFile = file.replace(/\.json$/, '.csv');
  const languages = values.languages!.split(',').map((l) => l.trim());
  const unknown = languages.filter((l) => !(SKELETON_LANGUAGES as string[]).includes(l));
  if (unknown.length || !languages.length) throw new CliError(`--languages: the skeleton is written in ${SKELETON_LANGUAGES.join(', ')}; found ${unknown.join(', ') || 'none'} (add other languages to its texts afterwards, docs/DATASET.md)`);
  for (const f of [file, csvFile]) if (fs.existsSync(f)) throw new CliError(`${f} already exists: choose another name, or move it away first; nothing was written`);

  const schema = path.relative(path.dirname(path.resolve(file)), path.resolve('data/schema.json')).split(path.sep).join('/');
  const dataset = skeleton(idFromFileName(file), languages as SkeletonLanguage[], schema.startsWith('.') ? schema : `./${schema}`);
  writeWhole(file, JSON.stringify(dataset, null, 2) + '\n');
  writeWhole(csvFile, '\uFEFF' + skeletonCsv(dataset));
  print.log(`${file}: a new dataset (3 sides, 3 actors, 1 place, 1 source, 1 event), and ${csvFile}: its events as CSV.`);
  print.log(`Next: edit it (docs/DATASET.md), \`npm run validate -- ${file}\`, then \`DATASET=${file} npm run dev\`.`);
});

/**
 * Checks one dataset file as `npm run validate` does: the schema, EDTF dates, cross-references,
 * verbatim quotes against their text files and how well each event is sourced. Shared by the
 * validator, the build (vite/dataset.ts refuses a default dataset with errors) and the tests of
 * `npm run new-dataset`, so "valid" means one thing everywhere.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { asChecked, assembleDataset } from '../src/lib/data/assemble';
import type { FilePrint } from '../src/lib/data/data-url';
import { checkQuotes, DatasetError, loadDataset } from '../src/lib/data/load';
import { checkSourcing } from '../src/lib/data/sourcing';
import type { Dataset, Problem } from '../src/lib/data/types';
import { CliError, readJson } from './cli';

export type CheckedFile =
  | { ok: true; dataset: Dataset; problems: Problem[]; errors: number; counts: { inFile: number; accepted: number; rejected: number } }
  | { ok: false; message: string };

/** A text file beside the data, by its path relative to the data file; nothing outside its folder. */
export function sourceTextReader(file: string) {
  const dir = path.resolve(path.dirname(file));
  return (rel: string): string | undefined => {
    const full = path.resolve(dir, rel);
    return full.startsWith(dir + path.sep) && fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
  };
}

export function checkDatasetFile(file: string): CheckedFile {
  let json: unknown;
  try {
    json = readJson(file); // as the browser reads it: UTF-8, a byte-order mark allowed
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { ok: false, message: e.message };
  }
  try {
    const { dataset, problems, counts } = loadDataset(json, file);
    const all = [...problems, ...checkQuotes(dataset, sourceTextReader(file), file), ...checkSourcing(dataset, file)];
    return { ok: true, dataset, problems: all, errors: all.filter((p) => p.severity === 'error').length, counts };
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    return { ok: false, message: e.message };
  }
}

/**
 * The file's print (size and SHA-256) when it loads as it stands: to the same result, problems
 * included, with its parts taken as they are as with every field checked against the schema
 * (nothing trimmed, nothing rejected). A page fetching exactly these bytes then loads them
 * without the schema's code (src/lib/data/fetch.ts). Null for any other file.
 */
export function checkedAsIs(file: string): FilePrint | null {
  let json: unknown;
  try {
    json = readJson(file);
    if (!isDeepStrictEqual(loadDataset(json, file), assembleDataset(json, asChecked, file))) return null;
  } catch {
    return null; // not JSON, not a dataset, or a shape the loader cannot take as it stands
  }
  const bytes = fs.readFileSync(file);
  return { bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

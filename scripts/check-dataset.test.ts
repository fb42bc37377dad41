import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { asChecked, assembleDataset } from '../src/lib/data/assemble';
import { loadDataset } from '../src/lib/data/load';
import { checkedAsIs } from './check-dataset';

const FILES = ['data/peace-talks.json', ...fs.readdirSync('tests/fixtures').filter((f) => f.endsWith('.json')).map((f) => `tests/fixtures/${f}`)];
const talassa = JSON.parse(fs.readFileSync('tests/fixtures/talassa.json', 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'checked-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Talassa with one change, written to a file of its own. */
function variant(name: string, change: (d: typeof talassa) => void): string {
  const data = structuredClone(talassa);
  change(data);
  const file = path.join(tmp, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

describe('checkedAsIs(file): the print of a file that loads as it stands', () => {
  it('prints the bundled dataset and a newsroom-like one by their size and SHA-256', () => {
    for (const file of ['data/peace-talks.json', 'tests/fixtures/talassa.json']) {
      const bytes = fs.readFileSync(file);
      expect(checkedAsIs(file), file).toEqual({ bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
  });

  it('prints only files that load to the same result taken as they stand as checked field by field', () => {
    const printed = FILES.filter((file) => checkedAsIs(file));
    expect(printed.length).toBeGreaterThanOrEqual(2);
    for (const file of printed) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(isDeepStrictEqual(assembleDataset(json, asChecked, file), loadDataset(json, file)), file).toBe(true);
    }
    expect(checkedAsIs('tests/fixtures/hostile.json')).toBeNull();
  });

  it('gives no print when the schema would change or reject a part', () => {
    expect(checkedAsIs(variant('padded', (d) => (d.events[0].title.en = ` ${d.events[0].title.en} `)))).toBeNull();
    expect(checkedAsIs(variant('typed', (d) => (d.events[0].title.en = 42)))).toBeNull();
    expect(checkedAsIs(variant('extra-field', (d) => (d.actors[0].nickname = 'x')))).toBeNull();
    expect(checkedAsIs(variant('not-a-dataset', (d) => delete d.events))).toBeNull();
    expect(checkedAsIs(path.join(tmp, 'missing.json'))).toBeNull();
  });

  it('prints a file whose only problems are warnings found either way (a text missing a language)', () => {
    const file = variant('warned', (d) => delete d.events[0].title.ar);
    expect(loadDataset(JSON.parse(fs.readFileSync(file, 'utf8'))).problems).toMatchObject([{ severity: 'warning', path: 'title' }]);
    expect(checkedAsIs(file)).not.toBeNull();
  });
});

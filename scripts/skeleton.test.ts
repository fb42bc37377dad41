import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importEventsCsv } from '../src/lib/data/csv';
import { checkDatasetFile } from './check-dataset';
import { idFromFileName, skeleton, skeletonCsv } from './skeleton';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'new-dataset-'));
const write = (dataset: object) => {
  const file = path.join(tmp(), 'my-process.json');
  fs.writeFileSync(file, JSON.stringify(dataset));
  return file;
};

describe('skeleton(id, languages)', () => {
  it('passes validation with no error: meta, three sides with an actor each, a place, a source, an event', () => {
    const dataset = skeleton('my-process');
    const checked = checkDatasetFile(write(dataset));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.errors).toBe(0);
    // The one warning teaches the sourcing rule; nothing is missing a language.
    expect(checked.problems.map((p) => `${p.item} ${p.path}`)).toEqual(['first-round evidence']);
    expect(checked.counts).toEqual({ inFile: 1, accepted: 1, rejected: 0 });
    expect(checked.dataset.sides.map((s) => s.id)).toEqual(['party-a', 'party-b', 'mediator']);
    expect([...checked.dataset.actors.values()].map((a) => a.side)).toEqual(['party-a', 'party-b', 'mediator']);
  });

  it('in the languages asked for, the first one the default', () => {
    const dataset = skeleton('solo', ['en']);
    expect(dataset.meta).toMatchObject({ id: 'solo', defaultLanguage: 'en', languages: ['en'], title: { en: 'A new peace process' } });
    expect(Object.keys(dataset.events[0].title)).toEqual(['en']);
    const checked = checkDatasetFile(write(dataset));
    expect(checked.ok && checked.errors).toBe(0);
    const arFirst = skeleton('ar-first', ['ar', 'en']);
    expect(arFirst.meta.defaultLanguage).toBe('ar');
  });

  it('its CSV imports back into it, giving the same event', () => {
    const dataset = skeleton('my-process');
    const csv = skeletonCsv(dataset);
    expect(csv.split('\n')[0]).toMatch(/^id,type,status,when,when_reported_en,when_reported_ar,title_en,title_ar,/);
    const result = importEventsCsv(csv, dataset);
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ rows: 1, accepted: 1, rejected: 0 });
    expect((result.json as { events: unknown[] }).events).toEqual(dataset.events);
  });
});

describe('idFromFileName(file)', () => {
  it.each([
    ['data/my-process.json', 'my-process'],
    ['data/Gaza Talks 2025.json', 'gaza-talks-2025'],
    ['C:\\news\\Talks.JSON', 'talks'],
    ['data/...json', 'my-process'],
  ])('%s -> %s', (file, id) => expect(idFromFileName(file)).toBe(id));
});

describe('npm run new-dataset', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/new-dataset.ts', ...args], { encoding: 'utf8' });

  it('writes the dataset and its CSV, and refuses to replace either', () => {
    const dir = tmp();
    const file = path.join(dir, 'talks.json');
    const first = cli(file, '--languages', 'en');
    expect(first.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).meta).toMatchObject({ id: 'talks', languages: ['en'] });
    expect(fs.readFileSync(path.join(dir, 'talks.csv'), 'utf8')).toMatch(/^\uFEFFid,type,/);

    fs.writeFileSync(file, '{"mine": true}');
    const again = cli(file);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${file} already exists: choose another name, or move it away first; nothing was written`);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"mine": true}');

    // The CSV alone is enough to refuse: nothing half-written.
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(path.join(dir, 'other.csv'), 'mine');
    expect(cli(other).status).toBe(1);
    expect(fs.existsSync(other)).toBe(false);
  }, 30_000);

  it('refuses a language it has no words for', () => {
    const result = cli(path.join(tmp(), 'x.json'), '--languages', 'en,fr');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--languages: the skeleton is written in en, ar; found fr');
  }, 30_000);
});

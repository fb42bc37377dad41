/**
 * The command-line tools as a person runs them (tsx, real files in a temporary folder): what
 * they refuse, what they print, what they write. Slow-ish (one process per case), so one case
 * per rule.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatEventsCsv } from '../src/lib/data/csv';
import { CliError, decodeUtf8, firstInvalidUtf8, SAVE_CSV, writeWhole } from './cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);
// With the source text its quote is checked against (the fixture does not ship one), so that it validates.
const mini = fs.readFileSync('tests/fixtures/mini.json', 'utf8');
fs.writeFileSync(at('mini.json'), mini);
fs.writeFileSync(at('seed.txt'), 'وصف بوتين المحادثات بأنها “بالغ الفائدة” للطرفين.');

function cli(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** "محادثات" in Windows-1256, as Excel in an Arabic locale saves "CSV". */
const CP1256 = Buffer.from([227, 205, 199, 207, 203, 199, 202]);

describe('firstInvalidUtf8(bytes) and decodeUtf8(bytes, file, advice)', () => {
  it.each([
    ['ASCII', [0x61, 0x62], -1],
    ['Arabic in UTF-8', [...Buffer.from('محادثات')], -1],
    ['an emoji', [0xf0, 0x9f, 0x95, 0x8a], -1],
    ['Windows-1256 Arabic', [0x61, ...CP1256], 1],
    ['a cut sequence at the end', [0x61, 0xd9], 1],
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
  ])('%s: first bad byte at %s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes as number[]))).toBe(offset);
  });

  it('refuses Windows-1256 naming the file, the line and "save as CSV UTF-8"', () => {
    const bytes = Buffer.concat([Buffer.from('id,title_ar\n1,'), CP1256]);
    expect(() => decodeUtf8(bytes, 'events.csv', SAVE_CSV)).toThrow(CliError);
    expect(() => decodeUtf8(bytes, 'events.csv', SAVE_CSV)).toThrow(/^events\.csv: not UTF-8 text \(byte 0xE3 on line 2; .*save as CSV UTF-8 .*nothing was written$/);
  });

  it('drops a byte-order mark, as the browser does', () => {
    expect(decodeUtf8(Buffer.from('\uFEFF{"a":1}'), 'x.json', '')).toBe('{"a":1}');
  });
});

describe('writeWhole(file, text)', () => {
  it('writes the file, leaving no temporary file beside it', () => {
    writeWhole(at('out.txt'), 'hello');
    expect(fs.readFileSync(at('out.txt'), 'utf8')).toBe('hello');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a folder and a missing folder with a message, writing nothing', () => {
    expect(() => writeWhole(dir, 'x')).toThrow(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is a folder: give a file name`));
    expect(() => writeWhole(at('no/such/out.json'), 'x')).toThrow(/the folder .*no\/such does not exist; create it first; nothing was written$/);
    expect(fs.existsSync(at('no'))).toBe(false);
  });
});

describe('the tools on hostile and broken input', { timeout: 60_000 }, () => {
  it('import refuses a Windows-1256 sheet, names it, says "save as CSV UTF-8", writes nothing', () => {
    const csv = formatEventsCsv(JSON.parse(mini).events).csv.replace(/^(id,[^\n]*\n[^,]*,)/, '$1@@');
    const [before, after] = csv.split('@@');
    fs.writeFileSync(at('arabic-excel.csv'), Buffer.concat([Buffer.from(before), CP1256, Buffer.from(after)]));
    const r = cli('import-csv', at('arabic-excel.csv'), '--base', at('mini.json'), '--out', at('imported.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${at('arabic-excel.csv')}: not UTF-8 text`);
    expect(r.stderr).toContain('save as CSV UTF-8');
    expect(fs.existsSync(at('imported.json'))).toBe(false);
  });

  it('validate accepts a file with a UTF-8 byte-order mark, as the browser does', () => {
    fs.writeFileSync(at('bom.json'), '\uFEFF' + mini);
    const r = cli('validate', at('bom.json'));
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/bom\.json: 5 of 5 events valid .*; 0 errors/);
  });

  it('validate prints terminal escapes and bidi overrides from a file as \\uXXXX, never raw', () => {
    fs.writeFileSync(at('escape.json'), '{"meta": \u001b]0;pwned\u0007\u001b[2J\u202e}');
    const r = cli('validate', at('escape.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*escape\.json: .*\\u001b/m);
    expect(r.stderr + r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it('export-csv --out to a folder or a missing folder: a clean error, no stack trace, no claimed success', () => {
    for (const out of [dir, at('missing/events.csv')]) {
      const r = cli('export-csv', at('mini.json'), '--out', out);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: .*nothing was written\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at |written to/);
    }
  });

  it('import --out to a folder: a clean error after the summary, no claimed success', () => {
    const csv = formatEventsCsv(JSON.parse(mini).events).csv;
    fs.writeFileSync(at('mini.csv'), csv);
    const r = cli('import-csv', at('mini.csv'), '--base', at('mini.json'), '--out', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .* is a folder: give a file name/m);
    expect(r.stderr).not.toMatch(/\n\s+at |rows valid .*; \//);
  });

  it('export-csv writes a file whose participants list is 200,000 arrays deep (it overflowed the stack)', () => {
    const deep = mini.replace(/"participants":\s*\[/, `"participants": [${'['.repeat(200_000)}${']'.repeat(200_000)},`);
    fs.writeFileSync(at('deep.json'), deep);
    const r = cli('export-csv', at('deep.json'), '--out', at('deep.csv'));
    expect(r.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(at('deep.csv'), 'utf8')).toContain('['.repeat(200_000));
  });
});

import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import plexArabicSubsets from '@fontsource/ibm-plex-sans-arabic/unicode.json';
import { coversAny, parseUnicodeRange } from '../src/lib/present/font-faces';
import { ARABIC_CORE, LATIN_CORE, WEIGHTS, coreFile, cutCore, faces, fontsCss, formatUnicodeRange, subtract } from './fonts-css';

describe('the generated fonts (run `npm run fonts`)', () => {
  it('src/styles/fonts.css is up to date', () => {
    expect(fs.readFileSync('src/styles/fonts.css', 'utf8')).toBe(fontsCss());
  });

  it.each(WEIGHTS)('the Arabic core file in weight %s is cut from the full file and up to date', async (weight) => {
    const file = fs.readFileSync(coreFile('arabic', weight));
    expect(file.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(file.length).toBeLessThan(24_000); // the full file is 43-46 KB
    expect(Buffer.compare(file, await cutCore('arabic', weight))).toBe(0);
  });

  it.each(WEIGHTS)('the Latin core file in weight %s is cut from the Latin file and up to date', async (weight) => {
    const file = fs.readFileSync(coreFile('latin', weight));
    expect(file.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(file.length).toBeLessThan(15_000); // the Latin file is 19-20 KB
    expect(Buffer.compare(file, await cutCore('latin', weight))).toBe(0);
  });

  it('the Latin core and the rest of the Latin range are declared apart, last, and together cover all of it', () => {
    const plex = faces().filter((f) => f.family === 'IBM Plex Sans Arabic' && f.weight === 600);
    const [rest, core] = plex.slice(-2);
    expect([rest.url, core.url]).toEqual([
      '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-600-normal.woff2',
      './fonts/ibm-plex-sans-arabic-latin-core-600-normal.woff2',
    ]);
    const [restRange, coreRange] = [rest, core].map((f) => parseUnicodeRange(f.range));
    const full = parseUnicodeRange(plexArabicSubsets.latin);
    expect(subtract(coreRange, full)).toEqual([]);
    expect(subtract(full, [...restRange, ...coreRange])).toEqual([]);
    expect(subtract(restRange, subtract(full, coreRange))).toEqual([]);
    expect(coversAny(restRange, 'Talks in Geneva, 4–6 May: “a first step”…')).toBe(false);
    expect(coversAny(restRange, 'Élysée')).toBe(true);
  });

  it('the core and the rest of the Arabic range are declared apart and together cover all of it', () => {
    const arabic = faces().filter((f) => f.family === 'IBM Plex Sans Arabic' && f.weight === 400).slice(0, 2);
    expect(arabic.map((f) => f.url)).toEqual([
      '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2',
      './fonts/ibm-plex-sans-arabic-arabic-core-400-normal.woff2',
    ]);
    const [rest, core] = arabic.map((f) => parseUnicodeRange(f.range));
    const full = parseUnicodeRange(plexArabicSubsets.arabic);
    expect(subtract(core, full)).toEqual([]); // the core is part of the Arabic range
    expect(subtract(rest, subtract(full, core))).toEqual([]);
    expect(subtract(full, [...rest, ...core])).toEqual([]);
    expect(coversAny(rest, 'سلام')).toBe(false);
    expect(coversAny(rest, 'ە')).toBe(true); // Kurdish ae: the full file draws it
  });
});

describe('the Arabic the app ships is drawn from the core file', () => {
  const full = parseUnicodeRange(plexArabicSubsets.arabic);
  const core = parseUnicodeRange(ARABIC_CORE);
  const outside = (text: string) =>
    [...new Set(text)].filter((ch) => coversAny(full, ch) && !coversAny(core, ch)).map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);
  const files = (dir: string, ext: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), ext) : e.name.endsWith(ext) ? [path.join(dir, e.name)] : []));

  it.each(['data/peace-talks.json', ...files('src/lib/i18n/strings/ar', '.ts'), ...files('tests/fixtures', '.json')])('%s', (file) => {
    expect(outside(fs.readFileSync(file, 'utf8'))).toEqual([]);
  });

  it("Arabic dates and numbers as the browser's Intl writes them", () => {
    const when = new Date(Date.UTC(2025, 11, 31, 23, 59));
    const text = [
      new Intl.DateTimeFormat('ar', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(when),
      new Intl.DateTimeFormat('ar-EG', { dateStyle: 'full', timeZone: 'UTC' }).format(when),
      new Intl.NumberFormat('ar-EG').format(-1234567.5),
      new Intl.NumberFormat('ar-EG', { style: 'percent' }).format(0.25),
    ].join(' ');
    expect(outside(text)).toEqual([]);
  });
});

describe("the Latin of the app's words, and of Intl's English dates and numbers, is drawn from the Latin core", () => {
  // Every page shows Latin: an Arabic page its digits, key names and "English" button.
  const latin = parseUnicodeRange(plexArabicSubsets.latin);
  const core = parseUnicodeRange(LATIN_CORE);
  const outside = (text: string) =>
    [...new Set(text)].filter((ch) => ch !== '\n' && coversAny(latin, ch) && !coversAny(core, ch)).map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

  it.each(files('src/lib/i18n/strings'))('%s', (file) => {
    expect(outside(fs.readFileSync(file, 'utf8'))).toEqual([]);
  });

  it("English dates, date ranges and numbers as the browser's Intl writes them", () => {
    const [from, to] = [Date.UTC(2025, 11, 4, 9, 30), Date.UTC(2025, 11, 6, 17, 5)];
    const text = [
      new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(from),
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(from, to),
      new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'UTC' }).formatRange(from, to),
      new Intl.NumberFormat('en').format(-1234567.5),
      new Intl.NumberFormat('en', { style: 'percent' }).format(0.25),
      new Intl.NumberFormat('ar', { numberingSystem: 'latn' }).format(-1234567.5),
    ].join(' ');
    expect(outside(text)).toEqual([]);
  });

  it('names what the core leaves out', () => {
    expect(outside('Café × 2 − 1 · «ok»')).toEqual(['U+E9']);
  });
});

describe('subtract(a, b) and formatUnicodeRange(ranges)', () => {
  it('cuts holes and ends', () => {
    expect(formatUnicodeRange(subtract([[0x600, 0x6ff]], parseUnicodeRange('U+0600-060F,U+0650,U+06F0-0700')))).toBe('U+0610-064F,U+0651-06EF');
  });
  it('merges touching ranges and writes five-digit code points', () => {
    expect(formatUnicodeRange([[0x41, 0x5a], [0x5b, 0x5b], [0x1ee00, 0x1ee03]])).toBe('U+0041-005B,U+1EE00-1EE03');
  });
});

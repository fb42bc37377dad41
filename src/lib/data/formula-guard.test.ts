import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from './formula-guard';

describe('guardCell(value) and unguardCell(cell)', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+cmd', `'+cmd`],
    ['-2+3', `'-2+3`],
    ['@SUM(1)', `'@SUM(1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    [`'=1`, `''=1`],
    [`''`, `'''`],
    [`'90s`, `'90s`],
    [`'`, `'`],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
    // Full-width look-alikes, which an East Asian spreadsheet reads as = + - @.
    ['＝HYPERLINK("x")', `'＝HYPERLINK("x")`],
    ['＋cmd', `'＋cmd`],
    ['－2', `'－2`],
    ['＠SUM(1)', `'＠SUM(1)`],
    [`'＝1`, `''＝1`],
  ])('guards %j as %j and reverses it', (value, cell) => {
    expect(guardCell(value)).toBe(cell);
    expect(unguardCell(cell)).toBe(value);
  });
});

import { describe, expect, it } from 'vitest';
import { coversAny, firstFamily, matchWeight, parseUnicodeRange, woff2Url } from './font-faces';

describe('parseUnicodeRange(text)', () => {
  it.each<[string, [number, number][]]>([
    ['U+0000-00FF, U+0131', [[0, 0xff], [0x131, 0x131]]],
    ['U+25??', [[0x2500, 0x25ff]]],
    ['u+0600-06ff', [[0x600, 0x6ff]]],
    ['', [[0, 0x10ffff]]],
    ['nonsense, U+20AC', [[0x20ac, 0x20ac]]],
  ])('%j', (text, ranges) => {
    expect(parseUnicodeRange(text)).toEqual(ranges);
  });
});

describe('coversAny(ranges, text)', () => {
  const arabic = parseUnicodeRange('U+0600-06FF, U+200C-200E');
  it('finds a character in range', () => expect(coversAny(arabic, 'Dec ديسمبر')).toBe(true));
  it('ignores text out of range', () => expect(coversAny(arabic, 'Dec 2025')).toBe(false));
  it('does not count white space', () => expect(coversAny(parseUnicodeRange('U+0000-00FF'), ' \n')).toBe(false));
});

describe('woff2Url(src)', () => {
  it.each([
    ['url(/files/a-400.woff2) format("woff2"), url(/files/a-400.woff) format("woff")', '/files/a-400.woff2'],
    ['url("./b.woff") format("woff"), url("./b.woff2") format("woff2")', './b.woff2'],
    ["url('c.woff2')", 'c.woff2'],
    ['url(d.woff) format("woff")', null],
    ['local("Plex")', null],
  ])('%s', (src, url) => {
    expect(woff2Url(src)).toBe(url);
  });
});

describe('firstFamily(value)', () => {
  it.each([
    ['"IBM Plex Sans Arabic", system-ui, sans-serif', 'IBM Plex Sans Arabic'],
    ["'Noto Sans'", 'Noto Sans'],
    ['system-ui', 'system-ui'],
  ])('%s', (value, family) => expect(firstFamily(value)).toBe(family));
});

describe('matchWeight(desired, available)', () => {
  it.each<[number, number[], number | null]>([
    [400, [400, 600], 400],
    [500, [400, 600], 400],
    [450, [300, 500, 600], 500],
    [600, [400, 600], 600],
    [700, [400, 600], 600],
    [300, [400, 600], 400],
    [300, [200, 400], 200],
    [800, [400, 900], 900],
    [400, [], null],
  ])('%s among %j is %s', (desired, available, match) => expect(matchWeight(desired, available)).toBe(match));
});

import { describe, expect, it } from 'vitest';
import { isolate, localizeDigits, plural, translate } from './translate';
import type { StringKey } from './strings';

describe('translate(lang, digits, key, vars)', () => {
  it.each([
    ['en', 'latn', { n: 1234, total: 5000 }, '1,234 of 5,000 events'],
    ['ar', 'arab', { n: 12, total: 63 }, '١٢ من أصل ٦٣ حدثًا'],
    ['ar', 'latn', { n: 4, total: 9 }, '4 من أصل 9 أحداث'],
  ] as const)('fills the placeholders of a %s string with numbers formatted for it (%s digits)', (lang, digits, vars, expected) => {
    expect(plural(lang, digits, 'count.filtered', vars.total, vars)).toBe(expected);
  });

  it.each([
    ['en', 1, '0 of 1 event'],
    ['ar', 1, '0 من أصل حدث واحد'],
    ['ar', 2, '1 من أصل حدثين'],
    ['ar', 9, '4 من أصل 9 أحداث'],
    ['ar', 63, '4 من أصل 63 حدثًا'],
    ['ar', 100, '4 من أصل 100 حدث'],
    ['uk', 21, '4 з 21 події'],
    ['uk', 9, '4 з 9 подій'],
  ] as const)('"n of total events" agrees with the total: %s, %i', (lang, total, expected) => {
    const n = total === 1 ? 0 : total === 2 ? 1 : 4;
    expect(plural(lang, 'latn', 'count.filtered', total, { n, total })).toBe(expected);
  });

  it('leaves a placeholder without a value as it is, and text values untouched', () => {
    expect(translate('en', 'latn', 'app.span', { from: '1 Mar 2025' })).toBe('1 Mar 2025 – {to}');
    expect(translate('en', 'arab', 'app.span', { from: '2025', to: '2026' })).toBe('2025 – 2026');
  });

  it('a value that ends with a full stop takes the sentence\'s own: a Ukrainian date ends in "р."', () => {
    const vars = { events: '63 події', from: '11 лютого 2025 р.', to: '11 березня 2026 р.' };
    expect(translate('uk', 'latn', 'table.caption', vars)).toBe('63 події, з 11 лютого 2025 р. по 11 березня 2026 р.');
    expect(translate('en', 'latn', 'table.caption', { events: '63 events', from: '11 February 2025', to: '11 March 2026' })).toBe(
      '63 events, 11 February 2025 to 11 March 2026.',
    );
  });

  it('shows the key itself for a key no table has, so a missing string is visible and not blank', () => {
    expect(translate('en', 'latn', 'no.such.key' as StringKey)).toBe('no.such.key');
  });
});

describe('plural(lang, digits, base, n)', () => {
  it.each([
    [0, 'لا أحداث'],
    [1, 'حدث واحد'],
    [2, 'حدثان'],
    [3, '٣ أحداث'],
    [11, '١١ حدثًا'],
    [100, '١٠٠ حدث'],
  ])('Arabic %i → %s (zero, one, two, few, many, other)', (n, expected) => {
    expect(plural('ar', 'arab', 'count.events', n)).toBe(expected);
  });

  it('uses .zero for exactly zero where the table has it, even in English', () => {
    expect(plural('en', 'latn', 'count.events', 0)).toBe('No events');
    expect(plural('en', 'latn', 'count.events', 1)).toBe('1 event');
  });
});

describe('localizeDigits and isolate', () => {
  it('rewrites Western digits only when Arabic-Indic digits are asked for', () => {
    expect(localizeDigits('12 Dec 2025', 'arab')).toBe('١٢ Dec ٢٠٢٥');
    expect(localizeDigits('12 Dec 2025', 'latn')).toBe('12 Dec 2025');
  });

  it('wraps text in first-strong isolates', () => {
    expect([...isolate('Kyiv')].map((c) => c.codePointAt(0)!.toString(16))).toEqual(['2068', '4b', '79', '69', '76', '2069']);
  });
});

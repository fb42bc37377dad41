import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../data/edtf';
import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { ar as arLocale } from 'date-fns/locale/ar';
import { he as heLocale } from 'date-fns/locale/he';
import { uk as ukLocale } from 'date-fns/locale/uk';
import { datePhrase, formatPattern, monthNames, type DateOptions } from './dates';
import { LANGS, LANGUAGES, type Lang, type Language } from './languages';

const span = (text: string) => {
  const r = parseEdtf(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const en: DateOptions = { lang: 'en', digits: 'latn', months: 'egypt' };
const ar: DateOptions = { lang: 'ar', digits: 'latn', months: 'egypt' };
const uk: DateOptions = { lang: 'uk', digits: 'latn', months: 'egypt' };
const he: DateOptions = { lang: 'he', digits: 'latn', months: 'egypt' };

describe('datePhrase(span, options)', () => {
  it.each([
    ['2025-12-02', en, '2 December 2025'],
    ['2025-12-04/2025-12-06', en, '4–6 December 2025'],
    ['2025-11-30/2025-12-01', en, '30 November – 1 December 2025'],
    ['2025-12-30/2026-01-02', en, '30 December 2025 – 2 January 2026'],
    ['2025-10', en, 'October 2025'],
    ['2025', en, '2025'],
    ['2025-10-25~/2025-10-26~', en, 'around 25–26 October 2025'],
    ['2025-02-11?', en, '11 February 2025 (uncertain)'],
    ['2025-12-02', ar, '2 ديسمبر 2025'],
    ['2025-12-04/2025-12-06', ar, '4–6 ديسمبر 2025'],
    ['2025-12-02', { ...ar, digits: 'arab' }, '٢ ديسمبر ٢٠٢٥'],
    ['2025-12-02', { ...ar, months: 'levant' }, '2 كانون الأول 2025'],
    ['2025-10~', ar, 'نحو أكتوبر 2025'],
    // A third of a month, when the span is approximate.
    ['2025-10-21~/2025-10-31~', en, 'around late October 2025'],
    ['2025-10-01~/2025-10-10~', en, 'around early October 2025'],
    ['2025-02-11~/2025-02-20~', en, 'around mid-February 2025'],
    ['2025-10-21/2025-10-31', en, '21–31 October 2025'],
    ['2025-10-21~/2025-10-30~', en, 'around 21–30 October 2025'],
    ['2025-10-21~/2025-10-31~', ar, 'نحو أواخر أكتوبر 2025'],
    // Ukrainian: genitive months after a day or "наприкінці", nominative alone, "р." after the year.
    ['2025-12-02', uk, '2 грудня 2025 р.'],
    ['2025-12-04/2025-12-06', uk, '4–6 грудня 2025 р.'],
    ['2025-11-30/2025-12-01', uk, '30 листопада – 1 грудня 2025 р.'],
    ['2025-12-30/2026-01-02', uk, '30 грудня 2025 р. – 2 січня 2026 р.'],
    ['2025-10', uk, 'жовтень 2025 р.'],
    ['2025', uk, '2025'],
    ['2025-10-25~/2025-10-26~', uk, 'приблизно 25–26 жовтня 2025 р.'],
    ['2025-10-21~/2025-10-31~', uk, 'приблизно наприкінці жовтня 2025 р.'],
    ['2025-06-01~/2025-06-10~', uk, 'приблизно на початку червня 2025 р.'],
    ['2025-02-11?', uk, '11 лютого 2025 р. (непевно)'],
    // Hebrew: "ב" before a month after a day, not before a month alone.
    ['2025-12-02', he, '2 בדצמבר 2025'],
    ['2025-12-04/2025-12-06', he, '4–6 בדצמבר 2025'],
    ['2025-11-30/2025-12-01', he, '30 בנובמבר – 1 בדצמבר 2025'],
    ['2025-10', he, 'אוקטובר 2025'],
    ['2025-10~', he, 'בסביבות אוקטובר 2025'],
    ['2025-10-21~/2025-10-31~', he, 'בסביבות סוף אוקטובר 2025'],
    ['2025-02-11?', he, '11 בפברואר 2025 (לא ודאי)'],
  ] as const)('%s → %s', (text, options, expected) => {
    expect(datePhrase(span(text), options)).toBe(expected);
  });

  it('does not depend on the time zone of the machine', () => {
    // Midnight UTC is still the previous evening in America; the phrase must not shift.
    expect(datePhrase(span('2025-01-01'), en)).toBe('1 January 2025');
  });
});

describe("formatPattern(date, pattern, months) writes what date-fns' format writes with the language's locale", () => {
  const DATE_FNS: Record<Lang, Locale> = { en: enGB, ar: arLocale, he: heLocale, uk: ukLocale };
  // The app's patterns (ticks.ts, names.ts, the header, the handout...), each language's own
  // (languages.ts: datePatterns), and the other widths and escapes of the same tokens.
  const patterns = [
    'yyyy', 'yy', 'y', 'M', 'MM', 'MMM', 'MMMM', 'LLL', 'LLLL', 'd', 'dd', 'HH:mm', 'H:m',
    'd MMM', 'd MMM yyyy', 'd MMMM', 'd MMMM yyyy', 'MMM yyyy', 'MMMM yyyy', 'LLLL yyyy',
    ...LANGS.flatMap((lang) => Object.values((LANGUAGES[lang] as Language).datePatterns ?? {})),
    "d MMMM ''yy", "'it''s' d.MM.", "'open",
  ];
  // One day in each month, single and double digits, a morning and an evening, two far years.
  const days = [...Array.from({ length: 12 }, (_, m) => [2025, m, 1 + ((m * 7) % 28), m % 2 ? 21 : 9, m * 5] as const), [999, 0, 5, 0, 0] as const, [2109, 11, 31, 23, 59] as const];
  const both = (y: number, m: number, d: number, h = 0, min = 0) => {
    const local = new Date(y, m, d, h, min);
    local.setFullYear(y);
    const utc = new Date(Date.UTC(y, m, d, h, min));
    utc.setUTCFullYear(y);
    return [utc, local] as const;
  };

  it.each(LANGS)('%s', (lang) => {
    const months = monthNames({ lang, digits: 'latn', months: 'egypt' });
    expect(months).toBeDefined();
    for (const pattern of patterns)
      for (const [y, m, d, h, min] of days) {
        const [utc, local] = both(y, m, d, h, min);
        expect(formatPattern(utc, pattern, months), `${pattern} on ${utc.toISOString()}`).toBe(format(local, pattern, { locale: DATE_FNS[lang] }));
      }
  });

  it('without month names (the pack not loaded), English as date-fns writes it', () => {
    for (const pattern of patterns)
      for (let m = 0; m < 12; m++) {
        const [utc, local] = both(2025, m, 2);
        expect(formatPattern(utc, pattern, undefined)).toBe(format(local, pattern));
      }
  });

  it('names a token it does not write, with the pattern', () => {
    expect(() => formatPattern(new Date(0), 'EEEE d MMMM', undefined)).toThrow(/"EEEE d MMMM" has "EEEE"/);
    expect(() => formatPattern(new Date(0), 'MMMMM', undefined)).toThrow(/"MMMMM" has "MMMMM"/);
  });
});

import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../data/edtf';
import { datePhrase, type DateOptions } from './dates';

const span = (text: string) => {
  const r = parseEdtf(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const en: DateOptions = { lang: 'en', digits: 'latn', months: 'egypt' };
const ar: DateOptions = { lang: 'ar', digits: 'latn', months: 'egypt' };

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
  ] as const)('%s → %s', (text, options, expected) => {
    expect(datePhrase(span(text), options)).toBe(expected);
  });

  it('does not depend on the time zone of the machine', () => {
    // Midnight UTC is still the previous evening in America; the phrase must not shift.
    expect(datePhrase(span('2025-01-01'), en)).toBe('1 January 2025');
  });
});

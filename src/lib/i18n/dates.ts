/**
 * Dates as phrases that state their precision ("2 December 2025", "4–6 December 2025",
 * "around late October 2025"), in every interface language (its month names, from its
 * pack, and the patterns its press uses, from ./languages.ts), with either Arabic month-name tradition and
 * either digit set. All arithmetic is in UTC: event dates are calendar dates, not instants,
 * and must not shift with the reader's time zone.
 */
import type { DateSpan } from '../data/types';
import { LANGUAGES, type Lang, type Language } from './languages';
import { localizeDigits, translate, type Digits } from './translate';
import { packOf, type MonthNames } from './strings';

export type MonthStyle = 'egypt' | 'levant';

const LEVANT_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'] as const;
/** The Arabic pack's names are the Egyptian/Gulf ones (يناير...); the Levantine ones replace them, in every width. */
const LEVANT: MonthNames = { wide: LEVANT_MONTHS, abbreviated: LEVANT_MONTHS };

export interface DateOptions {
  lang: Lang;
  digits: Digits;
  months: MonthStyle;
}

/**
 * The month names of the options' language, from its pack (./strings.ts), which is loaded
 * whenever the language is on screen; undefined otherwise, and dates are then written in English.
 */
export function monthNames(o: DateOptions): MonthNames | undefined {
  if (o.lang === 'ar' && o.months === 'levant') return LEVANT;
  return packOf(o.lang)?.months;
}

/**
 * Formatted dates, remembered: a chart of a few hundred events names each one (its aria-label
 * says the date) every time it is drawn anew. Bounded, so a long session does not grow it
 * without end.
 */
const formatted = new Map<string, string>();
const FORMATTED_MAX = 20_000;

/** Formats an instant (ms, UTC) with a date-fns pattern in the reader's language and digits. */
export function formatUtc(ms: number, pattern: string, o: DateOptions): string {
  const key = `${o.lang}|${o.digits}|${o.months}|${pattern}|${ms}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const own = LANGUAGES[o.lang] as Language;
    text = localizeDigits(formatPattern(new Date(ms), own.datePatterns?.[pattern] ?? pattern, monthNames(o)), o.digits);
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** date-fns' pattern tokens: a run of one letter, '' (a quote), 'quoted text', or anything else. */
const TOKENS = /([A-Za-z])\1*|''|'(?:''|[^'])+(?:'|$)|[^A-Za-z']+/g;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Month names when the language's pack is not loaded: English. */
const english = (month: number, wide: boolean) => new Date(Date.UTC(2000, month)).toLocaleString('en-US', { month: wide ? 'long' : 'short', timeZone: 'UTC' });

/**
 * `pattern` written for the UTC day of `date`, as date-fns' `format` writes it, for the tokens
 * the app's patterns use: y (year), M and L (month: number, abbreviated, wide; L is the stand-alone
 * form, "грудень" where M writes "грудня"), d (day), H and m (hours, minutes) and quoted text.
 * The month names are the language pack's. date-fns' `format` knows every token (weeks,
 * quarters, eras, time zones...) and its locales carry what parsing and relative dates need: ~6 KB
 * gzip of the first view for these few. dates.test.ts holds this one to date-fns, pattern by
 * pattern and language by language.
 */
export function formatPattern(date: Date, pattern: string, months: MonthNames | undefined): string {
  return pattern.replace(TOKENS, (t) => {
    if (t === "''") return "'";
    if (t[0] === "'") return t.slice(1, t.length > 1 && t.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
    const n = t.length;
    switch (n <= 4 ? t[0] : '') {
      case 'y': {
        const signed = date.getUTCFullYear();
        const year = signed > 0 ? signed : 1 - signed;
        return pad(t === 'yy' ? year % 100 : year, n);
      }
      case 'M':
      case 'L': {
        const month = date.getUTCMonth();
        if (n <= 2) return pad(month + 1, n);
        const names = (t[0] === 'L' && months?.standalone) || months;
        return names ? (n === 4 ? names.wide : names.abbreviated)[month] : english(month, n === 4);
      }
      case 'd':
        return pad(date.getUTCDate(), n);
      case 'H':
        return pad(date.getUTCHours(), n);
      case 'm':
        return pad(date.getUTCMinutes(), n);
      default:
        if (/[A-Za-z]/.test(t)) throw new RangeError(`The date pattern "${pattern}" has "${t}", which formatPattern (src/lib/i18n/dates.ts) does not write`);
        return t;
    }
  });
}

const DAY = 86_400_000;

/**
 * Which third of a month the days from `start` to `last` are, if exactly one: 1–10 "early",
 * 11–20 "mid", 21 to the month's end "late".
 */
function third(start: Date, last: Date): 'early' | 'mid' | 'late' | null {
  if (start.getUTCFullYear() !== last.getUTCFullYear() || start.getUTCMonth() !== last.getUTCMonth()) return null;
  const [a, b] = [start.getUTCDate(), last.getUTCDate()];
  if (a === 1 && b === 10) return 'early';
  if (a === 11 && b === 20) return 'mid';
  if (a === 21 && new Date(+last + DAY).getUTCDate() === 1) return 'late';
  return null;
}

/** The date of an event as a phrase that states its precision. */
export function datePhrase(span: DateSpan, o: DateOptions): string {
  const start = new Date(span.earliest);
  const last = new Date(span.latest - DAY);
  const f = (ms: number, p: string) => formatUtc(ms, p, o);
  let text: string;
  if (span.precision === 'year' && !span.interval) {
    text = f(span.earliest, 'yyyy');
  } else if (span.precision === 'month' && !span.interval) {
    text = f(span.earliest, 'LLLL yyyy');
  } else if (span.approximate && third(start, last)) {
    // "around late October 2025": an approximate span that is a third of one month.
    text = translate(o.lang, o.digits, `date.${third(start, last)!}`, { month: f(span.earliest, 'MMMM yyyy') });
  } else if (!span.interval || +start === +last) {
    text = f(span.earliest, 'd MMMM yyyy');
  } else if (span.precision !== 'day') {
    text = translate(o.lang, o.digits, 'date.range', { from: f(span.earliest, 'd MMMM yyyy'), to: f(+last, 'LLLL yyyy') });
  } else if (start.getUTCFullYear() !== last.getUTCFullYear()) {
    text = translate(o.lang, o.digits, 'date.range', { from: f(span.earliest, 'd MMMM yyyy'), to: f(+last, 'd MMMM yyyy') });
  } else if (start.getUTCMonth() !== last.getUTCMonth()) {
    text = translate(o.lang, o.digits, 'date.range', { from: f(span.earliest, 'd MMMM'), to: f(+last, 'd MMMM yyyy') });
  } else {
    // Same month: "4–6 December 2025". The en dash reads correctly in both directions.
    text = `${f(span.earliest, 'd')}–${f(+last, 'd MMMM yyyy')}`;
  }
  if (span.approximate) text = translate(o.lang, o.digits, 'date.around', { date: text });
  if (span.uncertain) text = translate(o.lang, o.digits, 'date.uncertain', { date: text });
  return text;
}

/** A short date for compact places (list rows, axis labels): "4 Dec 2025". */
export function shortDate(ms: number, o: DateOptions): string {
  return formatUtc(ms, 'd MMM yyyy', o);
}

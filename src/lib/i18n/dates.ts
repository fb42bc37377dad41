/**
 * Dates as phrases that state their precision ("2 December 2025", "4–6 December 2025",
 * "around late October 2025"), in every interface language (its date-fns locale, from its
 * pack, and the patterns its press uses, from ./languages.ts), with either Arabic month-name tradition and
 * either digit set. All arithmetic is in UTC: event dates are calendar dates, not instants,
 * and must not shift with the reader's time zone.
 */
import { format } from 'date-fns';
import type { Locale } from 'date-fns';
// The mini UTC date: its getters read UTC, all date-fns needs to format in UTC. The full UTCDate
// also builds three Intl.DateTimeFormat objects when it is imported, for a toString this app
// never calls.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import type { DateSpan } from '../data/types';
import { LANGUAGES, type Lang, type Language } from './languages';
import { localizeDigits, translate, type Digits } from './translate';
import { packOf } from './strings';

export type MonthStyle = 'egypt' | 'levant';

const LEVANT_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];

/** date-fns' Arabic locale uses the Egyptian/Gulf names (يناير...); the Levantine ones replace them. */
const levant = (ar: Locale): Locale => ({ ...ar, localize: { ...ar.localize!, month: (i: number) => LEVANT_MONTHS[i] } });
let arLevant: Locale | undefined;

export interface DateOptions {
  lang: Lang;
  digits: Digits;
  months: MonthStyle;
}

/**
 * The date-fns locale of the options' language, from its pack (./strings.ts), which is loaded
 * whenever the language is on screen; undefined otherwise, and date-fns then writes English.
 */
export function dateLocale(o: DateOptions): Locale | undefined {
  const own = packOf(o.lang)?.dateLocale;
  if (!own || o.lang !== 'ar' || o.months !== 'levant') return own;
  return (arLevant ??= levant(own));
}

/**
 * Formatted dates, remembered: a chart of a few hundred events names each one (its aria-label
 * says the date) every time it is drawn anew, and date-fns takes ~0.1 ms a call. Bounded, so a
 * long session does not grow it without end.
 */
const formatted = new Map<string, string>();
const FORMATTED_MAX = 20_000;

/** Formats an instant (ms, UTC) with a date-fns pattern in the reader's language and digits. */
export function formatUtc(ms: number, pattern: string, o: DateOptions): string {
  const key = `${o.lang}|${o.digits}|${o.months}|${pattern}|${ms}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const own = LANGUAGES[o.lang] as Language;
    text = localizeDigits(format(new UTCDateMini(ms), own.datePatterns?.[pattern] ?? pattern, { locale: dateLocale(o) }), o.digits);
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(key, text);
  }
  return text;
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

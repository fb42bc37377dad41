/**
 * Looking up UI strings: placeholders, plurals and digits. Pure; the view state binds it to the
 * current language and digit setting. It reads the loaded packs (./strings.ts): a language is
 * on screen only once its pack is here; a key of one that is not comes back as the key.
 */
import { packOf, type StringKey } from './strings';
import { LANGUAGES, languageOf, type Lang } from './languages';

export type Digits = 'latn' | 'arab';
export type Vars = Record<string, string | number>;

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** Rewrites Western digits as Arabic-Indic when asked; leaves other text alone. */
export function localizeDigits(text: string, digits: Digits): string {
  return digits === 'arab' ? text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]) : text;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number, lang: Lang, digits: Digits): string {
  const key = `${LANGUAGES[lang].numbers}-u-nu-${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(key)));
  return f.format(n);
}

/**
 * The template with its `{name}`s filled in. A value that ends a sentence with its own full stop
 * (a Ukrainian date, "11 березня 2026 р.", an abbreviation) takes the template's: "р.", not "р..".
 */
function fill(template: string, vars: Vars | undefined, lang: Lang, digits: Digits): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    const text = typeof value === 'number' ? formatNumber(value, lang, digits) : value;
    return stop && text.endsWith('.') ? text : text + stop;
  });
}

export function translate(lang: Lang, digits: Digits, key: StringKey, vars?: Vars): string {
  return fill(packOf(lang)?.strings[key] ?? key, vars, lang, digits);
}

/** The quotation marks of a language ("«" and "»" in Arabic, "“" and "”" in English). */
export const quoteMarks = (lang: string): readonly [string, string] => (languageOf(lang) ?? LANGUAGES.en).quotes;

/** A quote in the marks of its language ("«…»" in Arabic, "“…”" in English), as plain text. */
export function quoted(text: string, lang: string): string {
  const [open, close] = quoteMarks(lang);
  return `${open}${text}${close}`;
}

const lists = new Map<string, Intl.ListFormat>();
/** "Washington and Moscow" / "واشنطن وموسكو", in the language's own list style. */
export function listOf(items: string[], lang: Lang): string {
  let f = lists.get(lang);
  if (!f) lists.set(lang, (f = new Intl.ListFormat(LANGUAGES[lang].intl, { type: 'conjunction' })));
  return f.format(items);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/**
 * Picks `${base}.${category}` by the language's plural rules, then `.other`. `n` is passed as
 * `{n}`. Exact zero uses `.zero` where a table has it, even in English ("No events").
 */
export function plural(lang: Lang, digits: Digits, base: string, n: number, vars?: Vars): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LANGUAGES[lang].intl)));
  const table: Record<string, string> = packOf(lang)?.strings ?? {};
  const category = n === 0 && `${base}.zero` in table ? 'zero' : rules.select(n);
  const template = table[`${base}.${category}`] ?? table[`${base}.other`] ?? base;
  return fill(template, { n, ...vars }, lang, digits);
}

const FSI = String.fromCodePoint(0x2068);
const PDI = String.fromCodePoint(0x2069);
/**
 * Wraps text that may run in either direction (a Latin name in an Arabic sentence) in Unicode
 * isolates, the plain-text equivalent of <bdi>, for strings built by `translate` and any plain
 * string that holds data (the tab title, notices, the error page): the closing PDI also ends an
 * embedding or override the data left open, so it cannot reorder the app's own words.
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/**
 * A link's `name=value`, as the address bar shows it: left to right in any sentence (an Arabic
 * one would otherwise put the value before the name), the value isolated in its own direction.
 */
export const linkParam = (name: string, value: string): string => `\u2066${name}=${isolate(value)}${PDI}`;

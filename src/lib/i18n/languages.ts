/**
 * The interface languages, one row each. Everything the app knows about a language is written
 * here once and read everywhere else: the address codec (`?lang=`), the header's buttons (each
 * language by its own name), the page's `dir`, date, number and list formats, quotation marks,
 * the fallback of content text, the CSV columns and the loader's "missing language" warnings.
 *
 * Adding a language: a row here (its loader imports ./strings/<code>/index.ts), then that folder:
 * one file per feature with the keys of its English twin in ./strings/en/, and an index.ts that
 * gathers them with the language's month names (the types name each file that lacks a key),
 * and its fonts in ../../../scripts/fonts-css.ts (if its script needs them). The order of the rows is the
 * order of the header's buttons.
 *
 * Content languages (what a dataset is written in, `meta.languages`) are a separate, open set:
 * a dataset may be written in a language the interface does not speak (`dirOf` handles those).
 */
import type { LanguagePack } from './strings';

export interface Language {
  /** The language by its own name, as its readers write it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** The locale for Intl lists, plurals and collation: British English, like the dates. */
  intl: string;
  /** The locale for numbers (with `-u-nu-` digits added): plain English writes counts "12.4K". */
  numbers: string;
  /**
   * Its pack (strings and month names), a chunk of its own fetched only when a page shows
   * the language (./strings.ts).
   */
  load: () => Promise<{ default: LanguagePack }>;
  /** Quotation marks around a quote in this language, as its press prints them. */
  quotes: readonly [open: string, close: string];
  /** A comma between items of a plain list (not "and"): Arabic has its own. */
  comma: string;
  /** Content languages to try, in order, when a text is not written in this one. */
  fallback: readonly string[];
  /**
   * date-fns patterns written the way this language's press writes them, by the pattern the
   * app asks for: Hebrew puts "ב" before a month after a day ("2 בדצמבר 2025"), Ukrainian
   * ends a full date with "р." ("2 грудня 2025 р.").
   */
  datePatterns?: Readonly<Record<string, string>>;
}

export const LANGUAGES = {
  ar: { nativeName: 'العربية', dir: 'rtl', intl: 'ar', numbers: 'ar', load: () => import('./strings/ar/index'), quotes: ['«', '»'], comma: '، ', fallback: ['en'] },
  en: { nativeName: 'English', dir: 'ltr', intl: 'en-GB', numbers: 'en', load: () => import('./strings/en/index'), quotes: ['“', '”'], comma: ', ', fallback: ['ar'] },
  uk: {
    nativeName: 'Українська', dir: 'ltr', intl: 'uk', numbers: 'uk', load: () => import('./strings/uk/index'), quotes: ['«', '»'], comma: ', ', fallback: ['en'],
    datePatterns: { 'd MMMM yyyy': "d MMMM yyyy 'р.'", 'LLLL yyyy': "LLLL yyyy 'р.'", 'MMMM yyyy': "MMMM yyyy 'р.'" },
  },
  // Israeli papers print ״…״ (gershayim) as quotation marks: the same at both ends, so nothing
  // turns the wrong way in right-to-left text.
  he: {
    nativeName: 'עברית', dir: 'rtl', intl: 'he', numbers: 'he', load: () => import('./strings/he/index'), quotes: ['״', '״'], comma: ', ', fallback: ['en'],
    datePatterns: { 'd MMMM yyyy': "d 'ב'MMMM yyyy", 'd MMMM': "d 'ב'MMMM", 'd MMM yyyy': "d 'ב'MMM yyyy", 'd MMM': "d 'ב'MMM" },
  },
} as const satisfies Record<string, Language>;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as Lang[];
export const isLang = (x: unknown): x is Lang => typeof x === 'string' && Object.hasOwn(LANGUAGES, x);
/** The row of a language tag ("uk-UA" reads "uk"), if the interface speaks it. */
export function languageOf(tag: string): Language | undefined {
  const primary = tag.toLowerCase().split('-')[0];
  return isLang(primary) ? LANGUAGES[primary] : undefined;
}

/** The interface language when nothing else chooses one. */
export const DEFAULT_LANG: Lang = 'en';

/**
 * The interface language a page shows: the address's (`lang=`), else the dataset's default if
 * the interface speaks it, else the browser's.
 */
export const chooseLanguage = (address: Lang | null, datasetDefault: string | undefined, browser: Lang): Lang =>
  address ?? (isLang(datasetDefault) ? datasetDefault : browser);

/**
 * The first interface language among the browser's preferences (`navigator.languages`,
 * "uk-UA" counts as "uk"), else English.
 */
export function browserLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
/**
 * The direction of any language tag: the table's for an interface language; for another content
 * language (fa, yi, ru...) the direction of its likely script, from Intl.Locale.
 */
export function dirOf(tag: string): 'ltr' | 'rtl' {
  const row = languageOf(tag);
  if (row) return row.dir;
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** Text in the languages a dataset has: one entry per language tag. */
export type LanguageMap = Record<string, string>;

export interface PickedText {
  text: string;
  /** The language the text is in (the reader's, or the fallback's). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** False when the text is in another language than the reader's. */
  translated: boolean;
}

/**
 * A text in the reader's language, else along the language's fallback chain, then the dataset's
 * content languages in their order, then whatever the map has. Never the first key by accident:
 * a Ukrainian reader of an Arabic-and-English dataset is shown English, not Arabic.
 */
export function pickText(m: LanguageMap | undefined, lang: Lang, content: readonly string[] = []): PickedText {
  const own = LANGUAGES[lang].dir;
  if (!m) return { text: '', lang, dir: own, translated: true };
  if (m[lang]) return { text: m[lang], lang, dir: own, translated: true };
  for (const other of [...LANGUAGES[lang].fallback, ...content]) {
    if (m[other]) return { text: m[other], lang: other, dir: dirOf(other), translated: false };
  }
  for (const other in m) if (m[other]) return { text: m[other], lang: other, dir: dirOf(other), translated: false };
  return { text: '', lang, dir: own, translated: true };
}

/** The language (interface or content) named in the reader's language, "Ukrainian"/"українська". */
export function languageName(tag: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([LANGUAGES[lang].intl], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

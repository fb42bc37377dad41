/**
 * The interface's words, one language at a time. A language's pack (./strings/<lang>/index.ts:
 * its string tables, feature by feature, and its month names) is a chunk of its own, fetched
 * when a page first shows that language (the loader is the language's row in ./languages.ts),
 * so a page fetches only the words it shows. English is the reference shape: `StringKey` is its
 * keys, and every other pack must have exactly them (a type error names the file that lacks one).
 *
 * Plain TypeScript, no Svelte: the build (page-words.ts) and the unit tests load packs too. The
 * page switches language only once the pack is here (state/follow-language.svelte.ts), so
 * `packOf` of the language on screen is always there.
 */
import { LANGS, LANGUAGES, isLang, type Lang } from './languages';
import type english from './strings/en/index';

export type StringKey = keyof (typeof english)['strings'];

type Twelve = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/** A language's month names, January first, as dates write them (./dates.ts: MMM and MMMM). */
export interface MonthNames {
  wide: Twelve;
  abbreviated: Twelve;
  /** The names a month alone takes (LLLL), where they differ: Ukrainian "грудень" against "2 грудня". */
  standalone?: { wide: Twelve; abbreviated: Twelve };
}

export interface LanguagePack {
  strings: Record<StringKey, string>;
  months: MonthNames;
}

const packs: Partial<Record<Lang, LanguagePack>> = {};
const pending = new Map<Lang, Promise<LanguagePack>>();

/** Fetches a language's pack once; a failed fetch (offline) is tried again on the next call. */
export function loadLanguage(lang: Lang): Promise<LanguagePack> {
  const loaded = packs[lang];
  if (loaded) return Promise.resolve(loaded);
  let load = pending.get(lang);
  if (!load) {
    load = LANGUAGES[lang].load().then(
      (m) => (packs[lang] = m.default),
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, load);
  }
  return load;
}

/**
 * The words of `lang`, asked for twice, else of the first language along its fallbacks
 * (./languages.ts), then of any other, whose pack can be fetched; resolves with the language
 * loaded. A page whose own pack fails (a dropped connection, a page left open across a new
 * deploy) is then shown whole in another language, not in raw keys. The view state asks for
 * the page's own words once more as it starts, and again when the reader chooses that language.
 */
export async function loadSomeLanguage(lang: Lang): Promise<Lang> {
  const fallback: readonly string[] = LANGUAGES[lang].fallback;
  const order = [lang, lang, ...new Set([...fallback.filter(isLang), ...LANGS].filter((l) => l !== lang))];
  for (const l of order) {
    try {
      await loadLanguage(l);
      return l;
    } catch {
      // the next
    }
  }
  throw new Error(`No language pack could be fetched (tried ${[...new Set(order)].join(', ')})`);
}

/** A loaded language's pack, else undefined. */
export const packOf = (lang: Lang): LanguagePack | undefined => packs[lang];
export const isLoaded = (lang: Lang): boolean => packs[lang] !== undefined;
/** The languages whose packs are here, in the order of ./languages.ts. */
export const loadedLanguages = (): Lang[] => LANGS.filter(isLoaded);

export { LANGS, isLang, type Lang } from './languages';

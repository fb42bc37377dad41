/**
 * The choices of the type-ahead pickers (actors, places) and how a typed query ranks them.
 * Every name and alias in every language is searchable, folded by `foldText`, so a reader of
 * the Arabic page can type "Marrow" and a reader of the English page can type السه مارو (for إلسه مارو).
 * Pure: the component gives the labels in the reader's language.
 */
import { foldText } from '../data/normalize';
import type { Actor } from '../data/types';
import { LANGUAGES, pickText, type Lang } from '../i18n/languages';

export interface PickOption {
  id: string;
  /** The name in the reader's language (or the next along its fallback chain). */
  label: string;
  /** The language of `label`. */
  lang: string;
  /** The name in the other language, when it differs, so either spelling is recognisable. */
  alt?: { text: string; lang: string };
  /** Folded names and aliases, in every language. */
  terms: string[];
}

/** An actor or a place: both have names and other spellings (aliases). */
type Named = Pick<Actor, 'id' | 'name'> & { aliases?: Actor['aliases'] };

/**
 * One option per actor or place, sorted by label in the reader's language; `content` is the
 * dataset's content languages (see pickText).
 */
export function pickOptions(items: Iterable<Named>, lang: Lang, content: readonly string[] = []): PickOption[] {
  const collator = new Intl.Collator(LANGUAGES[lang].intl);
  const options = [...items].map((item): PickOption => {
    const names = item.name as Record<string, string>;
    const picked = pickText(names, lang, content);
    const label = picked.text || item.id;
    const [altLang, altText] = Object.entries(names).find(([l, text]) => l !== picked.lang && text !== label) ?? [];
    const aliases = 'aliases' in item && item.aliases ? Object.values(item.aliases).flat() : [];
    const terms = [...new Set([...Object.values(names), ...aliases].map(foldText))];
    return { id: item.id, label, lang: picked.lang, alt: altText ? { text: altText, lang: altLang! } : undefined, terms };
  });
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * The options that match a query, best first: a name that starts with the query, then names
 * in which every word of the query starts a word, then names that merely contain every word.
 * Ties keep the given order. An empty query keeps every option, in the given order.
 */
export function rankOptions(options: readonly PickOption[], query: string): PickOption[] {
  const q = foldText(query);
  if (!q) return [...options];
  const words = q.split(' ');
  const score = (term: string) => {
    if (term.startsWith(q)) return 0;
    const own = term.split(' ');
    if (words.every((w) => own.some((o) => o.startsWith(w)))) return 1;
    if (words.every((w) => term.includes(w))) return 2;
    return 3;
  };
  return options
    .map((option, i) => ({ option, i, best: Math.min(...option.terms.map(score)) }))
    .filter((x) => x.best < 3)
    .sort((a, b) => a.best - b.best || a.i - b.i)
    .map((x) => x.option);
}

/**
 * The option highlighted after pressing Down (+1) or Up (-1) from `active` among `n` options:
 * from none, Down goes to the first and Up to the last; both wrap around. -1 when empty.
 */
export function step(active: number, n: number, by: 1 | -1): number {
  if (n <= 0) return -1;
  if (active < 0 || active >= n) return by > 0 ? 0 : n - 1;
  return (active + by + n) % n;
}

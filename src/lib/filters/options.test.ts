import { describe, expect, it } from 'vitest';
import { pickOptions, rankOptions, step } from './options';

const actors: { id: string; name: Record<string, string>; aliases?: Record<string, string[]> }[] = [
  { id: 'rustem-umerov', name: { ar: 'رستم أوميروف', en: 'Rustem Umerov' }, aliases: { ar: ['روستم أوميروف', 'رستم عمروف'] } },
  { id: 'vladimir-putin', name: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' } },
  { id: 'steve-witkoff', name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' }, aliases: { en: ['Steven Witkoff'] } },
  { id: 'marco-rubio', name: { ar: 'ماركو روبيو', en: 'Marco Rubio' } },
  { id: 'emmanuel-macron', name: { ar: 'إيمانويل ماكرون', en: 'Emmanuel Macron' } },
];
const en = pickOptions(actors, 'en');
const ar = pickOptions(actors, 'ar');
const ids = (lang: 'ar' | 'en', q: string) => rankOptions(lang === 'en' ? en : ar, q).map((o) => o.id);

describe('pickOptions(items, lang)', () => {
  it('labels in the reader’s language, with the other name beside it, sorted by label', () => {
    expect(en.map((o) => o.label)).toEqual(['Emmanuel Macron', 'Marco Rubio', 'Rustem Umerov', 'Steve Witkoff', 'Vladimir Putin']);
    expect(en[2].alt).toEqual({ text: 'رستم أوميروف', lang: 'ar' });
    expect(ar[0].label).toBe('إيمانويل ماكرون');
  });

  it('folds every name and alias once', () => {
    expect(en[2].terms).toEqual(['رستم اوميروف', 'rustem umerov', 'روستم اوميروف', 'رستم عمروف']);
  });

  it('falls back to any language when the reader’s is missing', () => {
    const [o] = pickOptions([{ id: 'x', name: { fr: 'Genève' } } as never], 'ar');
    expect(o.label).toBe('Genève');
    expect(o.alt).toBeUndefined();
  });
});

describe('rankOptions(options, query)', () => {
  it.each<[string, 'ar' | 'en', string, string[]]>([
    ['empty query keeps all', 'en', '  ', ['emmanuel-macron', 'marco-rubio', 'rustem-umerov', 'steve-witkoff', 'vladimir-putin']],
    ['start of a name first, then start of a word', 'en', 'ma', ['marco-rubio', 'emmanuel-macron']],
    ['any case and accents', 'en', 'UMÉROV', ['rustem-umerov']],
    ['Arabic without hamza', 'ar', 'اوميروف', ['rustem-umerov']],
    ['Arabic alias', 'ar', 'عمروف', ['rustem-umerov']],
    ['the other language’s name', 'ar', 'putin', ['vladimir-putin']],
    ['Arabic typed on the English page', 'en', 'بوتين', ['vladimir-putin']],
    ['an alias', 'en', 'steven', ['steve-witkoff']],
    ['words in any order', 'en', 'umerov rustem', ['rustem-umerov']],
    ['start of a name before start of a later word', 'en', 'ru', ['rustem-umerov', 'marco-rubio']],
    ['inside a word, in label order', 'en', 'ro', ['emmanuel-macron', 'rustem-umerov']],
    ['no match', 'en', 'zelensky', []],
  ])('%s: %s %j', (_name, lang, q, expected) => {
    expect(ids(lang, q)).toEqual(expected);
  });
});

describe('step(active, n, by)', () => {
  it.each<[number, number, 1 | -1, number]>([
    [-1, 5, 1, 0],
    [-1, 5, -1, 4],
    [0, 5, 1, 1],
    [4, 5, 1, 0],
    [0, 5, -1, 4],
    [7, 5, 1, 0],
    [-1, 0, 1, -1],
  ])('from %i of %i by %i → %i', (active, n, by, expected) => {
    expect(step(active, n, by)).toBe(expected);
  });
});

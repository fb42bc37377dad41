import { describe, expect, it } from 'vitest';
import { browserLanguage, dirOf, isLang, LANGS, LANGUAGES, pickText } from './languages';
import { isLoaded, loadLanguage, loadedLanguages, packOf } from './strings';
import { formatNumber, listOf, plural, quoted } from './translate';
import { parseParams } from '../state/params';

describe('LANGUAGES', () => {
  it('every interface language has a complete string table', () => {
    const keys = Object.keys(packOf('en')!.strings).sort();
    for (const lang of LANGS) expect(Object.keys(packOf(lang)!.strings).sort(), lang).toEqual(keys);
  });

  it('loadLanguage(lang) loads a pack once, whatever the number of calls', async () => {
    // The unit tests' setup (tests/unit/languages-setup.ts) has loaded every pack already.
    expect(loadedLanguages()).toEqual(LANGS);
    const [a, b] = await Promise.all([loadLanguage('uk'), loadLanguage('uk')]);
    expect(a).toBe(b);
    expect(a).toBe(packOf('uk'));
    expect(isLoaded('he')).toBe(true);
  });

  it('every fallback chain ends in languages the table knows, never the language itself', () => {
    for (const lang of LANGS) {
      expect(LANGUAGES[lang].fallback.length, lang).toBeGreaterThan(0);
      for (const other of LANGUAGES[lang].fallback) {
        expect(isLang(other), `${lang} -> ${other}`).toBe(true);
        expect(other).not.toBe(lang);
      }
    }
  });

  it('?lang= takes exactly the table’s languages', () => {
    for (const lang of LANGS) expect(parseParams(`?lang=${lang}`).params.lang).toBe(lang);
    expect(parseParams('?lang=fr').params.lang).toBeNull();
    expect(parseParams('?lang=toString').params.lang).toBeNull();
  });
});

describe('pickText(map, lang, content)', () => {
  const both = { ar: 'محادثات', en: 'Talks' };
  it.each([
    ['the reader’s language when the text has it', both, 'ar', [], { text: 'محادثات', lang: 'ar', dir: 'rtl', translated: true }],
    ['the fallback of the language, marked', { ar: 'محادثات' }, 'en', [], { text: 'محادثات', lang: 'ar', dir: 'rtl', translated: false }],
    ['the dataset’s languages in their order after the chain', { fr: 'Pourparlers', ru: 'Переговоры' }, 'en', ['ru', 'fr'], { text: 'Переговоры', lang: 'ru', dir: 'ltr', translated: false }],
    ['any language the map has, last', { fa: 'مذاکرات' }, 'en', [], { text: 'مذاکرات', lang: 'fa', dir: 'rtl', translated: false }],
    ['nothing for no map', undefined, 'en', [], { text: '', lang: 'en', dir: 'ltr', translated: true }],
  ] as const)('%s', (_name, map, lang, content, expected) => {
    expect(pickText(map, lang, content)).toEqual(expected);
  });

  it('skips an empty text', () => {
    expect(pickText({ en: '', ar: 'نص' }, 'en').text).toBe('نص');
  });
});

describe('dirOf(tag)', () => {
  it.each([
    ['ar', 'rtl'], ['en', 'ltr'], ['en-GB', 'ltr'], ['ar-EG', 'rtl'],
    ['fa', 'rtl'], ['ur', 'rtl'], ['yi', 'rtl'], ['ru', 'ltr'], ['fr', 'ltr'], ['zz-!!', 'ltr'],
  ])('%s is %s', (tag, dir) => expect(dirOf(tag)).toBe(dir));
});

describe('browserLanguage(preferred)', () => {
  it.each([
    [['ar-EG', 'en'], 'ar'],
    [['uk-UA', 'ru'], 'uk'],
    [['ru-RU', 'he'], 'he'],
    [['fr-FR', 'en-US'], 'en'],
    [['de'], 'en'],
    [[], 'en'],
  ] as const)('%j -> %s', (preferred, lang) => expect(browserLanguage(preferred)).toBe(lang));
});

describe('quoted(text, lang)', () => {
  it.each([
    ['ar', '«نص»'],
    ['en', '“text”'],
  ])('%s', (lang, expected) => expect(quoted(lang === 'ar' ? 'نص' : 'text', lang)).toBe(expected));
});

describe('plural, numbers and lists in Ukrainian and Hebrew', () => {
  it.each([
    [1, '1 подія'], [2, '2 події'], [4, '4 події'], [5, '5 подій'], [11, '11 подій'],
    [21, '21 подія'], [22, '22 події'], [25, '25 подій'], [0, 'Жодної події'],
  ])('uk: %i → %s (one, few, many)', (n, text) => expect(plural('uk', 'latn', 'count.events', n)).toBe(text));

  it.each([
    [1, 'אירוע אחד'], [2, 'שני אירועים'], [3, '3 אירועים'], [10, '10 אירועים'], [0, 'אין אירועים'],
  ])('he: %i → %s (one, two, other)', (n, text) => expect(plural('he', 'latn', 'count.events', n)).toBe(text));

  it('he: two seconds is the dual phrase, not a digit', () => {
    expect(plural('he', 'latn', 'present.seconds', 2)).toBe('שתי שניות');
  });

  it('numbers and lists follow each language', () => {
    expect(formatNumber(12345, 'uk', 'latn')).toBe('12\u00a0345');
    expect(formatNumber(12345, 'he', 'latn')).toBe('12,345');
    expect(listOf(['Київ', 'Москва', 'Париж'], 'uk')).toBe('Київ, Москва і Париж');
    expect(listOf(['קייב', 'מוסקבה', 'פריז'], 'he')).toBe('קייב, מוסקבה ופריז');
  });

  it.each([
    ['uk', '«перемир’я»'],
    ['he', '״הפסקת אש״'],
  ])('quotes in %s', (lang, expected) => expect(quoted(expected.slice(1, -1), lang)).toBe(expected));
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Meta } from '../../src/lib/data/types';
import { pageLanguages, pageWords, writePage } from './page-words';

const talassa = JSON.parse(fs.readFileSync('tests/fixtures/talassa.json', 'utf8')).meta as Meta;
const indexHtml = fs.readFileSync('index.html', 'utf8');
const options = { dataUrl: 'data/talassa.json', pictures: [] };

describe('pageLanguages(meta)', () => {
  it.each([
    [{ title: { en: 'T', ar: 'ع' }, defaultLanguage: 'en', languages: ['en', 'ar'] }, ['en', 'ar']],
    [{ title: { ar: 'ع', en: 'T' }, defaultLanguage: 'ar' }, ['ar', 'en']],
    // No default: the first content language the interface speaks (French has no interface).
    [{ title: { fr: 'F', he: 'ע' } }, ['he']],
    [{ title: { fr: 'F' } }, ['en']],
  ] as [Parameters<typeof pageLanguages>[0], string[]][])('%j -> %j', (meta, langs) => {
    expect(pageLanguages(meta)).toEqual(langs);
  });
});

describe('pageWords(meta, options)', () => {
  it('writes the title, description and language from meta, default language first', () => {
    const words = pageWords(talassa, options);
    expect(words).toMatchObject({
      lang: 'en',
      dir: 'ltr',
      title: 'The Talassa Strait talks, 2031 · Peace talks timeline',
      description: talassa.description!.en,
    });
    expect(words.noscript.indexOf('lang="en"')).toBeLessThan(words.noscript.indexOf('lang="ar"'));
  });

  it('in Arabic first for an Arabic-first dataset, right to left', () => {
    const words = pageWords({ ...talassa, defaultLanguage: 'ar' }, options);
    expect(words).toMatchObject({ lang: 'ar', dir: 'rtl', title: 'محادثات مضيق تالاسا، 2031 · الجدول الزمني لمحادثات السلام' });
  });

  it('links the data file and shows the picture in the default language when there is one', () => {
    const without = pageWords(talassa, options).noscript;
    expect(without).toContain('<a href="data/talassa.json">JSON</a>');
    expect(without).not.toContain('<img');
    const withPictures = pageWords(talassa, { ...options, pictures: ['ar', 'en'] }).noscript;
    expect(withPictures).toContain('<img src="fallback-en.png" width="1200" height="800"');
    expect(withPictures).toContain('alt="The Talassa Strait talks, 2031: the events in time order, by side."');
    expect(withPictures).toContain('Below is a picture of its default view.');
  });

  it('falls back to the title when meta has no description', () => {
    const { description: _, ...bare } = talassa;
    expect(pageWords(bare, options).description).toBe(talassa.title.en);
  });

  it('escapes markup in the data', () => {
    const meta = { ...talassa, title: { en: '<script>alert(1)</script> & "talks"' } };
    const words = pageWords(meta, { ...options, pictures: ['en'] });
    expect(words.title).toContain('<script>');
    const page = writePage(indexHtml, words);
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('<title>&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;talks&#34; · Peace talks timeline</title>');
    expect(page).toContain('alt="&#60;script&#62;alert(1)');
  });
});

describe('writePage(html, words)', () => {
  it('replaces the language, title, description and noscript of index.html', () => {
    const page = writePage(indexHtml, pageWords(talassa, options));
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain('<title>The Talassa Strait talks, 2031 · Peace talks timeline</title>');
    expect(page).toContain(`<meta name="description" content="${talassa.description!.en}" />`);
    expect(page).toMatch(/<noscript>\s*<p lang="en" dir="ltr">This dashboard needs JavaScript\. The data is available as <a href="data\/talassa\.json">JSON<\/a>\.<\/p>/);
    // The rest of the page is as it was.
    expect(page).toContain('<script type="module" src="/src/main.ts"></script>');
  });

  it('keeps "$&" in a title as written', () => {
    const page = writePage(indexHtml, pageWords({ ...talassa, title: { en: 'Talks $& $1' } }, options));
    expect(page).toContain('<title>Talks $&#38; $1 · Peace talks timeline</title>');
  });

  it('refuses a page without a place for the words', () => {
    expect(() => writePage('<html><head></head><body></body></html>', pageWords(talassa, options))).toThrow(/index\.html has no <title>/);
  });
});

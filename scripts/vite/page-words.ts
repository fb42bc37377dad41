/**
 * The words of index.html, written at build (and by the dev server) from the default dataset's
 * `meta`: the page's language and direction, its title and description, and the <noscript>
 * text and picture. So the page says nothing about a process the dataset does not describe,
 * before any script runs (search results, link previews, readers without JavaScript).
 *
 * The interface's words (the app's name, "This dashboard needs JavaScript") come from the
 * string tables, in each of the dataset's languages that the interface speaks, the dataset's
 * default language first. Pure: the Vite plugin (dataset.ts) reads the files.
 */
import { contentLanguages } from '../../src/lib/data/languages';
import type { Meta } from '../../src/lib/data/types';
import { FALLBACK_SIZE } from '../../src/lib/embed/snippet';
import { DEFAULT_LANG, isLang, LANGUAGES, pickText, type Lang } from '../../src/lib/i18n/languages';
import { translate } from '../../src/lib/i18n/translate';

export interface PageWords {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  /** The inside of <noscript>, as HTML. */
  noscript: string;
}

export interface PageOptions {
  /** The data file's address relative to the page, e.g. "data/peace-talks.json". */
  dataUrl: string;
  /** The languages that have a picture of the default view (`fallback-<lang>.png`). */
  pictures: readonly Lang[];
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The dataset's languages the interface speaks, its default language first. */
export function pageLanguages(meta: Pick<Meta, 'defaultLanguage' | 'languages' | 'title'>): Lang[] {
  const spoken = [meta.defaultLanguage, ...contentLanguages(meta)].filter(isLang);
  return spoken.length ? [...new Set(spoken)] : [DEFAULT_LANG];
}

export function pageWords(meta: Meta, options: PageOptions): PageWords {
  const langs = pageLanguages(meta);
  const lang = langs[0];
  const content = contentLanguages(meta);
  const title = (l: Lang) => pickText(meta.title, l, content).text;
  const t = (l: Lang, key: Parameters<typeof translate>[2], vars?: Record<string, string>) => translate(l, 'latn', key, vars);
  const picture = langs.find((l) => options.pictures.includes(l));
  const paragraphs = langs.map((l) => {
    // The link is put in after escaping the sentence around it.
    const [before, after] = t(l, 'page.noscript').split('{json}').map(escape);
    const seePicture = picture ? ` ${escape(t(l, 'page.picture'))}` : '';
    return `<p lang="${l}" dir="${LANGUAGES[l].dir}">${before}<a href="${escape(options.dataUrl)}">JSON</a>${after ?? ''}${seePicture}</p>`;
  });
  if (picture) {
    const alt = t(picture, 'page.pictureAlt', { title: title(picture) });
    paragraphs.push(
      `<img src="fallback-${picture}.png" width="${FALLBACK_SIZE.width}" height="${FALLBACK_SIZE.height}" style="display:block;max-width:100%;height:auto" lang="${picture}" alt="${escape(alt)}" />`,
    );
  }
  return {
    lang,
    dir: LANGUAGES[lang].dir,
    // As the app writes it once the data is in (App.svelte): the process, then the app.
    title: `${title(lang)} · ${t(lang, 'app.title')}`,
    description: meta.description ? pickText(meta.description, lang, content).text : title(lang),
    noscript: paragraphs.join('\n      '),
  };
}

/**
 * index.html with its words replaced: the <html> tag's language and direction, <title>, the
 * description and the <noscript> block. Throws when index.html lacks one of them, so a changed
 * page cannot silently keep words of another process.
 */
export function writePage(html: string, words: PageWords): string {
  const replacements: [what: string, pattern: RegExp, by: string][] = [
    ['<html>', /<html\b[^>]*>/, `<html lang="${words.lang}" dir="${words.dir}">`],
    ['<title>', /<title>[\s\S]*?<\/title>/, `<title>${escape(words.title)}</title>`],
    ['<meta name="description">', /<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${escape(words.description)}" />`],
    ['<noscript>', /<noscript>[\s\S]*?<\/noscript>/, `<noscript>\n      ${words.noscript}\n    </noscript>`],
  ];
  return replacements.reduce((page, [what, pattern, by]) => {
    if (!pattern.test(page)) throw new Error(`index.html has no ${what}: its words cannot be written from the dataset`);
    // A function, so "$&" or "$1" in a title is kept as written.
    return page.replace(pattern, () => by);
  }, html);
}

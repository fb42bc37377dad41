/**
 * The embed code a newsroom pastes into its CMS, and the URLs around it. Pure (no DOM), so it is
 * unit-tested. Every value that goes into an attribute is HTML-escaped: titles come from the data
 * and a quote in one must not end the attribute (or open a new one); bidi controls are left out
 * of the title and alt text, where an open U+202E would reverse the newsroom's own page text.
 *
 * The code works without our host script (the frame then scrolls at its starting height), grows
 * to fit its content with it, and shows a still image where iframes are stripped (feed readers,
 * some syndication) via <noscript>, like Flourish's embed code.
 */
import { DEFAULTS, formatParams, type ViewParams } from '../state/params';
import type { Lang } from '../i18n/languages';
import { stripBidi } from '../data/bidi';

/**
 * The fields that shape the frame rather than the view: an embed sets them, the full dashboard
 * (`fullUrl`) leaves them at their defaults. `theme` is both, and stays.
 */
const FRAME_FIELDS = ['embed', 'transparent', 'controls', 'tools', 'key', 'views', 'maxheight'] as const;
type FrameField = (typeof FRAME_FIELDS)[number];

/** What the Embed dialog chooses: the look and how locked the frame is. */
export type EmbedOptions = Pick<ViewParams, 'theme' | 'accent' | Exclude<FrameField, 'embed'>>;

/** The options of an embed that only sets its look: everything offered, nothing capped. */
export const OPEN_EMBED: Omit<EmbedOptions, 'theme' | 'accent'> = {
  transparent: DEFAULTS.transparent,
  controls: DEFAULTS.controls,
  tools: DEFAULTS.tools,
  key: DEFAULTS.key,
  views: DEFAULTS.views,
  maxheight: DEFAULTS.maxheight,
};

/** A sensible first height: the header, the view switch and a screenful of events. */
export const EMBED_HEIGHT = 720;
/** Article column widths the dialog previews and measures at (a phone, a narrow and a wide column). */
export const PREVIEW_WIDTHS = [360, 600, 740] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];
/** The size the fallback images are rendered at (scripts/fallback.ts). */
export const FALLBACK_SIZE = { width: 1200, height: 800 } as const;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeAttr = (value: string): string => value.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The app's page without query or hash: the base for every URL the snippet names. */
export function pageBase(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * The embedded view: the current filters and view with the embed options. The language is
 * written out even when the reader never chose one, so an Arabic article keeps an Arabic embed
 * whatever its readers' browsers prefer.
 */
export function embedUrl(pageUrl: string, params: ViewParams, options: EmbedOptions, language: Lang): string {
  const views = options.views;
  // A view the embed does not offer would open as the first one it does: say so in the address.
  const view = views.length && !views.includes(params.view) ? views[0] : params.view;
  const query = formatParams({ ...params, view, lang: params.lang ?? language, embed: true, ...options });
  return new URL(query, pageBase(pageUrl)).href;
}

/**
 * The full dashboard for a view seen in an embed: the same view without the frame's fields
 * (`transparent` only makes sense over an article's background; a locked embed's reader opens
 * the full dashboard to get everything back).
 */
export function fullUrl(pageUrl: string, params: ViewParams): string {
  const frame = Object.fromEntries(FRAME_FIELDS.map((k) => [k, DEFAULTS[k]])) as Pick<ViewParams, FrameField>;
  return new URL(formatParams({ ...params, ...frame }), pageBase(pageUrl)).href;
}

export interface SnippetInput {
  /** The app's page URL (where index.html, embed.js and the fallback images are). */
  pageUrl: string;
  /** From `embedUrl`. */
  src: string;
  /** From `fullUrl`: where the fallback image links to. */
  full: string;
  /** The frame's accessible name. */
  title: string;
  /** Text alternative of the fallback image. */
  alt: string;
  lang: Lang;
  /** The view's height measured at the previewed width (EmbedDialog), so the frame starts right. */
  height?: number;
  /**
   * The picture of this view the newsroom hosts (made in the dialog), with its size in CSS px;
   * without one, the app's own picture of its default view in `lang`.
   */
  picture?: { src: string; width: number; height: number } | null;
}

export function embedSnippet(input: SnippetInput): string {
  const a = escapeAttr;
  const base = pageBase(input.pageUrl);
  const script = new URL('embed.js', base).href;
  const picture = input.picture ?? { src: new URL(`fallback-${input.lang}.png`, base).href, ...FALLBACK_SIZE };
  const height = Math.round(input.height ?? EMBED_HEIGHT);
  // With scripts off in the reader's browser, the frame could only show its own page's
  // no-script picture (the default view, in the app's language) above ours: the <style>, read
  // only when scripts are off, hides it so the article shows one picture, of this view.
  return [
    `<iframe src="${a(input.src)}" title="${a(stripBidi(input.title))}" lang="${input.lang}" width="100%" height="${height}" loading="lazy" allow="clipboard-write" style="display:block;width:100%;border:0" data-peace-talks-embed></iframe>`,
    `<noscript><style>iframe[data-peace-talks-embed]{display:none!important}</style><a href="${a(input.full)}"><img src="${a(picture.src)}" alt="${a(stripBidi(input.alt))}" lang="${input.lang}" width="${Math.round(picture.width)}" height="${Math.round(picture.height)}" style="display:block;width:100%;height:auto"></a></noscript>`,
    `<script src="${a(script)}" async></script>`,
  ].join('\n');
}

/**
 * The embed code a newsroom pastes into its CMS, and the URLs around it. Pure (no DOM), so it is
 * unit-tested. Every value that goes into an attribute is HTML-escaped: titles come from the data
 * and a quote in one must not end the attribute (or open a new one).
 *
 * The code works without our host script (the frame then scrolls at its starting height), grows
 * to fit its content with it, and shows a still image where iframes are stripped (feed readers,
 * some syndication) via <noscript>, like Flourish's embed code.
 */
import { formatParams, type Theme, type ViewParams } from '../state/params';
import type { Lang } from '../i18n/languages';

export interface EmbedOptions {
  theme: Theme;
  transparent: boolean;
  /** Six hex digits without '#', or null for the house accent. */
  accent: string | null;
}

/** A sensible first height: the header, the view switch and a screenful of events. */
export const EMBED_HEIGHT = 720;
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
  const query = formatParams({ ...params, lang: params.lang ?? language, embed: true, ...options });
  return new URL(query, pageBase(pageUrl)).href;
}

/**
 * The full dashboard for a view seen in an embed: the same view without `embed` and without
 * `transparent`, which only makes sense over an article's own background.
 */
export function fullUrl(pageUrl: string, params: ViewParams): string {
  return new URL(formatParams({ ...params, embed: false, transparent: false }), pageBase(pageUrl)).href;
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
  height?: number;
}

export function embedSnippet(input: SnippetInput): string {
  const a = escapeAttr;
  const base = pageBase(input.pageUrl);
  const script = new URL('embed.js', base).href;
  const image = new URL(`fallback-${input.lang}.png`, base).href;
  const height = Math.round(input.height ?? EMBED_HEIGHT);
  return [
    `<iframe src="${a(input.src)}" title="${a(input.title)}" lang="${input.lang}" width="100%" height="${height}" loading="lazy" allow="clipboard-write" style="display:block;width:100%;border:0" data-peace-talks-embed></iframe>`,
    `<noscript><a href="${a(input.full)}"><img src="${a(image)}" alt="${a(input.alt)}" width="${FALLBACK_SIZE.width}" height="${FALLBACK_SIZE.height}" style="width:100%;height:auto"></a></noscript>`,
    `<script src="${a(script)}" async></script>`,
  ].join('\n');
}

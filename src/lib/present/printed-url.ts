/**
 * A URL as the printed handout shows it. On paper a URL is read and typed, so Arabic path
 * segments are shown as letters, not %D8%A7...; but an invisible or direction-changing character
 * stays encoded, since a decoded U+202E would print the rest of the address backwards (a URL
 * that reads as another site). `short` drops the https://www. a browser adds by itself.
 */
import { INVISIBLE } from '../data/bidi';

export function printedUrl(href: string | null, short = false): string | null {
  if (!href) return null;
  let text = href;
  try {
    text = decodeURI(href);
  } catch {
    // keep it encoded
  }
  text = text.replace(INVISIBLE, (c) => encodeURIComponent(c));
  return short ? text.replace(/^https?:\/\/(www\.)?/, '') : text;
}

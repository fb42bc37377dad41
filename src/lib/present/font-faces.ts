/**
 * Reading @font-face descriptors, so an exported SVG can carry just the font files its text
 * needs (the UI font is split by script and weight; embedding all six files would triple the
 * export). Pure string handling; the DOM side is in svg-export.ts.
 */

export type CodeRange = [number, number];

/** `U+0000-00FF, U+0131, U+25??` as inclusive code point ranges; an empty descriptor covers everything. */
export function parseUnicodeRange(text: string): CodeRange[] {
  if (!text.trim()) return [[0, 0x10ffff]];
  return text.split(',').flatMap((part): CodeRange[] => {
    const m = /^\s*u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m) return [];
    if (m[1].includes('?')) return [[parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'f'), 16)]];
    const lo = parseInt(m[1], 16);
    return [[lo, m[2] ? parseInt(m[2], 16) : lo]];
  });
}

/** True when some character of `text` (other than white space) falls in one of the ranges. */
export function coversAny(ranges: readonly CodeRange[], text: string): boolean {
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    const c = ch.codePointAt(0)!;
    if (ranges.some(([lo, hi]) => c >= lo && c <= hi)) return true;
  }
  return false;
}

/** The woff2 file in a `src` descriptor (`url("a.woff2") format("woff2"), url(a.woff) ...`), else null. */
export function woff2Url(src: string): string | null {
  const re = /url\(\s*(['"]?)([^'")]+)\1\s*\)\s*(?:format\(\s*['"]?([\w-]+)['"]?\s*\))?/g;
  for (const m of src.matchAll(re)) {
    if (m[3] === 'woff2' || (!m[3] && m[2].endsWith('.woff2'))) return m[2];
  }
  return null;
}

/** The first family of a `font-family` value, unquoted: `"IBM Plex Sans Arabic", system-ui` → IBM Plex Sans Arabic. */
export function firstFamily(value: string): string {
  return (value.split(',')[0] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * The weight among `available` that CSS font matching picks for `desired` (CSS Fonts 4, 5.2):
 * a text set in 500 when only 400 and 600 are loaded is drawn with the 400 face, so that is the
 * face to embed.
 */
export function matchWeight(desired: number, available: readonly number[]): number | null {
  if (!available.length) return null;
  if (available.includes(desired)) return desired;
  const below = available.filter((w) => w < desired).sort((a, b) => b - a);
  const above = available.filter((w) => w > desired).sort((a, b) => a - b);
  if (desired >= 400 && desired <= 500) {
    const upTo500 = above.filter((w) => w <= 500);
    return upTo500[0] ?? below[0] ?? above[0];
  }
  return desired < 400 ? (below[0] ?? above[0]) : (above[0] ?? below[0]);
}

/**
 * Bidirectional control characters: the marks (U+200E LRM, U+200F RLM, U+061C ALM), the
 * embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069). In data they are
 * almost always stray (pasted from a word processor) and at worst hostile: an unclosed U+202E
 * reverses everything after it, the app's own words included. One list for the CSV import's
 * warnings and for the code the app generates (the embed snippet), which strips them.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Each bidi control in `text`, as "U+202E at character 9" (1-based, as an editor counts). */
export function bidiControls(text: string): string[] {
  return [...text.matchAll(BIDI)].map((m) => `${codePoint(m[0])} at character ${m.index + 1}`);
}

/** `text` without its bidi controls. */
export const stripBidi = (text: string): string => text.replace(BIDI, '');

/**
 * Invisible and direction-changing characters: controls, zero-width characters and the bidi
 * controls. Messages show them as `\uXXXX` (load.ts `visible`), printed URLs percent-encoded,
 * so that a hostile value cannot hide itself or reorder the text around it ("Trojan Source",
 * CVE-2021-42574).
 */
export const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

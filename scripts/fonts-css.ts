/**
 * The app's web fonts, written once: `npm run fonts` (scripts/fonts.ts) writes src/styles/fonts.css
 * and the Arabic core files from this table, and a test checks that both are up to date.
 *
 * IBM Plex Sans Arabic covers Arabic and Latin in one family, so mixed text shares one rhythm.
 * Fontsource ships it split by script, one file per script and weight, each declared with its
 * unicode-range so the browser fetches only the scripts a page shows.
 *
 * Its Arabic file (43-46 KB a weight) also draws the Arabic alphabet's other languages and
 * Qur'anic marks. The letters, marks, digits and punctuation of Arabic, Persian and Urdu text are
 * cut into a core file of their own (~19 KB a weight). An Arabic page fetches the core only; the
 * full file is declared for the rest of the range and fetched only when a page shows one of those
 * characters. A word that mixes the two draws from two files; Chromium shapes each run with the
 * word around it, so its letters still join ("سەرۆک" looks the same drawn from both files as from
 * the full file alone; other browsers not checked). The core is what the app's Arabic words and
 * datasets use.
 *
 * Its Latin file (19-20 KB a weight) is cut the same way. Every page shows Latin: an English page's
 * text, and an Arabic page's digits, spaces, key names and its "English" button. Most of it is
 * ASCII and the punctuation of running text (dashes, quotes, ellipsis, the spaces and isolates that
 * Intl and the app write). That is a Latin core of its own (~13 KB a weight); the accented letters
 * and symbols of Latin-1 are the rest of the file, fetched when a page shows one, as a name with
 * an accent in an event's details. Latin letters do not join, so only kerning across the two files
 * is lost.
 *
 * Ukrainian and Hebrew: the Cyrillic subset of IBM Plex Sans and the Hebrew subset of IBM Plex
 * Sans Hebrew, the same design. They come after Plex Sans Arabic in --font-sans, so Latin text keeps
 * its font and these files (15 KB and 6 KB a weight) are fetched only where a page shows Cyrillic
 * or Hebrew text: in practice, only on the Ukrainian and Hebrew pages.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import plexArabicSubsets from '@fontsource/ibm-plex-sans-arabic/unicode.json';
import { parseUnicodeRange, type CodeRange } from '../src/lib/present/font-faces';

export const WEIGHTS = [400, 600] as const;

/** The Arabic core: Arabic, Persian and Urdu letters, marks, digits and punctuation, and the joiners. */
export const ARABIC_CORE =
  'U+060C,U+061B-061C,U+061F,U+0621-063A,U+0640-0655,U+0660-066D,U+0670-0671,U+0679,U+067E,U+0686,U+0688,U+0691,U+0698,' +
  'U+06A9,U+06AF,U+06BA,U+06BE,U+06C1,U+06CC,U+06D2,U+06D4,U+06F0-06F9,U+200C-200E';

/**
 * The Latin core: ASCII, the no-break space, guillemets, the middle dot and ×, the General
 * Punctuation block (dashes, quotes, ellipsis, thin and narrow spaces, the bidi isolates) and the
 * minus sign.
 */
export const LATIN_CORE = 'U+0020-007E,U+00A0,U+00AB,U+00B7,U+00BB,U+00D7,U+2000-206F,U+2212,U+FEFF,U+FFFD';

/** The cores: a range cut out of one of Fontsource's IBM Plex Sans Arabic subsets into a file of its own. */
export const CORES = {
  arabic: { subset: 'arabic', range: ARABIC_CORE },
  latin: { subset: 'latin', range: LATIN_CORE },
} as const;
export type Core = keyof typeof CORES;

/** Where a core file lives, from the repository's root and from fonts.css. */
export const coreFile = (core: Core, weight: number) => `src/styles/fonts/ibm-plex-sans-arabic-${core}-core-${weight}-normal.woff2`;
/** One of Fontsource's IBM Plex Sans Arabic files. */
const plexFile = (subset: keyof typeof plexArabicSubsets, weight: number) =>
  `@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-${subset}-${weight}-normal.woff2`;
/** The Fontsource file a core is cut from. */
export const sourceFile = (core: Core, weight: number) => plexFile(CORES[core].subset, weight);

/** Sorted, merged ranges. */
function normalise(ranges: readonly CodeRange[]): CodeRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: CodeRange[] = [];
  for (const [lo, hi] of sorted) {
    const last = out.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** The code points of `a` that are not in `b`. */
export function subtract(a: readonly CodeRange[], b: readonly CodeRange[]): CodeRange[] {
  let rest = normalise(a);
  for (const [lo, hi] of normalise(b)) {
    rest = rest.flatMap(([l, h]): CodeRange[] => {
      if (hi < l || lo > h) return [[l, h]];
      return [...(l < lo ? [[l, lo - 1] as CodeRange] : []), ...(h > hi ? [[hi + 1, h] as CodeRange] : [])];
    });
  }
  return rest;
}

/** `[[0x600, 0x6ff], [0x200c, 0x200c]]` → `U+0600-06FF,U+200C`. */
export function formatUnicodeRange(ranges: readonly CodeRange[]): string {
  const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');
  return normalise(ranges).map(([lo, hi]) => (lo === hi ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`)).join(',');
}

/** Every character of a core, for the subsetter. */
export function coreText(core: Core): string {
  return parseUnicodeRange(CORES[core].range)
    .flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, i) => String.fromCodePoint(lo + i)))
    .join('');
}

/** A core file for `weight`, as the subsetter cuts it from its Fontsource file. */
export async function cutCore(core: Core, weight: number): Promise<Buffer> {
  const source = fs.readFileSync(createRequire(import.meta.url).resolve(sourceFile(core, weight)));
  // Name IDs 0-6 are kept by default; 13 and 14 carry the OFL's notice and address.
  return subsetFont(source, coreText(core), { targetFormat: 'woff2', preserveNameIds: [13, 14] });
}

interface Face {
  family: string;
  weight: number;
  url: string;
  range: string;
}

/**
 * The faces in the order they are declared. Where two faces of a family cover one character, the
 * later one draws it (CSS Fonts 4, 4.5): Latin is last, as in Fontsource's own stylesheets (latin-ext
 * also covers a few combining marks, the dagger and currency signs), and the Latin core after the
 * rest of the Latin file.
 */
export function faces(): Face[] {
  const plex = (subset: keyof typeof plexArabicSubsets, weight: number) => ({
    family: 'IBM Plex Sans Arabic',
    weight,
    url: plexFile(subset, weight),
    range: plexArabicSubsets[subset],
  });
  // The subset less its core, then the core.
  const split = (core: Core, weight: number) => {
    const { subset, range } = CORES[core];
    return [
      { ...plex(subset, weight), range: formatUnicodeRange(subtract(parseUnicodeRange(plexArabicSubsets[subset]), parseUnicodeRange(range))) },
      { family: 'IBM Plex Sans Arabic', weight, url: `./${coreFile(core, weight).replace('src/styles/', '')}`, range },
    ];
  };
  return [
    ...WEIGHTS.flatMap((weight) => [
      ...split('arabic', weight),
      plex('cyrillic-ext', weight),
      plex('latin-ext', weight),
      ...split('latin', weight),
    ]),
    ...WEIGHTS.map((weight) => ({
      family: 'IBM Plex Sans',
      weight,
      url: `@fontsource/ibm-plex-sans/files/ibm-plex-sans-cyrillic-${weight}-normal.woff2`,
      range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
    })),
    ...WEIGHTS.map((weight) => ({
      family: 'IBM Plex Sans Hebrew',
      weight,
      url: `@fontsource/ibm-plex-sans-hebrew/files/ibm-plex-sans-hebrew-hebrew-${weight}-normal.woff2`,
      range: 'U+0307-0308,U+0590-05FF,U+200C-2010,U+20AA,U+25CC,U+FB1D-FB4F',
    })),
  ];
}

/** src/styles/fonts.css. */
export function fontsCss(): string {
  const rules = faces().map(
    (f) => `@font-face {
  font-family: '${f.family}';
  font-style: normal;
  font-display: swap;
  font-weight: ${f.weight};
  src: url('${f.url}') format('woff2');
  unicode-range: ${f.range};
}`,
  );
  return `/* Generated by \`npm run fonts\` from scripts/fonts-css.ts, which says why each face is here. */\n${rules.join('\n')}\n`;
}

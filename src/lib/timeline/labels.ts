/**
 * Short on-chart labels from long titles. Titles are written as sentences ("Ushakov: the talks
 * were useful"); the chart shows as many whole words as fit the room a label may take, with an
 * ellipsis when some are left out, and the tooltip and the detail panel give the whole title.
 * A colon is no cut: the words before it are often only a name.
 */

/** Punctuation not to leave hanging before an ellipsis. */
const TRAILING = /[\s,،.;:؛–-]+$/u;

/**
 * `title` if it fits `max` px, else its longest run of whole words that fits with an ellipsis
 * (the first word alone when even that does not: a word is never cut).
 */
export function fitLabel(title: string, max: number, measure: (text: string) => number): string {
  const text = title.trim();
  if (measure(text) <= max) return text;
  const words = text.split(/\s+/u);
  const cut = (n: number) => `${words.slice(0, n).join(' ').replace(TRAILING, '')}…`;
  // The longest prefix that fits: widths grow with the number of words, so bisect.
  let [lo, hi] = [1, words.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(cut(mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  return cut(Math.max(1, lo));
}

/** The chart's font families (the page's, tokens.css --font-sans), for measuring its text. */
export const CHART_FONT = '"IBM Plex Sans Arabic", "IBM Plex Sans Hebrew", "IBM Plex Sans", system-ui, sans-serif';

/** The CSS font of the chart's text (12 px at the embed's text scale), for measuring it. */
export const chartFont = (scale: number, weight?: number): string => `${weight ? `${weight} ` : ''}${12 * scale}px ${CHART_FONT}`;

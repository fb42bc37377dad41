/**
 * Short on-chart labels from long titles. Titles are written as sentences ("Witkoff in Moscow
 * to bring Marc Fogel home; first reported contact with Putin"); the chart shows the first
 * clause, cut at a word boundary, and the tooltip and the detail panel give the whole title.
 */

/** The first clause of `title`, at most `max` characters, cut at a word with an ellipsis. */
export function shortLabel(title: string, max = 40): string {
  const clause = title.split(/[;:؛]\s/u)[0].trim();
  if (clause.length <= max) return clause;
  const cut = clause.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,،.–-]+$/u, '')}…`;
}

/** Widths of label text, measured once per string with a canvas (or estimated without one). */
export function textMeasurer(font: string): (text: string) => number {
  const cache = new Map<string, number>();
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (ctx) ctx.font = font;
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = ctx ? ctx.measureText(text).width : text.length * 6.4;
      cache.set(text, w);
    }
    return w;
  };
}

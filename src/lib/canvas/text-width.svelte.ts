/**
 * Widths of chart text (the timeline's labels, the network's and the map's names), measured
 * with a canvas in the text's own font, so Arabic shaping and the web fonts count.
 *
 * One cache and one font signal for the page. Each time web fonts finish loading, the widths
 * measured before (perhaps in a fallback font) are forgotten, and every `$derived` or effect that
 * made a measurer or measured runs again: reading the signal is part of measuring. An event, not
 * `document.fonts.ready`: reading that makes the browser settle the page's style and layout
 * first (~15 ms while a chart mounts).
 */
let loads = $state(0);
if (typeof document !== 'undefined') document.fonts?.addEventListener('loadingdone', () => loads++);

/** Per font, per string; for the fonts as they were at `cachedFor` loads. */
const widths = new Map<string, Map<string, number>>();
let cachedFor = 0;
let context: CanvasRenderingContext2D | null | undefined;
/** The font last set on the context: setting one parses it, at every call of a hot loop otherwise. */
let contextFont = '';

/** Without a canvas (tests in Node): about the average advance of a sans-serif letter. */
const EM_PER_CHAR = 0.55;

/** A measurer for one CSS font (`"700 12px Family"`), for loops over many strings. */
export function textMeasurer(font: string): (text: string) => number {
  if (loads !== cachedFor) {
    widths.clear();
    cachedFor = loads;
  }
  let known = widths.get(font);
  if (!known) widths.set(font, (known = new Map()));
  const cache = known;
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      context ??= typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
      if (context) {
        if (contextFont !== font) context.font = contextFont = font;
        w = context.measureText(text).width;
      } else w = text.length * EM_PER_CHAR * (Number(/([\d.]+)px/.exec(font)?.[1]) || 12);
      cache.set(text, w);
    }
    return w;
  };
}

/** The width of `text` in `font`. */
export const textWidth = (text: string, font: string): number => textMeasurer(font)(text);

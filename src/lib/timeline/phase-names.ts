/**
 * Where each phase's name goes in the strip under the timeline's axis. In reading order (right
 * to left in Arabic and Hebrew), a name starts at its band's start and may run on past the band,
 * up to a gap before the next phase. The last phase's name, when the chart ends too soon after
 * its start, ends at the chart's end instead (if that leaves a gap after the name before it).
 * Otherwise a name is cut at a word with an ellipsis, or left out when not even a word fits: the
 * band's title holds the whole name.
 */
import { fitLabel } from './labels';

/** The space kept between one phase's name and the next phase or name. */
export const PHASE_GAP = 10;
/** The name's inset from the start of its room. */
export const PHASE_INSET = 4;

export interface PhaseSpan {
  /** The band's edges in px, left to right. */
  x0: number;
  x1: number;
  name: string;
}

/** For each band (any order): the name's room [l0, l1] in px, left to right, and the text that fits in it. */
export function placePhaseNames<B extends PhaseSpan>(bands: readonly B[], width: number, rtl: boolean, measure: (text: string) => number): (B & { l0: number; l1: number; text: string })[] {
  // Distances from the reading start (the left edge, or the right edge in right-to-left pages).
  const read = (x: number) => (rtl ? width - x : x);
  const order = bands.map((b, i) => ({ b, i, start: Math.min(read(b.x0), read(b.x1)) })).sort((p, q) => p.start - q.start);
  const out: (B & { l0: number; l1: number; text: string })[] = [];
  let end = -Infinity; // where the previous name ends
  order.forEach(({ b, i, start }, k) => {
    const last = k === order.length - 1;
    const limit = last ? width : order[k + 1].start - PHASE_GAP;
    let from = Math.max(start, end + PHASE_GAP);
    let text = b.name;
    const whole = measure(text) + PHASE_INSET;
    if (from + whole > limit) {
      if (last && width - whole >= end + PHASE_GAP && width - whole <= from) from = width - whole;
      else text = from + PHASE_INSET < limit ? fitLabel(b.name, limit - from - PHASE_INSET, measure) : '';
    }
    if (text && from + measure(text) + PHASE_INSET > limit) text = '';
    const to = Math.max(from, limit);
    if (text) end = from + PHASE_INSET + measure(text);
    out[i] = { ...b, l0: rtl ? width - to : from, l1: rtl ? width - from : to, text };
  });
  return out;
}

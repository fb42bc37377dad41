/**
 * Text widths for label placement, measured with a canvas in the labels' own font (so Arabic
 * shaping and the web font are accounted for). Browser only; widths are cached per font.
 */
let context: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

export function textWidth(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return text.length * 7;
    context.font = font;
    widths.set(key, (w = context.measureText(text).width));
  }
  return w;
}

/** Forgets measured widths: call once web fonts have loaded, as earlier widths used a fallback. */
export function forgetWidths(): void {
  widths.clear();
}

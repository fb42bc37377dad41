/**
 * Canvases that can paint themselves again at another pixel ratio. A chart's canvas holds the
 * screen's pixels (1 per CSS px on most monitors); an export drawn at 2x for slides and print
 * would stretch them, so the SVG/PNG export asks the canvas' owner for a sharper copy instead.
 * Kept apart from svg-export.ts, which is loaded only when exporting, so the views that register
 * (MarksCanvas, EdgesCanvas) do not pull the exporter in.
 */
type Painter = (ratio: number) => HTMLCanvasElement;
const painters = new WeakMap<HTMLCanvasElement, Painter>();

/**
 * Registers how `canvas` is painted at `ratio` device px per CSS px, into a new canvas of the
 * same CSS size. Returns the unregistration.
 */
export function repaintable(canvas: HTMLCanvasElement, paint: Painter): () => void {
  painters.set(canvas, paint);
  return () => {
    if (painters.get(canvas) === paint) painters.delete(canvas);
  };
}

/** `canvas` painted at `ratio` by its owner, or `canvas` itself when it cannot be. */
export function repainted(canvas: HTMLCanvasElement, ratio: number): HTMLCanvasElement {
  return painters.get(canvas)?.(ratio) ?? canvas;
}

/**
 * How the exporter gets a canvas painted at another pixel ratio than the screen's. A chart's
 * canvas holds the screen's pixels (1 per CSS px on most monitors); an export drawn at 2x for
 * slides and print would stretch them. So the exporter sends the canvas a `pt-repaint` event,
 * and the canvas' owner (MarksCanvas, EdgesCanvas), if it listens, answers by painting the same
 * picture at `ratio` into a new canvas of the same CSS size, set as `detail.canvas`.
 *
 * An event, not a registry module, so that the views import nothing from here at run time (a
 * shared module would be one more file for the first view to fetch): only these types.
 */
export interface RepaintRequest {
  ratio: number;
  /** The owner's answer. */
  canvas?: HTMLCanvasElement;
}

/** `canvas` painted at `ratio` by its owner, or `canvas` itself when nobody answers. */
export function repainted(canvas: HTMLCanvasElement, ratio: number): HTMLCanvasElement {
  const request: RepaintRequest = { ratio };
  canvas.dispatchEvent(new CustomEvent('pt-repaint', { detail: request }));
  return request.canvas ?? canvas;
}

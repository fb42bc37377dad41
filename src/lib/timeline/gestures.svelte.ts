/**
 * d3-gestures.ts, loaded after the first chart is on screen rather than before it: the zoom
 * and brush attachments set themselves up when it arrives, a frame or two later. Until then
 * the wheel scrolls the page and drags do nothing; the zoom buttons and keys never need it.
 */
type Gestures = typeof import('./d3-gestures');

let loaded = $state.raw<Gestures | null>(null);
let requested = false;

/** The gesture modules once loaded, else null (and the load is started after the next paint). Reactive. */
export function gestures(): Gestures | null {
  if (!requested) {
    requested = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        import('./d3-gestures').then(
          (m) => (loaded = m),
          // The chart stays usable from its buttons and keys; the wheel then scrolls the page.
          (e: unknown) => console.warn('The timeline\'s zoom and brush gestures could not be loaded:', e),
        );
      }),
    );
  }
  return loaded;
}

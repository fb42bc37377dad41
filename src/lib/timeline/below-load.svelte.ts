/**
 * The timeline's parts below its chart (below.ts), fetched once: Timeline.svelte asks for them
 * once the first view is drawn, and an embed (embed/child.ts) with its first view, whose height
 * must be whole when it is first reported to the host page.
 */
type Below = typeof import('./below');

let loaded = $state.raw<Below | null>(null);
let loading: Promise<Below> | null = null;

/** The parts, once they are here, else null. Reactive. */
export const belowParts = (): Below | null => loaded;

/** Fetches the parts; a failure (offline) is tried again at the next call. */
export function loadBelow(): Promise<Below> {
  return (loading ??= import('./below').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
}

/**
 * The positions of a dataset's actors, for the view: at once when the network is small enough to
 * lay out before the first paint (dataset-network.ts' `settledLayout`), else computed in slices of
 * at most ~12 ms between frames and drawn once settled (null until then). Remembered per dataset,
 * so the next visit to the view starts settled. Call while a component is set up.
 */
import { untrack } from 'svelte';
import type { Dataset } from '../data/types';
import { datasetLayout, rememberLayout, settledLayout } from './dataset-network';
import { positionsOf, ticksToSettle, type Positions } from './layout';

/** The longest slice of layout work in one frame, in ms. */
const SLICE_MS = 12;

export function settlingLayout(dataset: () => Dataset): { readonly positions: Positions | null } {
  let sliced = $state.raw<{ dataset: Dataset; positions: Positions } | null>(null);
  const positions = $derived.by(() => {
    const ds = dataset();
    return settledLayout(ds) ?? (sliced?.dataset === ds ? sliced.positions : null);
  });
  $effect(() => {
    const ds = dataset();
    if (untrack(() => positions)) return;
    const sim = datasetLayout(ds);
    const total = ticksToSettle(sim);
    let done = 0;
    let frame = 0;
    const run = () => {
      const start = performance.now();
      for (; done < total && performance.now() - start < SLICE_MS; done++) sim.tick();
      if (done < total) frame = requestAnimationFrame(run);
      else {
        const settled = positionsOf(sim);
        rememberLayout(ds, settled);
        sliced = { dataset: ds, positions: settled };
      }
    };
    frame = requestAnimationFrame(run);
    return () => cancelAnimationFrame(frame);
  });
  return {
    get positions() {
      return positions;
    },
  };
}

/**
 * What the network view derives from a whole dataset, once: the event index, the graph of all
 * events (which scales node sizes and line widths, and feeds the layout) and the settled actor
 * layout. Kept per dataset object in weak maps, so switching views and coming back costs nothing
 * and a replaced dataset is simply forgotten. Pure apart from that memory (no Svelte, no DOM).
 */
import type { Dataset } from '../data/types';
import { columnsOf } from '../data/filter';
import { indexFromColumns, type EventIndex } from './event-index';
import { graphOf, type Graph } from './graph';
import { createLayout, positionsOf, ticksToSettle, type LayoutNode, type LayoutSimulation, type Positions } from './layout';

export interface DatasetNetwork {
  index: EventIndex;
  full: Graph;
  /** Most events of one actor, and most shared by one pair (at least 1): the size scales' domains. */
  maxCount: number;
  maxWeight: number;
  /** Every actor of the dataset, sized by events, for the layout. */
  nodes: LayoutNode[];
}

const networks = new WeakMap<Dataset, DatasetNetwork>();
const layouts = new WeakMap<Dataset, Positions>();

/**
 * Actor graphs up to this size are laid out synchronously at once (tens of milliseconds at most,
 * whatever the number of events); larger ones in slices between frames (see NetworkView).
 */
export const SYNC_LAYOUT_NODES = 150;

export function datasetNetwork(dataset: Dataset): DatasetNetwork {
  let net = networks.get(dataset);
  if (!net) {
    const index = indexFromColumns(dataset.events, columnsOf(dataset), dataset.actors);
    const full = graphOf(index, index.events);
    let maxCount = 1;
    for (const n of full.nodes) maxCount = Math.max(maxCount, n.count);
    let maxWeight = 1;
    for (const e of full.edges) maxWeight = Math.max(maxWeight, e.weight);
    const nodes = [...dataset.actors.keys()].map((id) => ({ id, radius: 3 + 9 * Math.sqrt((full.node.get(id)?.count ?? 0) / maxCount) }));
    networks.set(dataset, (net = { index, full, maxCount, maxWeight, nodes }));
  }
  return net;
}

/** A fresh, stopped simulation of the dataset's actors (seeded: always the same end state). */
export function datasetLayout(dataset: Dataset): LayoutSimulation {
  const { nodes, full } = datasetNetwork(dataset);
  return createLayout(nodes, full.edges);
}

/**
 * The settled layout if known, else computed now when the actor graph is small enough; null
 * when it must be computed in slices (then `rememberLayout` it).
 */
export function settledLayout(dataset: Dataset): Positions | null {
  let positions = layouts.get(dataset);
  if (!positions && datasetNetwork(dataset).nodes.length <= SYNC_LAYOUT_NODES) {
    const sim = datasetLayout(dataset);
    sim.tick(ticksToSettle(sim));
    layouts.set(dataset, (positions = positionsOf(sim)));
  }
  return positions ?? null;
}

export function rememberLayout(dataset: Dataset, positions: Positions): void {
  layouts.set(dataset, positions);
}


/**
 * The views the reader can switch between, by URL name (`view=`, params.ts). A view is a
 * component that reads the ViewState from context (`getViewState()`) and shows what its filter
 * chain keeps (`filtered`, or the subsets before it); it takes no props.
 *
 * None is in the main bundle: each loads when first shown (main.ts requests the address's view
 * with the data), so the first view carries only its own code (issue #25, the first view's bytes).
 */
import type { Component } from 'svelte';
import type { View } from '../state/params';

export type ViewLoader = () => Promise<{ default: Component }>;

export const views: Partial<Record<View, ViewLoader>> & { list: ViewLoader } = {
  list: () => import('./EventList.svelte'),
  timeline: () => import('../timeline/Timeline.svelte'),
  network: () => import('../network/NetworkView.svelte'),
  map: () => import('../map/MapView.svelte'),
  table: () => import('../table/TableView.svelte'),
};

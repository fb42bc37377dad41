/**
 * The views the reader can switch between, by URL name (`view=`, params.ts). A view is a
 * component that reads the ViewState from context (`getViewState()`) and shows what its filter
 * chain keeps (`filtered`, or the subsets before it); it takes no props.
 *
 * Only the first view is in the main bundle; the others load when first shown, so the first
 * view stays within the size budget (see issue "Performance at scale").
 */
import type { Component } from 'svelte';
import type { View } from '../state/params';
import EventList from './EventList.svelte';

export type ViewLoader = () => Promise<{ default: Component }>;

export const views: Partial<Record<View, ViewLoader>> & { list: ViewLoader } = {
  list: async () => ({ default: EventList }),
  timeline: () => import('../timeline/Timeline.svelte'),
  network: () => import('../network/NetworkView.svelte'),
  map: () => import('../map/MapView.svelte'),
  table: () => import('../table/TableView.svelte'),
};

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

export type ViewModule = { default: Component };
export type ViewLoader = () => Promise<ViewModule>;

export const views: Partial<Record<View, ViewLoader>> & { list: ViewLoader } = {
  list: () => import('./EventList.svelte'),
  timeline: () => import('../timeline/Timeline.svelte'),
  network: () => import('../network/NetworkView.svelte'),
  map: () => import('../map/MapView.svelte'),
  table: () => import('../table/TableView.svelte'),
};

const loaded = new Map<ViewLoader, ViewModule>();

/**
 * A view's module for an `{#await}`: the module itself once its code is here, else the promise
 * of it. Svelte shows a value that is not a promise at once, in the same task; a promise, even
 * one settled long ago, only in a later one, after the browser has drawn a frame of the loading
 * line (a dynamic import answers in a task of its own). So the first view, whose code main.ts
 * asks for with the data, is built with the data, and a view seen before comes back at once.
 */
export function viewModule(load: ViewLoader): ViewModule | Promise<ViewModule> {
  return loaded.get(load) ?? load().then((m) => (loaded.set(load, m), m));
}

/**
 * The views the reader can switch between, by URL name. A view is a component that reads the
 * ViewState from context and renders `state.filtered`; it takes no props.
 */
import type { Component } from 'svelte';
import type { View } from '../state/params';
import EventList from './EventList.svelte';

export const views: Partial<Record<View, Component>> & { list: Component } = {
  list: EventList,
};

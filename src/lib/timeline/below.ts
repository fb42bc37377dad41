/**
 * What the timeline shows below its chart: the date fields and the legend. Not part of the
 * first view's code (below-load.svelte.ts).
 */
export { default as WindowInputs } from './WindowInputs.svelte';
export { default as Legend } from './Legend.svelte';

/**
 * The d3 modules behind the chart's gestures, in one chunk that is loaded once the chart has
 * been drawn (gestures.svelte.ts): d3-zoom and d3-brush bring d3-selection, d3-transition,
 * d3-drag and d3-ease, ~15 KB gzip that drawing does not need.
 */
export { pointer, select } from 'd3-selection';
export { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
export { brushSelection, brushX } from 'd3-brush';

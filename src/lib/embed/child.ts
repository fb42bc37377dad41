/**
 * What only an embed (?embed=1) needs, in a chunk of its own: its footer, and the messages that
 * size the host's iframe and take the host's theme (auto-height.ts). App.svelte fetches it with
 * the data, in an embed only, so the first view is whole when it is shown.
 */
export { default as EmbedFooter } from './EmbedFooter.svelte';
export { pymChildId, startEmbedChild } from './auto-height';

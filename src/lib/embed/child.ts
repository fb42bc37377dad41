/**
 * What only an embed (?embed=1) needs, in a chunk of its own: its footer, and the messages that
 * size the host's iframe and take the host's theme (auto-height.ts). App.svelte fetches it with
 * the data, in an embed only, and waits for `ready`, so the first view is whole when it is shown
 * and its first height is its height: with it come the timeline's parts below its chart, which
 * a page outside an embed fetches after its first view (timeline/below-load.svelte.ts).
 */
import { loadBelow } from '../timeline/below-load.svelte';
export { default as EmbedFooter } from './EmbedFooter.svelte';
export { pymChildId, startEmbedChild } from './auto-height';

/** Settles once the timeline's parts below its chart are here, or could not be fetched. */
export const ready: Promise<unknown> = loadBelow().catch(() => {});

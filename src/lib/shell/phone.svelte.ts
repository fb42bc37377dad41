/**
 * The one place that says what a phone is: a page under 600 CSS px wide. Under it the tools
 * fold into a menu (ToolsMenu), an opened event shows as a sheet over the view (DetailSheet),
 * and the timeline runs down the page (Timeline reads PHONE_WIDTH too).
 *
 * A MediaQuery, not a measured width: it is true before anything is laid out, so the first
 * paint already has the phone's layout (no flash of the desktop toolbar).
 */
import { MediaQuery } from 'svelte/reactivity';

export const PHONE_WIDTH = 600;

/** `phone.current` is true while the page is narrower than PHONE_WIDTH. */
export const phone = new MediaQuery(`(max-width: ${PHONE_WIDTH - 0.02}px)`, false);

/**
 * Whether a change of the view's address is a step of its own in the browser's history (push)
 * or refines the entry it happens in (replace). The rules, which url-sync.svelte.ts applies:
 * - the first sync and the one after the data loads replace (the URL is only put in canonical
 *   order, or unknown ids are dropped: no step the reader took);
 * - further keystrokes of one search replace (the first keystroke is a step; the rest refine
 *   it; emptying the search is a step again);
 * - continuous changes (params.ts `continuous`: the timeline's zoom and pan) replace;
 * - inside a host's iframe (the history is shared with the article: Back must leave the
 *   article, not step through our filters) and while presenting (autoplay would fill it),
 *   everything replaces.
 */
import { CONTINUOUS_KEYS, DEFAULTS, formatParams, type ViewParams } from './params';

/** The address without the fields that change continuously (the zoom window). */
const discrete = (p: ViewParams) => formatParams({ ...p, ...Object.fromEntries(CONTINUOUS_KEYS.map((k) => [k, DEFAULTS[k]])) });

export interface StepContext {
  /** The data arrived since the last sync. */
  justLoaded: boolean;
  /** In a host's iframe, or presenting. */
  sharedHistory: boolean;
  /** The last change was a keystroke of a search. */
  prevWasTyping: boolean;
}

/** `replace` for this change, and whether it was a keystroke of a search (for the next call). */
export function historyStep(before: ViewParams | null, params: ViewParams, c: StepContext): { replace: boolean; typing: boolean } {
  if (before === null) return { replace: true, typing: false };
  // Clearing the search (Reset, Clear all, an emptied box) is a step of its own.
  const typing = before.q !== params.q && params.q !== '' && formatParams({ ...before, q: '' }) === formatParams({ ...params, q: '' });
  const continuous = discrete(before) === discrete(params);
  return { replace: c.justLoaded || c.sharedHistory || (typing && c.prevWasTyping) || continuous, typing };
}

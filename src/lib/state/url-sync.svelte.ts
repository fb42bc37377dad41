/**
 * Keeps the ViewState and the address bar in step. Every change is a history entry, so Back
 * and Forward step through them, with these exceptions, which replace the current entry:
 * - the first sync and the one after the data loads (the URL is only put in canonical order,
 *   or unknown ids are dropped: no step the reader took);
 * - further keystrokes of one search (the first keystroke is a step; the rest refine it;
 *   emptying the search is a step again);
 * - continuous changes (params.ts `continuous`: the timeline's zoom and pan), which refine the
 *   entry they happen in (the network's play and the map's time are not in the address at all);
 * - inside a host's iframe (the history is shared with the article: Back must leave the
 *   article, not step through our filters) and while presenting (autoplay would fill it).
 * popstate restores the state (and never adds an entry). Call once, from the root component.
 */
import { CONTINUOUS_KEYS, DEFAULTS, formatParams, parseParams, type ViewParams } from './params';

/** The address without the fields that change continuously (the zoom window). */
const discrete = (p: ViewParams) => formatParams({ ...p, ...Object.fromEntries(CONTINUOUS_KEYS.map((k) => [k, DEFAULTS[k]])) });
import type { ViewState } from './view-state.svelte';

export function syncWithUrl(state: ViewState): void {
  let prev: ViewParams | null = null;
  let prevWasTyping = false;
  let hadData = false;

  $effect(() => {
    const params = state.toParams();
    const loaded = state.dataset !== null;
    const justLoaded = loaded && !hadData;
    hadData = loaded;
    const before = prev;
    prev = params;
    const query = formatParams(params);
    if (query === location.search) return;
    const url = `${location.pathname}${query}${location.hash}`;
    // Clearing the search (Reset, Clear all, an emptied box) is a step of its own.
    const typing =
      before !== null && before.q !== params.q && params.q !== '' && formatParams({ ...before, q: '' }) === formatParams({ ...params, q: '' });
    const continuous = before !== null && discrete(before) === discrete(params);
    const replace = before === null || justLoaded || state.embed || state.mode === 'present' || (typing && prevWasTyping) || continuous;
    prevWasTyping = typing;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  });

  $effect(() => {
    const onPop = () => {
      const { params } = parseParams(location.search);
      prev = params;
      prevWasTyping = false;
      // An address out of canonical order (written by hand, or by a script) is put in order in
      // place: coming back to an entry must not add one, which would cut off Forward.
      const query = formatParams(params);
      if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
      state.apply(params);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });
}

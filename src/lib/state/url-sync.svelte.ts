/**
 * Keeps the ViewState and the address bar in step: every change becomes a history entry (so
 * Back and Forward step through them), typing in the search box replaces the entry instead of
 * piling one up per key, and popstate restores the state. Embedded, it only replaces. Call once, from the root component.
 */
import { formatParams, parseParams } from './params';
import type { ViewState } from './view-state.svelte';

export function syncWithUrl(state: ViewState): void {
  let lastQ = state.q;

  $effect(() => {
    const query = formatParams(state.toParams());
    const url = `${location.pathname}${query}${location.hash}`;
    if (query === location.search) return;
    // Successive edits of the text query replace each other; everything else is a new step.
    // Inside a host's iframe the history is shared with the article, so the reader's Back
    // button must leave the article, not step through our filters: replace there too.
    const typing = state.q !== lastQ;
    lastQ = state.q;
    // Presenting, each step would be a history entry and autoplay would fill the Back history.
    if (typing || state.embed || state.mode === 'present') history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  });

  $effect(() => {
    const onPop = () => {
      const { params } = parseParams(location.search);
      lastQ = params.q;
      state.apply(params);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });
}

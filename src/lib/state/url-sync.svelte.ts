/**
 * Keeps the ViewState and the address bar in step: each change of the view's address is a
 * history entry, or refines the current one, by the rules of history-step.ts; Back and Forward
 * step through them.
 * popstate restores the state (and never adds an entry). Call once, from the root component.
 */
import { formatParams, parseParams, type ViewParams } from './params';
import { historyStep } from './history-step';
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
    const { replace, typing } = historyStep(before, params, { justLoaded, sharedHistory: state.embed || state.mode === 'present', prevWasTyping });
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

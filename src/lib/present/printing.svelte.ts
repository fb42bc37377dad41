import { tick } from 'svelte';

/**
 * Which handout prints: the compact one (a line per event, numbered source notes) unless the
 * reader asked for the full one (summaries and sources under each event). Back to compact once
 * the print dialog closes.
 */
export const handoutKind = $state({ full: false });

/** Opens the print dialog on the compact or the full handout. */
export async function printHandout(full: boolean): Promise<void> {
  handoutKind.full = full;
  if (full) addEventListener('afterprint', () => (handoutKind.full = false), { once: true });
  await tick();
  window.print();
}

/** Requests, from exports, to have the handout in the page for a moment (see `withHandout`). */
const requests = $state({ count: 0 });

/**
 * Runs `task` with the handout rendered (its mini-timeline is the picture exported from views
 * without a chart), then lets it go again.
 */
export async function withHandout<T>(task: () => Promise<T>): Promise<T> {
  requests.count++;
  try {
    await tick();
    return await task();
  } finally {
    requests.count--;
  }
}

/**
 * Whether the page is being printed (or print media is emulated). The handout renders every
 * filtered event, which costs seconds at 20,000 events, so it is only built while printing:
 * `beforeprint` fires before the browser lays out the printout, and the print media query
 * covers emulated print (tests, "print preview" tools).
 */
export function watchPrinting(): { readonly active: boolean } {
  let active = $state(typeof matchMedia === 'function' && matchMedia('print').matches);
  $effect(() => {
    const query = matchMedia('print');
    const on = () => (active = true);
    const off = () => (active = query.matches);
    const change = () => (active = query.matches);
    addEventListener('beforeprint', on);
    addEventListener('afterprint', off);
    query.addEventListener('change', change);
    return () => {
      removeEventListener('beforeprint', on);
      removeEventListener('afterprint', off);
      query.removeEventListener('change', change);
    };
  });
  return {
    get active() {
      return active || requests.count > 0;
    },
  };
}

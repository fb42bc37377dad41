/**
 * The colours a canvas paints with. A canvas cannot read `var()` or `light-dark()`, so each
 * token is resolved through a hidden probe element, as an SVG mark beside it would get it.
 *
 * What those colours depend on is the page's, not the app's state: the theme, mode, language
 * and direction attributes on the root and its inline custom properties (a newsroom's `--accent`,
 * the embed's text `--scale`), which App
 * sets in an effect that may run after a chart's, and the system's colour scheme when the theme
 * is "auto". `pageLook()` is the one signal for all of them; resolving is done again only when it
 * changes (getComputedStyle forces a style recalculation of the whole page, which at a filter
 * change cost more than painting), and shared by every chart.
 */
import { createSubscriber } from 'svelte/reactivity';

let changes = 0;
/** The system's colour scheme, asked once: each `matchMedia` call builds a new query list. */
let darkQuery: MediaQueryList | undefined;
const dark = () => (darkQuery ??= matchMedia('(prefers-color-scheme: dark)'));
const subscribe = createSubscriber((update) => {
  const bump = () => (changes++, update());
  const query = dark();
  query.addEventListener('change', bump);
  const observer = new MutationObserver(bump);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-mode', 'style', 'lang', 'dir'] });
  return () => (query.removeEventListener('change', bump), observer.disconnect());
});

/**
 * A key that changes whenever the page's computed colours and fonts may have; reading it in an
 * effect or derived subscribes to it.
 */
export function pageLook(): string {
  subscribe();
  const root = document.documentElement;
  return `${changes}|${root.dataset.theme}|${root.dataset.mode}|${dark().matches}|${root.lang}|${root.style.cssText}`;
}

/** Tokens resolved to colours a canvas takes, and the font family of the probe's context. */
export interface Resolved<K extends string> {
  colour: Record<K, string>;
  font: string;
}

const resolved = new Map<string, Resolved<string>>();

/**
 * `tokens` (name -> CSS colour, e.g. `var(--text)`) as computed on `probe` for the page's
 * current look. Remembered per look and set of tokens: the same object comes back until either
 * changes, so what depends on it does not run again.
 */
export function resolveColours<K extends string>(probe: HTMLElement, tokens: Record<K, string>): Resolved<K> {
  const entries = Object.entries(tokens) as [K, string][];
  const key = `${pageLook()}\u0000${entries.map(([k, v]) => `${k}=${v}`).join('\u0000')}`;
  let known = resolved.get(key) as Resolved<K> | undefined;
  if (!known) {
    const colour = (value: string) => ((probe.style.color = value), getComputedStyle(probe).color);
    known = { colour: Object.fromEntries(entries.map(([k, v]) => [k, colour(v)])) as Record<K, string>, font: getComputedStyle(probe).fontFamily };
    if (resolved.size > 50) resolved.clear();
    resolved.set(key, known);
  }
  return known;
}

/**
 * What a key or a choice does on the timeline, resolved against the chart's options (nav): which
 * option the keyboard moves to, which event off screen it brings into view, what opens. Pure, on
 * top of keys.ts (key -> action, mirrored in RTL) and navigation.ts (the options in time order),
 * so "ArrowLeft in Arabic goes to the later mark" is a unit test; chart-focus.svelte.ts applies
 * the result to the view.
 */
import type { TimelineEvent } from '../data/types';
import { MIN_SPAN, type Domain } from './domain';
import { keyAction } from './keys';
import { eventBeyond, type Nav } from './navigation';

export type Command =
  /** Move the keyboard to this option. */
  | { kind: 'activate'; key: string }
  /** Make this event active and bring it into view (it may be off screen). */
  | { kind: 'reveal'; event: TimelineEvent }
  /** Open this event's details. */
  | { kind: 'open'; event: string }
  /** Zoom to this domain (a group's period, where it splits). */
  | { kind: 'zoomTo'; domain: Domain; key: string }
  | { kind: 'zoom'; factor: number }
  | { kind: 'pan'; fraction: number }
  | { kind: 'fit' }
  /** One of the chart's keys with nothing to do (no event beyond the last): still not the page's. */
  | { kind: 'none' };

export interface KeyState {
  dir: 'ltr' | 'rtl';
  vertical: boolean;
  shift: boolean;
  /** The options, in time order. */
  nav: readonly Nav[];
  /** Index of the active option in `nav`, -1 for none. */
  index: number;
  /** Every event the window can show (all filters but the window), in time order: for "the next one off screen". */
  context: readonly TimelineEvent[];
  /** The events in the window, in time order: for Home and End. */
  filtered: readonly TimelineEvent[];
}

/** An event opens its details; a group zooms to its events' period, padded by a tenth (at least a quarter of the shortest window). */
export function openCommand(nav: readonly Nav[], key: string): Command | null {
  const n = nav.find((k) => k.key === key);
  if (!n) return null;
  if (n.single) return { kind: 'open', event: n.key };
  const pad = Math.max((n.end - n.start) * 0.1, MIN_SPAN / 4);
  return { kind: 'zoomTo', domain: [n.start - pad, n.end + pad], key: n.events[0].id };
}

/** What `key` does, or null when the chart leaves it alone. */
export function keyCommand(key: string, s: KeyState): Command | null {
  const a = keyAction(key, { dir: s.dir, vertical: s.vertical, shift: s.shift, index: s.index, items: s.nav });
  if (!a) return null;
  const active = s.nav[s.index] ?? null;
  const reveal = (event: TimelineEvent | undefined): Command => (event ? { kind: 'reveal', event } : { kind: 'none' });
  switch (a.kind) {
    case 'move':
      return { kind: 'activate', key: s.nav[a.index].key };
    case 'beyond':
      return reveal(eventBeyond(s.context, active, a.delta));
    case 'edge':
      return reveal(a.edge < 0 ? s.filtered[0] : s.filtered[s.filtered.length - 1]);
    case 'open':
      return (active && openCommand(s.nav, active.key)) ?? { kind: 'none' };
    default:
      return a;
  }
}

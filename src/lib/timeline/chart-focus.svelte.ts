/**
 * Where the reader is on the timeline: the option the keyboard is on (the listbox's
 * aria-activedescendant), the mark under the pointer, whether the chart has focus from the
 * keyboard (then the active mark draws the focus ring and shows its tooltip), and the tooltip
 * Escape hid. One state class beside the Timeline, which owns it; what a key does is decided by
 * key-command.ts (pure) and applied here to the Viewport and the view state.
 */
import type { TimelineEvent } from '../data/types';
import type { ViewState } from '../state/view-state.svelte';
import { DAY } from '../data/days';
import { findActive, type Nav } from './navigation';
import { keyCommand, openCommand, type Command } from './key-command';
import type { Viewport } from './viewport.svelte';

export interface FocusSource {
  /** The options, in time order. */
  nav: readonly Nav[];
  vertical: boolean;
  /** Every event the window can show (all filters but the window), in time order. */
  context: readonly TimelineEvent[];
}

export class ChartFocus {
  /** The option the keyboard moved to or the reader chose (else the open event's). */
  activeKey = $state<string | null>(null);
  /** The mark under the pointer. */
  hoverKey = $state<string | null>(null);
  focused = $state(false);
  /** The last input was the keyboard's (not the pointer's). */
  keyboard = $state(false);
  /** The tooltip Escape hid, until the reader moves on. */
  dismissed = $state<string | null>(null);

  readonly #app: ViewState;
  readonly #view: Viewport;
  readonly #source: () => FocusSource;

  readonly index: number = $derived(findActive(this.#nav, this.activeKey ?? this.#appEvent));
  readonly active: Nav | null = $derived(this.#nav[this.index] ?? null);
  /** The chart has focus from the keyboard: the active mark draws the ring. */
  readonly ring: boolean = $derived(this.focused && this.keyboard);
  /** Hover and keyboard focus show the same tooltip. */
  readonly tipKey: string | null = $derived(this.hoverKey ?? (this.ring ? (this.active?.key ?? null) : null));

  constructor(app: ViewState, view: Viewport, source: () => FocusSource) {
    this.#app = app;
    this.#view = view;
    this.#source = source;
  }
  get #nav() {
    return this.#source().nav;
  }
  get #appEvent() {
    return this.#app.event;
  }

  /** Zoom by `factor` around the active option when it is in view. */
  zoom = (factor: number) => {
    const a = this.active;
    const [t0, t1] = this.#view.domain;
    this.#view.zoom(factor, a && a.t >= t0 && a.t <= t1 ? a.t : undefined);
  };
  /** An option chosen (click, Enter): an event opens its details, a group zooms to its period. */
  open = (key: string) => {
    const c = openCommand(this.#nav, key);
    if (c) this.#apply(c);
  };
  hover = (key: string | null) => {
    this.hoverKey = key;
    this.dismissed = null;
  };
  keydown = (ev: KeyboardEvent) => {
    this.keyboard = true;
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const { nav, vertical, context } = this.#source();
    const c = keyCommand(ev.key, { dir: this.#app.dir, vertical, shift: ev.shiftKey, nav, index: this.index, context, filtered: this.#app.filtered });
    if (!c) return;
    ev.preventDefault();
    this.#apply(c);
  };
  /** Escape hides a tooltip first, and marks the event handled so the detail panel's window-level Escape leaves the panel open. */
  escape = (ev: KeyboardEvent, tooltip: boolean) => {
    if (ev.key !== 'Escape' || !tooltip || ev.defaultPrevented) return;
    this.dismissed = this.tipKey;
    ev.preventDefault();
  };

  #apply(c: Command) {
    const view = this.#view;
    switch (c.kind) {
      case 'activate':
        this.activeKey = c.key;
        this.dismissed = null;
        break;
      case 'reveal': {
        const { earliest, latest } = c.event.date;
        this.activeKey = c.event.id;
        this.dismissed = null;
        view.reveal(earliest, Math.min(latest, earliest + DAY));
        break;
      }
      case 'open':
        this.activeKey = c.event;
        this.#app.event = c.event;
        break;
      case 'zoomTo':
        this.activeKey = c.key;
        view.set(c.domain);
        break;
      case 'zoom':
        this.zoom(c.factor);
        break;
      case 'pan':
        view.pan(c.fraction);
        break;
      case 'fit':
        view.fit();
        break;
    }
  }
}

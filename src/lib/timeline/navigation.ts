/**
 * What the keyboard walks: one entry per option of the chart's listbox (an event, or a group
 * of events), in time order, whichever layout drew them. Pure, so the order and the "next event
 * off screen" rule are tested without a browser.
 */
import type { TimelineEvent } from '../data/types';
import type { LaneSet } from './lanes';
import type { ClusterItem, Layout } from './layout';
import type { VerticalLayout } from './vertical';
import { eventsExtent } from '../data/summary';

export interface Nav {
  key: string;
  t: number;
  /** Lane indexes (several for joined marks); for Up/Down between lanes. */
  lanes: number[];
  events: readonly TimelineEvent[];
  /** One event (opens its details) or a group (zooms to its period). */
  single: boolean;
  start: number;
  end: number;
}

/** A group's own span (its events'), not its calendar bin's: that is where it zooms to. */
function span(events: readonly TimelineEvent[]): { start: number; end: number } {
  const [start, end] = eventsExtent(events)!;
  return { start, end };
}

export function navFromLayout(layout: Layout, lanes: LaneSet): Nav[] {
  const index = new Map(lanes.lanes.map((l, i) => [l.key, i]));
  return layout.items.map((i) =>
    i.kind === 'event'
      ? { key: i.key, t: i.t, lanes: i.dots.map((d) => index.get(d.lane) ?? 0), events: [i.event], single: true, start: i.event.date.earliest, end: i.event.date.latest }
      : new GroupNav(i, index.get(i.lane) ?? 0),
  );
}

/** A group's entry; its events are read from the layout only when needed (built on demand). */
class GroupNav implements Nav {
  readonly key: string;
  readonly t: number;
  readonly lanes: number[];
  readonly single = false;
  readonly start: number;
  readonly end: number;
  readonly #item: ClusterItem;
  constructor(item: ClusterItem, lane: number) {
    this.key = item.key;
    this.t = item.t;
    this.lanes = [lane];
    this.start = item.from;
    this.end = item.to;
    this.#item = item;
  }
  get events(): readonly TimelineEvent[] {
    return this.#item.events;
  }
}

export function navFromVertical(v: VerticalLayout<{ t: number }>): Nav[] {
  return v.rows.map((r) =>
    r.event
      ? { key: r.key, t: r.t, lanes: [0], events: [r.event], single: true, start: r.event.date.earliest, end: r.event.date.latest }
      : { key: r.key, t: r.t, lanes: [0], events: r.bin!.events, single: false, ...span(r.bin!.events) },
  );
}

/** The entry for a key, or the group holding the event of that id (it may have been grouped). */
export function findActive(nav: readonly Nav[], key: string | null): number {
  if (!key) return -1;
  const i = nav.findIndex((n) => n.key === key);
  return i >= 0 ? i : nav.findIndex((n) => !n.single && n.events.some((e) => e.id === key));
}

/** The next (or previous) event in time order after everything in `active`, from `events`. */
export function eventBeyond(events: readonly TimelineEvent[], active: Nav | null, delta: 1 | -1): TimelineEvent | undefined {
  let pivot = delta > 0 ? -1 : Infinity;
  for (const e of active?.events ?? []) pivot = delta > 0 ? Math.max(pivot, e.order) : Math.min(pivot, e.order);
  if (delta > 0) return events.find((e) => e.order > pivot);
  for (let i = events.length - 1; i >= 0; i--) if (events[i].order < pivot) return events[i];
  return undefined;
}

/**
 * The horizontal timeline as geometry: lane boxes, event marks (symbol, band, dots per lane,
 * label) and cluster marks, in the order keyboard navigation walks them. Pure: it takes the
 * events, the lanes, the x scale and a text measurer and returns numbers, so the same fixed
 * data always gives the same picture (see layout.test.ts) and the components only draw.
 */
import type { TimelineEvent } from '../data/types';
import type { Domain } from './domain';
import type { Lane, LaneSet } from './lanes';
import { aggregate, chooseBin, type BinStep } from './cluster';
import { anchorTime, markKind, type MarkKind } from './marks';
import { pack, type PackBlock, type PackItem } from './pack';

export interface Geometry {
  /** Symbol radius. */
  r: number;
  rowH: number;
  /** Room for the lane's name above its rows. */
  headH: number;
  lanePad: number;
  gap: number;
  labelGap: number;
  minBinPx: number;
}

export const GEOMETRY: Geometry = { r: 6, rowH: 22, headH: 20, lanePad: 6, gap: 3, labelGap: 5, minBinPx: 40 };

export interface EventItem {
  kind: 'event';
  key: string;
  event: TimelineEvent;
  /** Sort time (earliest possible start). */
  t: number;
  mark: MarkKind;
  /** Symbol centre, and the band from earliest to latest (x0 <= x1), physical px. */
  x: number;
  x0: number;
  x1: number;
  dots: { lane: string; y: number }[];
  label: { text: string; x: number; y: number; extends: 'left' | 'right' } | null;
}

export interface ClusterItem {
  kind: 'cluster';
  key: string;
  lane: string;
  t: number;
  start: number;
  end: number;
  x0: number;
  x1: number;
  y: number;
  h: number;
  events: TimelineEvent[];
}

export type Item = EventItem | ClusterItem;

export interface LaneBox {
  lane: Lane;
  y: number;
  h: number;
  rows: number;
  /** Events of the lane in view (singles and clustered). */
  count: number;
}

export interface Layout {
  lanes: LaneBox[];
  /** Navigation order: time, then lane. */
  items: Item[];
  height: number;
  bin: BinStep;
}

export interface LayoutInput {
  /** Events overlapping the domain, in time order. */
  events: readonly TimelineEvent[];
  lanes: LaneSet;
  x: (t: number) => number;
  domain: Domain;
  width: number;
  dir: 'ltr' | 'rtl';
  /** Rows per lane at most. */
  rows: number;
  /** The label of an event and its width in px, or null for none. */
  label: (e: TimelineEvent) => { text: string; width: number } | null;
  geometry?: Geometry;
}

export function layoutTimeline(input: LayoutInput): Layout {
  const { events, lanes, x, domain, width, dir } = input;
  const g = input.geometry ?? GEOMETRY;
  const [r0, r1] = [x(domain[0]), x(domain[1])];
  const pxPerMs = Math.abs(r1 - r0) / (domain[1] - domain[0]);
  const bin = chooseBin(pxPerMs, g.minBinPx);
  const capacity = input.rows * Math.max(1, Math.floor((bin.ms * pxPerMs) / (2 * g.r + g.gap)));
  const { singles, clusters } = aggregate(events, lanes.keysOf, bin, capacity, lanes.linked);

  // u: px from the inline-start edge, increasing with time in both directions.
  const u = (px: number) => (dir === 'rtl' ? width - px : px);
  const fromU = u;
  const [lo, hi] = [Math.min(r0, r1), Math.max(r0, r1)];
  const clip = (px: number) => Math.min(hi, Math.max(lo, px));

  const geo = new Map<TimelineEvent, { x: number; x0: number; x1: number; mark: MarkKind }>();
  for (const e of singles) {
    const mark = markKind(e);
    const xs = x(anchorTime(e));
    const [a, b] = [x(e.date.earliest), x(e.date.latest)];
    geo.set(e, { x: xs, x0: Math.min(a, b), x1: Math.max(a, b), mark });
  }
  const extentU = (e: TimelineEvent): [number, number] => {
    const m = geo.get(e)!;
    const ends = [u(m.x - g.r), u(m.x + g.r)];
    if (m.mark !== 'point') ends.push(u(m.x0), u(m.x1));
    return [Math.min(...ends), Math.max(...ends)];
  };

  const labels = new Map<TimelineEvent, { text: string; width: number } | null>();
  const placements = new Map<string, Map<string, { row: number; label: 'after' | 'before' | null }>>();
  const rowsUsed = new Map<string, number>();
  for (const lane of lanes.lanes) {
    const inLane = singles.filter((e) => lanes.keysOf(e).includes(lane.key));
    const items: PackItem[] = inLane
      .map((e) => {
        const [u0, u1] = extentU(e);
        // One label per event, in its first lane (the top one for joined marks).
        const primary = lanes.keysOf(e)[0] === lane.key;
        if (primary && !labels.has(e)) labels.set(e, input.label(e));
        return { id: e.id, u0, u1, label: primary ? (labels.get(e)?.width ?? 0) : 0 };
      })
      .sort((a, b) => a.u0 - b.u0);
    const blocks: PackBlock[] = clusters
      .filter((c) => c.lane === lane.key)
      .map((c) => {
        const [a, b] = [u(clip(x(c.start))), u(clip(x(c.end)))];
        return { u0: Math.min(a, b), u1: Math.max(a, b) };
      });
    const placed = pack(items, { rows: input.rows, gap: g.gap, labelGap: g.labelGap, maxU: width - 2, blocks });
    placements.set(lane.key, placed);
    rowsUsed.set(lane.key, Math.max(1, ...[...placed.values()].map((p) => p.row + 1)));
  }

  const counts = new Map<string, number>();
  for (const e of events) for (const k of lanes.keysOf(e)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const boxes: LaneBox[] = [];
  let y = 0;
  for (const lane of lanes.lanes) {
    const rows = rowsUsed.get(lane.key) ?? 1;
    const h = g.headH + rows * g.rowH + g.lanePad;
    boxes.push({ lane, y, h, rows, count: counts.get(lane.key) ?? 0 });
    y += h;
  }
  const box = new Map(boxes.map((b) => [b.lane.key, b]));
  const laneIndex = new Map(lanes.lanes.map((l, i) => [l.key, i]));
  const rowY = (lane: string, row: number) => box.get(lane)!.y + g.headH + row * g.rowH + g.rowH / 2;

  const items: Item[] = [];
  for (const e of singles) {
    const m = geo.get(e)!;
    const keys = lanes.keysOf(e);
    const dots = keys.map((lane) => ({ lane, y: rowY(lane, placements.get(lane)?.get(e.id)?.row ?? 0) }));
    const p = placements.get(keys[0])?.get(e.id);
    const text = labels.get(e);
    let label: EventItem['label'] = null;
    if (p?.label && text) {
      const [u0, u1] = extentU(e);
      const after = p.label === 'after';
      const at = after ? u1 + g.labelGap : u0 - g.labelGap;
      // "after" runs in reading direction: rightwards in English, leftwards in Arabic.
      const right = after === (dir === 'ltr');
      label = { text: text.text, x: fromU(at), y: dots[0].y, extends: right ? 'right' : 'left' };
    }
    items.push({ kind: 'event', key: e.id, event: e, t: e.date.earliest, mark: m.mark, x: m.x, x0: m.x0, x1: m.x1, dots, label });
  }
  for (const c of clusters) {
    const b = box.get(c.lane)!;
    const [a, z] = [clip(x(c.start)), clip(x(c.end))];
    items.push({
      kind: 'cluster',
      key: `c:${c.lane}:${c.start}`,
      lane: c.lane,
      t: c.start,
      start: c.start,
      end: c.end,
      x0: Math.min(a, z) + 1,
      x1: Math.max(a, z) - 1,
      y: b.y + g.headH + 2,
      h: g.rowH - 4,
      events: c.events,
    });
  }
  const firstLane = (it: Item) => laneIndex.get(it.kind === 'event' ? it.dots[0].lane : it.lane) ?? 0;
  // Same-day events keep the dataset's order (earliest, latest, id), which the list view uses too.
  const order = (a: Item, b: Item) => (a.kind === 'event' && b.kind === 'event' ? a.event.order - b.event.order : 0);
  items.sort((a, b) => a.t - b.t || order(a, b) || firstLane(a) - firstLane(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { lanes: boxes, items, height: y, bin };
}

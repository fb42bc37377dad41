/**
 * The horizontal timeline as geometry: lane boxes, event marks (symbol, band, dots per lane,
 * label) and cluster marks, in the order keyboard navigation walks them. Pure: it takes the
 * events, the lanes, the x scale and a text measurer and returns numbers, so the same fixed
 * data always gives the same picture (see layout.test.ts) and the components only draw.
 */
import type { TimelineEvent } from '../data/types';
import type { Domain } from './domain';
import type { Lane, LaneSet } from './lanes';
import { binCells, chooseBin, type BinStep, type Cluster } from './cluster';
import type { MarkKind } from './marks';
import { pack, type PackBlock, type PackItem, type Placement } from './pack';
import { KINDS, ordinalsOf, type EventTimes } from './times';
import { DAY } from '../data/days';

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

/** Around the lanes, the plot (Plot.svelte) has a top margin, the axis and, when the dataset has phases, a strip for their names. */
export const PLOT_TOP = 6;
const AXIS_H = 44;
const PHASE_STRIP_H = 22;

/** The axis' height and the plot's height around its lanes, at the embed's text scale (--scale). */
export function plotChrome(scale: number, phases: boolean): { axis: number; around: number } {
  const s = Math.max(1, scale);
  return { axis: AXIS_H * s, around: PLOT_TOP + AXIS_H * s + (phases ? PHASE_STRIP_H * s : 0) };
}

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
  /** How many events, and their own span (earliest start, latest end). */
  count: number;
  from: number;
  to: number;
  /** In time order; built on first read. */
  readonly events: TimelineEvent[];
}

/** A ClusterItem over a Cluster, whose event list it reads only when asked. */
class ClusterMarkItem implements ClusterItem {
  readonly kind = 'cluster';
  readonly key: string;
  readonly lane: string;
  readonly t: number;
  readonly start: number;
  readonly end: number;
  readonly count: number;
  readonly from: number;
  readonly to: number;
  readonly #cluster: Cluster;
  constructor(
    c: Cluster,
    readonly x0: number,
    readonly x1: number,
    readonly y: number,
    readonly h: number,
  ) {
    this.key = `c:${c.lane}:${c.start}`;
    this.lane = c.lane;
    this.t = this.start = c.start;
    this.end = c.end;
    this.count = c.count;
    this.from = c.from;
    this.to = c.to;
    this.#cluster = c;
  }
  get events(): TimelineEvent[] {
    return this.#cluster.events;
  }
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
  /**
   * Events in time order; only those overlapping the domain are laid out. Pass the same array
   * while zooming: what is derived from it per event is kept with it (see times.ts).
   */
  /** Time-ordered events, with their times (times.ts) and lane bits (`laneBits`) by position. */
  events: readonly TimelineEvent[];
  times: EventTimes;
  bits: Int32Array;
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

/**
 * Symbols that the lanes' rows cannot hold side by side (pack.ts: `overlap`) are grouped as the
 * bins that hold too many are: their cells are laid out again as groups, a few times at most
 * (each pass groups more). Only in bins longer than a day: events are dated to the day, so a
 * zoom into a day's bin would never split a group of that day's events, which stay side by side
 * or overlapping as they are.
 */
const REGROUP_PASSES = 3;

export function layoutTimeline(input: LayoutInput, force: ReadonlySet<string> = new Set(), pass = 0): Layout {
  const { events, times, bits, lanes, x, domain, width, dir } = input;
  const g = input.geometry ?? GEOMETRY;
  const [r0, r1] = [x(domain[0]), x(domain[1])];
  const pxPerMs = Math.abs(r1 - r0) / (domain[1] - domain[0]);
  const bin = chooseBin(pxPerMs, g.minBinPx);
  const capacity = input.rows * Math.max(1, Math.floor((bin.ms * pxPerMs) / (2 * g.r + g.gap)));
  const laneKeys = lanes.lanes.map((l) => l.key);
  const { singles, clusters, laneCounts } = binCells(events, times, bits, laneKeys, domain, bin, capacity, lanes.linked, force);

  // u: px from the inline-start edge, increasing with time in both directions.
  const u = (px: number) => (dir === 'rtl' ? width - px : px);
  const fromU = u;
  const [lo, hi] = [Math.min(r0, r1), Math.max(r0, r1)];
  const clip = (px: number) => Math.min(hi, Math.max(lo, px));

  // Geometry of the singles, by their position k in `singles`.
  const S = singles.length;
  const xs = new Float64Array(S);
  const x0s = new Float64Array(S);
  const x1s = new Float64Array(S);
  const u0s = new Float64Array(S);
  const u1s = new Float64Array(S);
  for (let k = 0; k < S; k++) {
    const i = singles[k];
    const xk = x(times.anchor[i]);
    const [a, b] = [x(times.earliest[i]), x(times.latest[i])];
    xs[k] = xk;
    x0s[k] = Math.min(a, b);
    x1s[k] = Math.max(a, b);
    let [v0, v1] = [Math.min(u(xk - g.r), u(xk + g.r)), Math.max(u(xk - g.r), u(xk + g.r))];
    if (KINDS[times.kind[i]] !== 'point') (v0 = Math.min(v0, u(x0s[k]), u(x1s[k]))), (v1 = Math.max(v1, u(x0s[k]), u(x1s[k])));
    u0s[k] = v0;
    u1s[k] = v1;
  }

  const labels: ({ text: string; width: number } | null | undefined)[] = new Array(S);
  const overlapped: [id: string, lane: number][] = [];
  const placements: Map<string, Placement>[] = [];
  const rowsUsed: number[] = [];
  lanes.lanes.forEach((lane, l) => {
    const bit = 1 << l;
    const items: PackItem[] = [];
    for (let k = 0; k < S; k++) {
      const b = bits[singles[k]];
      if (!(b & bit)) continue;
      // One label per event, in its first lane (the top one for joined marks).
      const primary = (b & -b) === bit;
      if (primary && labels[k] === undefined) labels[k] = input.label(events[singles[k]]);
      items.push({ id: events[singles[k]].id, u0: u0s[k], u1: u1s[k], label: primary ? (labels[k]?.width ?? 0) : 0 });
    }
    items.sort((a, b) => a.u0 - b.u0);
    const blocks: PackBlock[] = clusters
      .filter((c) => c.lane === lane.key)
      .map((c) => {
        const [a, b] = [u(clip(x(c.start))), u(clip(x(c.end)))];
        return { u0: Math.min(a, b), u1: Math.max(a, b) };
      });
    const placed = pack(items, { rows: input.rows, gap: g.gap, labelGap: g.labelGap, maxU: width - 2, blocks });
    placements.push(placed);
    for (const [id, p] of placed) if (p.overlap) overlapped.push([id, l]);
    let rows = 1;
    for (const p of placed.values()) rows = Math.max(rows, p.row + 1);
    rowsUsed.push(rows);
  });

  if (overlapped.length && pass < REGROUP_PASSES && bin.ms > DAY) {
    const ords = ordinalsOf(times, bin.unit);
    const indexOf = new Map(singles.map((i) => [events[i].id, i]));
    const more = new Set(force);
    for (const [id, l] of overlapped) more.add(`${ords[indexOf.get(id)!]}:${l}`);
    return layoutTimeline(input, more, pass + 1);
  }

  const boxes: LaneBox[] = [];
  let y = 0;
  lanes.lanes.forEach((lane, l) => {
    const rows = rowsUsed[l] ?? 1;
    const h = g.headH + rows * g.rowH + g.lanePad;
    boxes.push({ lane, y, h, rows, count: laneCounts[l] ?? 0 });
    y += h;
  });
  const laneIndex = new Map(laneKeys.map((k, i) => [k, i]));
  const rowY = (l: number, row: number) => boxes[l].y + g.headH + row * g.rowH + g.rowH / 2;

  const items: Item[] = [];
  for (let k = 0; k < S; k++) {
    const e = events[singles[k]];
    const dots: EventItem['dots'] = [];
    let first = -1;
    for (let b = bits[singles[k]], l = 0; b; b >>>= 1, l++) {
      if (!(b & 1)) continue;
      if (first < 0) first = l;
      dots.push({ lane: laneKeys[l], y: rowY(l, placements[l].get(e.id)?.row ?? 0) });
    }
    const p = placements[first]?.get(e.id);
    const text = labels[k];
    let label: EventItem['label'] = null;
    if (p?.label && text) {
      const after = p.label === 'after';
      const at = after ? u1s[k] + g.labelGap : u0s[k] - g.labelGap;
      // "after" runs in reading direction: rightwards in English, leftwards in Arabic.
      const right = after === (dir === 'ltr');
      label = { text: text.text, x: fromU(at), y: dots[0].y, extends: right ? 'right' : 'left' };
    }
    items.push({ kind: 'event', key: e.id, event: e, t: e.date.earliest, mark: KINDS[times.kind[singles[k]]], x: xs[k], x0: x0s[k], x1: x1s[k], dots, label });
  }
  for (const c of clusters) {
    const b = boxes[laneIndex.get(c.lane)!];
    const [a, z] = [clip(x(c.start)), clip(x(c.end))];
    items.push(new ClusterMarkItem(c, Math.min(a, z) + 1, Math.max(a, z) - 1, b.y + g.headH + 2, g.rowH - 4));
  }
  const firstLane = (it: Item) => laneIndex.get(it.kind === 'event' ? it.dots[0].lane : it.lane) ?? 0;
  // Same-day events keep the dataset's order (earliest, latest, id), which the list view uses too.
  const order = (a: Item, b: Item) => (a.kind === 'event' && b.kind === 'event' ? a.event.order - b.event.order : 0);
  items.sort((a, b) => a.t - b.t || order(a, b) || firstLane(a) - firstLane(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { lanes: boxes, items, height: y, bin };
}

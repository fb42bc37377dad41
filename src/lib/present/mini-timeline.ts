/**
 * A compact, static timeline picture: one horizontal line, one dot per event above it, months
 * marked below. It is the handout's overview, the presentation band's fallback when no chart
 * view is loaded, and the SVG exported for views without a chart (list, table).
 *
 * Pure: it returns shapes in pixels and never touches the DOM. Events that would overlap are
 * stacked in a column, so every event keeps a visible dot of its own (a count can be read off).
 * When a column would stack more than `maxLevels` dots (hundreds of events, or thousands), each
 * column is a bar instead, its height in proportion to its events: the picture keeps its height
 * and stays a handful of elements, where dots piled up over the whole slide. Time runs right
 * to left when `rtl`, as Arabic readers read it.
 */
import { max, tickStep } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { eventsExtent } from '../data/summary';
import type { TimelineEvent } from '../data/types';

export interface MiniMark {
  id: string;
  x: number;
  y: number;
  /** 0 on the line, 1 stacked above it, ... */
  level: number;
}

/** A column of events drawn as one bar (see `maxLevels`). */
export interface MiniBar {
  x: number;
  /** Top of the bar; it stands on the line. */
  y: number;
  height: number;
  count: number;
  /** The events it stands for. */
  ids: readonly string[];
}

export interface MiniLabel {
  x: number;
  text: string;
}

export interface MiniTimelineShapes {
  width: number;
  height: number;
  radius: number;
  axis: { x1: number; x2: number; y: number };
  /** One dot per event, or none when the columns are bars. */
  marks: MiniMark[];
  bars: MiniBar[];
  /** x of each tick, drawn short below the line: every month boundary, or (when months would be
   * closer than MONTH_TICK px) d3's nice steps of years, so any span gives a handful. */
  ticks: number[];
  labels: MiniLabel[];
  /** Where the labels' baseline sits. */
  labelY: number;
  /** The time span shown, ms (UTC), or null when there are no events. */
  domain: [number, number] | null;
}

export interface MiniTimelineOptions {
  width: number;
  /** Dot radius, px. */
  radius?: number;
  /** Label font size, px; the height leaves room for it. */
  fontSize?: number;
  /** Least room a month label needs, px; months are skipped to keep that. */
  labelWidth?: number;
  rtl?: boolean;
  /** The most dots stacked in a column; past it every column is a bar (default 12). */
  maxLevels?: number;
  /** The text of a month label; `withYear` on the first label and where the year changes. */
  label: (ms: number, withYear: boolean) => string;
  /** The text of a year label, when the ticks are years (default: `label(ms, true)`). */
  yearLabel?: (ms: number) => string;
}

const GAP = 1;
const TICK = 6;
/** Month ticks nearer than this, px, give way to year ticks. */
const MONTH_TICK = 4;

export function miniTimeline(events: readonly TimelineEvent[], o: MiniTimelineOptions): MiniTimelineShapes {
  const r = o.radius ?? 4;
  const fontSize = o.fontSize ?? 12;
  const pad = Math.max(r + 2, 8);
  const [x1, x2] = o.rtl ? [o.width - pad, pad] : [pad, o.width - pad];
  if (events.length === 0) {
    const y = pad + r;
    return { width: o.width, height: y + TICK + fontSize + 4, radius: r, axis: { x1, x2, y }, marks: [], bars: [], ticks: [], labels: [], labelY: y + TICK + fontSize, domain: null };
  }

  const [earliest, latest] = eventsExtent(events)!;
  const start = utcMonth.floor(new Date(earliest));
  const end = utcMonth.ceil(new Date(latest));
  const x = scaleUtc().domain([start, end]).range([x1, x2]);

  // Events closer than a diameter to a column's first one join that column, in time order.
  const sorted = [...events].sort((a, b) => a.date.earliest + a.date.latest - (b.date.earliest + b.date.latest));
  const columns: { x: number; ids: string[] }[] = [];
  for (const e of sorted) {
    const ex = x(new Date((e.date.earliest + e.date.latest) / 2));
    const last = columns[columns.length - 1];
    if (last && Math.abs(ex - last.x) < 2 * r + GAP) last.ids.push(e.id);
    else columns.push({ x: ex, ids: [e.id] });
  }
  const tallest = max(columns, (c) => c.ids.length)!; // not Math.max(...): see eventsExtent
  const levels = Math.min(tallest, Math.max(1, o.maxLevels ?? 12));
  const axisY = pad + levels * (2 * r + GAP) + 2;
  const dots = tallest === levels;
  const marks = dots ? columns.flatMap((c) => c.ids.map((id, level) => ({ id, x: c.x, level, y: axisY - r - 2 - level * (2 * r + GAP) }))) : [];
  // A bar is as tall as the dots it stands for would be, scaled so the tallest fills the stack;
  // one event stays a dot's height.
  const full = levels * (2 * r + GAP) - GAP;
  const bars = dots
    ? []
    : columns.map((c) => {
        const height = Math.max(2 * r, (full * c.ids.length) / tallest);
        return { x: c.x, y: axisY - 2 - height, height, count: c.ids.length, ids: c.ids };
      });

  const labelWidth = o.labelWidth ?? 56;
  const span = Math.abs(x2 - x1);
  // A month per tick while months are MONTH_TICK px apart; past that (a span of centuries from
  // hostile data drew 120,000 lines), years in d3's nice steps, one per one and a half labels' width or so.
  const byMonth = utcMonth.count(start, end) * MONTH_TICK <= span;
  const years = byMonth ? null : utcYear.every(tickStep(start.getUTCFullYear(), end.getUTCFullYear(), Math.max(2, Math.floor(span / (1.5 * labelWidth)))))!;
  const ticks = byMonth ? [...utcMonth.range(start, end), end] : years!.range(start, utcMonth.offset(end, 1));
  // Month labels sit mid-month, every `every` months; year labels on their ticks.
  const months = byMonth ? utcMonth.range(start, end) : [];
  const every = Math.max(1, Math.ceil(labelWidth / (span / Math.max(1, months.length))));
  const candidates = byMonth
    ? months.filter((_, i) => i % every === 0).map((m) => ({ m, centre: x(new Date((+m + +utcMonth.offset(m, 1)) / 2)) }))
    : ticks.map((m) => ({ m, centre: x(m) }));
  // A label centred on a narrow first or last month would hang off the picture.
  const inside = (lx: number) => Math.min(Math.max(lx, labelWidth / 2), o.width - labelWidth / 2);
  // The year is written on the first label and wherever it changes (January may be skipped).
  // A label pushed inwards (the first or the last) can come too near its neighbour, which is
  // then left out; months of other lengths keep their labels as spaced. Year steps are only
  // about a label's width apart, so any year label too near the one before is left out.
  const labelled: { m: Date; x: number; moved: boolean }[] = [];
  for (const { m, centre } of candidates) {
    const lx = inside(centre);
    const prev = labelled[labelled.length - 1];
    if (prev && (!byMonth || prev.moved || lx !== centre) && Math.abs(lx - prev.x) < labelWidth) continue;
    labelled.push({ m, x: lx, moved: lx !== centre });
  }
  const yearLabel = o.yearLabel ?? ((ms: number) => o.label(ms, true));
  const labels = labelled.map(({ m, x: lx }, i) => ({
    x: lx,
    text: byMonth ? o.label(+m, i === 0 || m.getUTCFullYear() !== labelled[i - 1].m.getUTCFullYear()) : yearLabel(+m),
  }));
  const labelY = axisY + TICK + fontSize;
  return {
    width: o.width,
    height: labelY + 4,
    radius: r,
    axis: { x1, x2, y: axisY },
    marks,
    bars,
    ticks: ticks.map((m) => x(m)),
    labels,
    labelY,
    domain: [+start, +end],
  };
}

/**
 * The picture with the largest dots (radius 3 to `maxRadius`) that keeps it within `height`:
 * the presentation band fills its height with it. Dots grow in whole pixels, so a few tries.
 */
export function miniTimelineIn(events: readonly TimelineEvent[], o: MiniTimelineOptions, height: number, maxRadius = 24): MiniTimelineShapes {
  let best = miniTimeline(events, { ...o, radius: 3 });
  for (let r = 4; r <= maxRadius; r++) {
    const next = miniTimeline(events, { ...o, radius: r });
    if (next.height > height) break;
    best = next;
  }
  return best;
}

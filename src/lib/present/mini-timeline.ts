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
import { max } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
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
  /** x of each month boundary, drawn as a short tick below the line. */
  monthTicks: number[];
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
}

const GAP = 1;
const TICK = 6;

export function miniTimeline(events: readonly TimelineEvent[], o: MiniTimelineOptions): MiniTimelineShapes {
  const r = o.radius ?? 4;
  const fontSize = o.fontSize ?? 12;
  const pad = Math.max(r + 2, 8);
  const [x1, x2] = o.rtl ? [o.width - pad, pad] : [pad, o.width - pad];
  if (events.length === 0) {
    const y = pad + r;
    return { width: o.width, height: y + TICK + fontSize + 4, radius: r, axis: { x1, x2, y }, marks: [], bars: [], monthTicks: [], labels: [], labelY: y + TICK + fontSize, domain: null };
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

  const months = utcMonth.range(start, end);
  const monthWidth = Math.abs(x2 - x1) / months.length;
  const labelWidth = o.labelWidth ?? 56;
  const every = Math.max(1, Math.ceil(labelWidth / monthWidth));
  // A label centred on a narrow first or last month would hang off the picture.
  const inside = (lx: number) => Math.min(Math.max(lx, labelWidth / 2), o.width - labelWidth / 2);
  // The year is written on the first label and wherever it changes (January may be skipped).
  // A label pushed inwards (the first or the last) can come too near its neighbour, which is
  // then left out; months of other lengths keep their labels as spaced.
  const labelled: { m: Date; x: number; moved: boolean }[] = [];
  months.forEach((m, i) => {
    if (i % every !== 0) return;
    const centre = x(new Date((+m + +utcMonth.offset(m, 1)) / 2));
    const lx = inside(centre);
    const prev = labelled[labelled.length - 1];
    if (prev && (prev.moved || lx !== centre) && Math.abs(lx - prev.x) < labelWidth) return;
    labelled.push({ m, x: lx, moved: lx !== centre });
  });
  const labels = labelled.map(({ m, x: lx }, i) => ({
    x: lx,
    text: o.label(+m, i === 0 || m.getUTCFullYear() !== labelled[i - 1].m.getUTCFullYear()),
  }));
  const labelY = axisY + TICK + fontSize;
  return {
    width: o.width,
    height: labelY + 4,
    radius: r,
    axis: { x1, x2, y: axisY },
    marks,
    bars,
    monthTicks: [...months, end].map((m) => x(m)),
    labels,
    labelY,
    domain: [+start, +end],
  };
}

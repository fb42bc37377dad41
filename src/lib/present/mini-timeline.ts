/**
 * A compact, static timeline picture: one horizontal line, one dot per event above it, months
 * marked below. It is the handout's overview, the presentation band's fallback when no chart
 * view is loaded, and the SVG exported for views without a chart (list, table).
 *
 * Pure: it returns shapes in pixels and never touches the DOM. Events that would overlap are
 * stacked in a column, so every event keeps a visible dot of its own (a count can be read off).
 * Time runs right to left when `rtl`, as Arabic readers read it.
 */
import { max } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { spanOf } from '../data/summary';
import type { TimelineEvent } from '../data/types';

export interface MiniMark {
  id: string;
  x: number;
  y: number;
  /** 0 on the line, 1 stacked above it, ... */
  level: number;
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
  marks: MiniMark[];
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
    return { width: o.width, height: y + TICK + fontSize + 4, radius: r, axis: { x1, x2, y }, marks: [], monthTicks: [], labels: [], labelY: y + TICK + fontSize, domain: null };
  }

  const span = spanOf(events)!;
  const start = utcMonth.floor(new Date(span.earliest));
  const end = utcMonth.ceil(new Date(span.latest));
  const x = scaleUtc().domain([start, end]).range([x1, x2]);

  // Stack dots closer than a diameter into one column, in time order.
  const sorted = [...events].sort((a, b) => a.date.earliest + a.date.latest - (b.date.earliest + b.date.latest));
  const placed: { id: string; x: number; level: number }[] = [];
  let columnX = -Infinity;
  let level = 0;
  for (const e of sorted) {
    const ex = x(new Date((e.date.earliest + e.date.latest) / 2));
    if (Math.abs(ex - columnX) < 2 * r + GAP) level += 1;
    else {
      columnX = ex;
      level = 0;
    }
    placed.push({ id: e.id, x: columnX, level });
  }
  const levels = max(placed, (m) => m.level)! + 1; // not Math.max(...): see spanOf
  const axisY = pad + levels * (2 * r + GAP) + 2;
  const marks = placed.map((m) => ({ ...m, y: axisY - r - 2 - m.level * (2 * r + GAP) }));

  const months = utcMonth.range(start, end);
  const monthWidth = Math.abs(x2 - x1) / months.length;
  const labelWidth = o.labelWidth ?? 56;
  const every = Math.max(1, Math.ceil(labelWidth / monthWidth));
  // A label centred on a narrow first or last month would hang off the picture.
  const inside = (lx: number) => Math.min(Math.max(lx, labelWidth / 2), o.width - labelWidth / 2);
  // The year is written on the first label and wherever it changes (January may be skipped).
  const labelled = months.filter((_, i) => i % every === 0);
  const labels = labelled.map((m, i) => ({
    x: inside(x(new Date((+m + +utcMonth.offset(m, 1)) / 2))),
    text: o.label(+m, i === 0 || m.getUTCFullYear() !== labelled[i - 1].getUTCFullYear()),
  }));
  const labelY = axisY + TICK + fontSize;
  return {
    width: o.width,
    height: labelY + 4,
    radius: r,
    axis: { x1, x2, y: axisY },
    marks,
    monthTicks: [...months, end].map((m) => x(m)),
    labels,
    labelY,
    domain: [+start, +end],
  };
}

/**
 * Aggregation when marks crowd. Events are grouped into calendar bins (hours, days, weeks,
 * months, quarters, years) chosen so a bin is at least ~40 px wide at the current zoom; a bin
 * that holds more events in a lane than the lane can draw side by side becomes one cluster
 * mark with a count. Bins follow the calendar rather than pixels, so clusters do not reshuffle
 * while panning, and they split into smaller bins, then single events, as the reader zooms in.
 *
 * With linked lanes (side mode: one event in several lanes) the decision is taken per bin for
 * all lanes at once, so an event is never a single mark in one lane and hidden in a cluster
 * in another.
 */
import { utcDay, utcHour, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { TimelineEvent } from '../data/types';
import { DAY, HOUR } from './domain';
import { anchorTime } from './marks';

export type BinUnit = 'hour' | '6hours' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

export interface BinStep {
  unit: BinUnit;
  interval: TimeInterval;
  /** Typical length, to compare with pixels. */
  ms: number;
}

export const BIN_STEPS: readonly BinStep[] = [
  { unit: 'hour', interval: utcHour, ms: HOUR },
  { unit: '6hours', interval: utcHour.every(6)!, ms: 6 * HOUR },
  { unit: 'day', interval: utcDay, ms: DAY },
  { unit: 'week', interval: utcMonday, ms: 7 * DAY },
  { unit: 'month', interval: utcMonth, ms: 30.44 * DAY },
  { unit: 'quarter', interval: utcMonth.every(3)!, ms: 91.31 * DAY },
  { unit: 'year', interval: utcYear, ms: 365.25 * DAY },
  { unit: 'decade', interval: utcYear.every(10)!, ms: 3652.5 * DAY },
];

/** The finest bin at least `minPx` wide at `pxPerMs`. */
export function chooseBin(pxPerMs: number, minPx = 40): BinStep {
  return BIN_STEPS.find((s) => s.ms * pxPerMs >= minPx) ?? BIN_STEPS[BIN_STEPS.length - 1];
}

export interface Cluster {
  /** Stable id: lane and bin start. */
  key: string;
  lane: string;
  start: number;
  end: number;
  /** In time order. */
  events: TimelineEvent[];
}

export interface Aggregated {
  /** Events drawn one by one, in the input (time) order. */
  singles: TimelineEvent[];
  /** In bin order, then lane order of first appearance. */
  clusters: Cluster[];
}

/**
 * Splits time-ordered events into single marks and clusters. `capacity` is how many marks a
 * lane can show in one bin; a lane-bin with more becomes a cluster.
 */
export function aggregate(
  events: readonly TimelineEvent[],
  keysOf: (e: TimelineEvent) => readonly string[],
  step: BinStep,
  capacity: number,
  linked: boolean,
): Aggregated {
  const cells = new Map<string, Cluster>();
  const binOf = new Map<TimelineEvent, number>();
  // Flooring makes Dates; many events share an anchor (noon of a day), so floor each once.
  const floors = new Map<number, number>();
  const floor = (t: number) => floors.get(t) ?? (floors.set(t, +step.interval.floor(new Date(t))), floors.get(t)!);
  for (const e of events) {
    const start = floor(anchorTime(e));
    binOf.set(e, start);
    for (const lane of keysOf(e)) {
      const key = `${lane}|${start}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { key, lane, start, end: +step.interval.offset(new Date(start), 1), events: [] }));
      cell.events.push(e);
    }
  }
  const crowdedBins = new Set<number>();
  const crowdedCells = new Set<string>();
  for (const cell of cells.values()) {
    if (cell.events.length <= capacity) continue;
    crowdedCells.add(cell.key);
    crowdedBins.add(cell.start);
  }
  const clustered = (lane: string, start: number) => (linked ? crowdedBins.has(start) : crowdedCells.has(`${lane}|${start}`));
  const singles = events.filter((e) => !keysOf(e).some((lane) => clustered(lane, binOf.get(e)!)));
  const clusters = [...cells.values()].filter((c) => clustered(c.lane, c.start)).sort((a, b) => a.start - b.start);
  return { singles, clusters };
}

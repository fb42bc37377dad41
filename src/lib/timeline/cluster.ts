/**
 * Aggregation when marks crowd. Events are grouped into calendar bins (hours, days, weeks,
 * months, quarters, years) chosen so a bin is at least ~40 px wide at the current zoom; a bin
 * that holds more events in a lane than the lane can draw side by side becomes one cluster
 * mark with a count; so does one whose marks the lane could not place without overlapping (layout.ts
 * asks again with `force`). Bins follow the calendar rather than pixels, so clusters do not reshuffle
 * while panning, and they split into smaller bins, then single events, as the reader zooms in.
 *
 * With linked lanes (side mode: one event in several lanes) the decision is taken per bin for
 * all lanes at once, so an event is never a single mark in one lane and hidden in a cluster
 * in another.
 */
import { utcDay, utcHour, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { TimelineEvent } from '../data/types';
import { DAY } from '../data/days';
import { HOUR, type Domain } from './domain';
import { binStart, type BinUnit } from './bins';
import { eventTimes, ordinalsOf, overlapsAt, windowRange, type EventTimes } from './times';

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
  /** How many events it holds, and their own span (earliest start, latest end), not the bin's. */
  count: number;
  from: number;
  to: number;
  /** In time order; built on first read (for all clusters of one call at once). */
  readonly events: TimelineEvent[];
}

export interface Aggregated {
  /** Events drawn one by one, in the input (time) order. */
  singles: TimelineEvent[];
  /** In bin order, then lane order of first appearance. */
  clusters: Cluster[];
}

export interface Cells {
  /** Indexes into the events of those drawn one by one, in order. */
  singles: number[];
  /** In bin order, then lane order of first appearance. */
  clusters: Cluster[];
  /** Events in the window per lane index, clustered or not. */
  laneCounts: number[];
}

/**
 * The grouping itself, for the events of `events` overlapping `domain`: counts per lane and
 * bin, with integer bins (see bins.ts) and lanes as bits (`bits[i]`: the lanes of event i, bit
 * l for `laneKeys[l]`), so no string or Date is made per event. Events are visited twice (count,
 * then pick the singles); a cluster's event list is only built when someone reads it.
 */
export function binCells(
  events: readonly TimelineEvent[],
  times: EventTimes,
  bits: Int32Array,
  laneKeys: readonly string[],
  domain: Domain,
  step: BinStep,
  capacity: number,
  linked: boolean,
  /** Cells (`${bin ordinal}:${lane index}`) to group whatever their count: their marks overlapped. */
  force?: ReadonlySet<string>,
): Cells {
  const [lo, hi] = windowRange(times, domain);
  const ords = ordinalsOf(times, step.unit);
  const L = laneKeys.length;
  // Per bin ordinal, the cell id of each lane (-1: none yet), and at [L] whether the bin is crowded.
  const rows = new Map<number, Int32Array>();
  const rowOf = (ord: number) => {
    let row = rows.get(ord);
    if (!row) rows.set(ord, (row = new Int32Array(L + 1).fill(-1)));
    return row;
  };
  const cellOrd: number[] = [];
  const cellLane: number[] = [];
  const cellCount: number[] = [];
  const cellFrom: number[] = [];
  const cellTo: number[] = [];
  const laneCounts = new Array<number>(L).fill(0);
  let lastOrd = NaN;
  let row: Int32Array = new Int32Array(0);
  // Locals, not property reads, in the loops that run once per event.
  const { earliest, latest } = times;
  const [d0, d1] = domain;
  let laneless = 0;
  for (let i = lo; i < hi; i++) {
    if (!(latest[i] > d0 && earliest[i] < d1)) continue;
    const ord = ords[i];
    if (ord !== lastOrd) (row = rowOf(ord)), (lastOrd = ord);
    if (!bits[i]) laneless++;
    for (let b = bits[i], l = 0; b; b >>>= 1, l++) {
      if (!(b & 1)) continue;
      let c = row[l];
      if (c < 0) {
        c = row[l] = cellCount.length;
        cellOrd.push(ord), cellLane.push(l), cellCount.push(0), cellFrom.push(Infinity), cellTo.push(-Infinity);
      }
      cellCount[c]++;
      if (earliest[i] < cellFrom[c]) cellFrom[c] = earliest[i];
      if (latest[i] > cellTo[c]) cellTo[c] = latest[i];
      laneCounts[l]++;
    }
  }
  const crowded = new Uint8Array(cellCount.length);
  let crowdedCells = 0;
  let crowdedRows = 0;
  for (let c = 0; c < cellCount.length; c++) {
    if (cellCount[c] <= capacity && !force?.has(`${cellOrd[c]}:${cellLane[c]}`)) continue;
    crowded[c] = 1;
    crowdedCells++;
    const r = rows.get(cellOrd[c])!;
    if (r[L] !== 1) (r[L] = 1), crowdedRows++;
  }
  const clustered = (c: number) => (linked ? rows.get(cellOrd[c])![L] === 1 : crowded[c] === 1);

  // Zoomed out, every bin is crowded: no single to look for.
  const singles: number[] = [];
  const none = linked ? crowdedRows === rows.size : crowdedCells === cellCount.length && !laneless;
  lastOrd = NaN;
  for (let i = none ? hi : lo; i < hi; i++) {
    if (!(latest[i] > d0 && earliest[i] < d1)) continue;
    const ord = ords[i];
    if (ord !== lastOrd) (row = rows.get(ord)!), (lastOrd = ord);
    if (linked) {
      if (row[L] !== 1) singles.push(i);
      continue;
    }
    let single = true;
    for (let b = bits[i], l = 0; b && single; b >>>= 1, l++) if (b & 1 && crowded[row[l]]) single = false;
    if (single) singles.push(i);
  }

  // Cells in order of first appearance, then (stable) by bin.
  const ids: number[] = [];
  for (let c = 0; c < cellCount.length; c++) if (clustered(c)) ids.push(c);
  ids.sort((a, b) => cellOrd[a] - cellOrd[b]);
  const slot = new Int32Array(cellCount.length).fill(-1);
  ids.forEach((c, k) => (slot[c] = k));
  let lists: TimelineEvent[][] | null = null;
  const listsOf = () => {
    if (lists) return lists;
    const out: TimelineEvent[][] = ids.map(() => []);
    for (let i = lo; i < hi; i++) {
      if (!overlapsAt(times, i, domain)) continue;
      const r = rows.get(ords[i])!;
      for (let b = bits[i], l = 0; b; b >>>= 1, l++) if (b & 1 && slot[r[l]] >= 0) out[slot[r[l]]].push(events[i]);
    }
    return (lists = out);
  };
  const clusters = ids.map((c, k) => {
    const lane = laneKeys[cellLane[c]];
    const start = binStart(step.unit, cellOrd[c]);
    return new BinCluster(lane, start, binStart(step.unit, cellOrd[c] + 1), cellCount[c], cellFrom[c], cellTo[c], listsOf, k);
  });
  return { singles, clusters, laneCounts };
}

/** A cluster whose event list is asked of the call that made it (a getter on the class, cheap to create). */
class BinCluster implements Cluster {
  readonly key: string;
  readonly #lists: () => TimelineEvent[][];
  readonly #k: number;
  constructor(
    readonly lane: string,
    readonly start: number,
    readonly end: number,
    readonly count: number,
    readonly from: number,
    readonly to: number,
    lists: () => TimelineEvent[][],
    k: number,
  ) {
    this.key = `${lane}|${start}`;
    this.#lists = lists;
    this.#k = k;
  }
  get events(): TimelineEvent[] {
    return this.#lists()[this.#k];
  }
}

const ALL: Domain = [-Infinity, Infinity];

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
  // Lanes numbered in order of first appearance.
  const index = new Map<string, number>();
  const bits = new Int32Array(events.length);
  events.forEach((e, i) => {
    for (const k of keysOf(e)) {
      if (!index.has(k)) index.set(k, index.size);
      bits[i] |= 1 << index.get(k)!;
    }
  });
  const { singles, clusters } = binCells(events, eventTimes(events), bits, [...index.keys()], ALL, step, capacity, linked);
  return { singles: singles.map((i) => events[i]), clusters };
}

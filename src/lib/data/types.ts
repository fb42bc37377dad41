/**
 * Typed values of the data model, inferred from the schema, plus what the loader derives.
 * Inside the app everything trusts these types; only `load.ts` sees untyped input.
 */
import type * as v from 'valibot';
import type * as s from './schema';

export type LocalizedText = v.InferOutput<typeof s.LocalizedText>;
/** A side's id: one of the dataset's own `sides`. */
export type Side = string;
export type SideDef = v.InferOutput<typeof s.SideDef>;
export type EventType = (typeof s.EVENT_TYPES)[number];
export type Status = (typeof s.STATUSES)[number];
export type Role = (typeof s.ROLES)[number];
export type SourceFlag = (typeof s.SOURCE_FLAGS)[number];
export type Actor = v.InferOutput<typeof s.Actor>;
export type Place = v.InferOutput<typeof s.Place>;
export type Source = v.InferOutput<typeof s.Source>;
export type Quote = v.InferOutput<typeof s.Quote>;
export type Evidence = v.InferOutput<typeof s.Evidence>;
export type Participant = v.InferOutput<typeof s.Participant>;
export type Note = v.InferOutput<typeof s.Note>;
export type Series = v.InferOutput<typeof s.Series>;
export type Story = v.InferOutput<typeof s.Story>;
export type RawPhase = v.InferOutput<typeof s.Phase>;
export type Meta = v.InferOutput<typeof s.Meta>;
export type RawEvent = v.InferOutput<typeof s.Event>;

/** How precisely an event's date is known, derived from its EDTF string. */
export type Precision = 'day' | 'month' | 'year';

/** A parsed EDTF date or interval: UCDP-style bounds plus qualifiers. */
export interface DateSpan {
  /** Start of the earliest possible day, ms since epoch, UTC. */
  earliest: number;
  /** End (exclusive) of the latest possible day, ms since epoch, UTC. */
  latest: number;
  /** Precision of the coarser end. */
  precision: Precision;
  /** True for an interval (start/end), false for a single date. */
  interval: boolean;
  /** `?` on either end: the date itself is uncertain. */
  uncertain: boolean;
  /** `~` on either end: the date is approximate. */
  approximate: boolean;
}

/** An event as the app uses it: the raw event plus derived date bounds and series position. */
export interface TimelineEvent extends RawEvent {
  date: DateSpan;
  /** Index in the dataset's time order (0 = earliest). */
  order: number;
  /** Sides taken part, deduplicated, in the order of the dataset's `sides`. */
  sides: Side[];
  /** Position within its series (1-based) and the series' size, when in a series. */
  seriesPosition?: { index: number; count: number; prev?: string; next?: string };
}

/** A phase as the app uses it: its `when` read into bounds, like an event's. */
export interface Phase extends RawPhase {
  date: DateSpan;
}

export interface Dataset {
  meta: Meta;
  /** The dataset's sides in display order (at most MAX_SIDES). */
  sides: SideDef[];
  actors: Map<string, Actor>;
  places: Map<string, Place>;
  sources: Map<string, Source>;
  series: Map<string, Series>;
  stories: Story[];
  /** Named periods, in time order, none overlapping another. */
  phases: Phase[];
  /** Sorted by earliest date, then latest, then id. */
  events: TimelineEvent[];
}

/** One problem found in a data file, precise enough for whoever can fix it. */
export interface Problem {
  /** The file, when known (CLI); the URL in the browser. */
  file?: string;
  /** The collection the item is in: events, actors, places, sources, series, stories, phases, meta. */
  collection: string;
  /** The item's id, or `#index` when it has none. */
  item: string;
  /** Dotted path within the item, e.g. `participants.2.actor`. */
  path: string;
  expected: string;
  found: string;
  severity: 'error' | 'warning';
}

export interface LoadResult {
  dataset: Dataset;
  /** Items rejected or suspect; an item with an error is not in the dataset. */
  problems: Problem[];
  /** Counts of items in the file per collection, so nothing is silently dropped. */
  counts: { inFile: number; accepted: number; rejected: number };
}

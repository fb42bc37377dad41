/**
 * Which events a set of filters keeps. The same function serves every view (timeline, network,
 * table, list, print), so they always show the same set.
 *
 * Within one facet the choices are alternatives (actors=a,b: events with a OR b); across facets
 * they combine (actors AND types AND dates). Free text must match every word, in titles,
 * summaries, quotes, translations, notes, and the names and aliases of actors and places, in any
 * language, folded by `foldText`. The search text is built once per dataset by `buildIndex`,
 * on first use.
 */
import { foldText } from './normalize';
import { buildColumns, inWindow, matchIndices, type Columns } from './columns';
import type { Dataset, EventType, Side, Status, TimelineEvent } from './types';

export interface Filters {
  actors: string[];
  sides: Side[];
  places: string[];
  types: EventType[];
  status: Status[];
  /** Inclusive calendar days, YYYY-MM-DD, or null for open. */
  from: string | null;
  to: string | null;
  q: string;
}

export const NO_FILTERS: Filters = { actors: [], sides: [], places: [], types: [], status: [], from: null, to: null, q: '' };

export interface SearchIndex {
  /** Folded searchable text per event, in dataset order. */
  text: string[];
}

const texts = (m: Record<string, string> | undefined) => (m ? Object.values(m) : []);

/**
 * Builds the search text event by event, so the work can be spread over idle moments
 * (`prepareSearchIndex`) and finished at once when a query needs it (`searchIndex`).
 * Names recur across events: each actor's and place's text is folded once, not once per event.
 */
class IndexBuilder {
  readonly text: string[] = [];
  private readonly actorText = new Map<string, string>();
  private readonly placeText = new Map<string, string>();

  constructor(private readonly dataset: Dataset) {
    for (const a of dataset.actors.values()) {
      this.actorText.set(a.id, foldText([...texts(a.name), ...Object.values(a.aliases ?? {}).flat()].join(' ')));
    }
    for (const p of dataset.places.values()) this.placeText.set(p.id, foldText(texts(p.name).join(' ')));
  }

  get done(): boolean {
    return this.text.length === this.dataset.events.length;
  }

  /** Adds events until `deadline` (a performance.now() time) passes, or all when Infinity. */
  step(deadline = Infinity): void {
    const events = this.dataset.events;
    while (this.text.length < events.length) {
      const e = events[this.text.length];
      this.text.push(
        [
          // Each text folded on its own: English ones then take foldText's quick ASCII path
          // instead of following the Arabic beside them down the slow one.
          ...[
            ...texts(e.title),
            ...texts(e.summary),
            ...texts(e.venue),
            ...e.evidence.flatMap((x) => [x.quote?.exact ?? '', ...texts(x.translation)]),
            ...(e.notes ?? []).flatMap((n) => texts(n.text)),
          ].map(foldText),
          this.placeText.get(e.place) ?? '',
          ...e.participants.map((p) => this.actorText.get(p.actor) ?? ''),
        ].join(' \u0001 '),
      );
      // Checking the clock every 64 events keeps its cost out of the loop.
      if ((this.text.length & 63) === 0 && performance.now() > deadline) return;
    }
  }
}

export function buildIndex(dataset: Dataset): SearchIndex {
  const builder = new IndexBuilder(dataset);
  builder.step();
  return { text: builder.text };
}

/**
 * Derived structures are computed once per loaded dataset and kept beside it (a WeakMap, so
 * they go when the dataset goes): the columns for facet and date tests at load, the search
 * text in idle slices after the first render, or at once when a text query needs it first.
 */
const builders = new WeakMap<Dataset, IndexBuilder>();
const columnSets = new WeakMap<Dataset, Columns>();

const builderOf = (dataset: Dataset) => builders.get(dataset) ?? builders.set(dataset, new IndexBuilder(dataset)).get(dataset)!;

export function searchIndex(dataset: Dataset): SearchIndex {
  const builder = builderOf(dataset);
  builder.step();
  return { text: builder.text };
}

/**
 * Builds the search text in slices of a few milliseconds between other work, so a 20,000-event
 * dataset never blocks the page for the ~0.3 s the whole build takes; a search typed before it
 * is done finishes the rest at once. Resolves when the index is complete.
 */
export function prepareSearchIndex(dataset: Dataset, sliceMs = 8): Promise<void> {
  const builder = builderOf(dataset);
  return new Promise((resolve) => {
    const slice = () => {
      builder.step(performance.now() + sliceMs);
      if (builder.done) resolve();
      else setTimeout(slice, 0);
    };
    slice();
  });
}

export function columnsOf(dataset: Dataset): Columns {
  let columns = columnSets.get(dataset);
  if (!columns) columnSets.set(dataset, (columns = buildColumns(dataset)));
  return columns;
}

/** A search index, or a way to get one when a text query needs it. */
export type IndexSource = SearchIndex | null | (() => SearchIndex | null);

const DAY = 86_400_000;
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function isFiltered(f: Filters): boolean {
  return (
    f.actors.length + f.sides.length + f.places.length + f.types.length + f.status.length > 0 ||
    f.from !== null ||
    f.to !== null ||
    f.q.trim() !== ''
  );
}

/**
 * The words of a free-text query, folded. Punctuation around a word is dropped, so a pasted
 * "Umerov", or a word followed by a comma or an Arabic question mark (؟), still matches;
 * punctuation inside a word (U.S., 28-point) is kept.
 */
export function queryWords(q: string): string[] {
  return foldText(q)
    .split(' ')
    .map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter(Boolean);
}

/** Returns a predicate over events; build it once per filter change, then test each event. */
export function matcher(f: Filters, source: IndexSource): (e: TimelineEvent) => boolean {
  const actors = new Set(f.actors);
  const sides = new Set(f.sides);
  const places = new Set(f.places);
  const types = new Set(f.types);
  const status = new Set(f.status);
  const from = f.from ? dayStart(f.from) : -Infinity;
  const to = f.to ? dayStart(f.to) + DAY : Infinity;
  const words = queryWords(f.q);
  const index = words.length ? (typeof source === 'function' ? source() : source) : null;
  return (e) => {
    if (types.size && !types.has(e.type)) return false;
    if (status.size && !status.has(e.status)) return false;
    if (places.size && !places.has(e.place)) return false;
    // An event is in the window if any part of its possible span is.
    if (e.date.latest <= from || e.date.earliest >= to) return false;
    if (sides.size && !e.sides.some((s) => sides.has(s))) return false;
    if (actors.size && !e.participants.some((p) => actors.has(p.actor))) return false;
    if (words.length) {
      const hay = index?.text[e.order];
      if (hay === undefined || !words.every((w) => hay.includes(w))) return false;
    }
    return true;
  };
}

const lastPass = new WeakMap<Dataset, { key: string; indices: Uint32Array }>();

/**
 * The positions in `dataset.events` (ascending) of the events that pass the filters, or null
 * when nothing filters (every event passes). Facets and dates are tested on typed-array
 * columns (see columns.ts); the text, the slowest test, only on events that passed the rest.
 *
 * The pass without the date window is remembered (the last one per dataset) and the window
 * applied to it: the timeline asks for the same filters without the window (for its context)
 * as every view asks with it, and a zoom changes only the window.
 */
export function filterIndices(dataset: Dataset, f: Filters): Uint32Array | null {
  if (!isFiltered(f)) return null;
  const c = columnsOf(dataset);
  const { from, to, ...rest } = f;
  const key = JSON.stringify(rest);
  let pass = lastPass.get(dataset);
  if (pass?.key !== key) {
    const words = queryWords(f.q);
    const text = words.length ? searchIndex(dataset).text : null;
    const indices = matchIndices(c, rest, text ? (i) => words.every((w) => text[i].includes(w)) : undefined);
    lastPass.set(dataset, (pass = { key, indices }));
  }
  if (from === null && to === null) return pass.indices;
  return inWindow(c, pass.indices, from ? dayStart(from) : -Infinity, to ? dayStart(to) + DAY : Infinity);
}
/** The events that pass the filters, in time order (see `filterIndices`). */
export function filterEvents(dataset: Dataset, f: Filters): TimelineEvent[] {
  const indices = filterIndices(dataset, f);
  return indices ? Array.from(indices, (i) => dataset.events[i]) : dataset.events;
}

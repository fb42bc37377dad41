/**
 * Which events a set of filters keeps, as a chain of two steps over `EventSubset`s (subset.ts):
 * `facetSubset` (facets and text), then `windowSubset` (the date window). The view state runs
 * them as two `$derived` steps (view-state.svelte.ts), so a zoom redoes only the second; every
 * view (timeline, network, table, list, print) reads the result, so they show the same set.
 *
 * Within one facet the choices are alternatives (actors=a,b: events with a OR b), but for actors
 * with match=all (events where a AND b both took part); across facets they combine (actors AND
 * types AND dates). A series (series=id) keeps the events of that series. Free text must match every word, in titles,
 * summaries, quotes, translations, notes, and the names and aliases of actors and places, in any
 * language, folded by `foldText`. The search text is built once per dataset, in idle slices
 * after the first render (`prepareSearchIndex`) or at once when a query needs it first.
 */
import { foldText } from './normalize';
import { buildColumns, matchIndices, overlapping, type Columns } from './columns';
import { dayWindow } from './days';
import { subsetEvents, wholeDataset, type EventSubset } from './subset';
import type { Dataset, EventType, Side, Status, TimelineEvent } from './types';

/** How several chosen actors combine: events with any of them, or with all of them together. */
export const ACTOR_MATCHES = ['any', 'all'] as const;
export type ActorMatch = (typeof ACTOR_MATCHES)[number];

export interface Filters {
  actors: string[];
  match: ActorMatch;
  /** Series ids (dataset.series): events of any of them. */
  series: string[];
  sides: Side[];
  places: string[];
  types: EventType[];
  status: Status[];
  /** Inclusive calendar days, YYYY-MM-DD, or null for open. */
  from: string | null;
  to: string | null;
  q: string;
}

/** The filters but the date window: the first step of the chain (see `facetSubset`). */
export type FacetFilters = Omit<Filters, 'from' | 'to'>;

export const NO_FILTERS: Filters = { actors: [], match: 'any', series: [], sides: [], places: [], types: [], status: [], from: null, to: null, q: '' };

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
    for (const p of dataset.places.values()) {
      this.placeText.set(p.id, foldText([...texts(p.name), ...Object.values(p.aliases ?? {}).flat()].join(' ')));
    }
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

export function isFiltered(f: Filters): boolean {
  return (
    f.actors.length + f.series.length + f.sides.length + f.places.length + f.types.length + f.status.length > 0 ||
    f.from !== null ||
    f.to !== null ||
    f.q.trim() !== ''
  );
}

/**
 * The words of a free-text query, folded. Punctuation around a word is dropped, so a pasted
 * "Marrow", or a word followed by a comma or an Arabic question mark (؟), still matches;
 * punctuation inside a word (U.S.) is kept, and a hyphen in one goes (foldText: 28-point is 28point).
 */
export function queryWords(q: string): string[] {
  return foldText(q)
    .split(' ')
    .map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter(Boolean);
}

/**
 * Step one of the chain: the events that pass the facets and the text. Facets are tested on the
 * typed-array columns (see columns.ts); the text, the slowest test, only on events that passed
 * the rest. The whole dataset (index null) when nothing but the window filters.
 */
export function facetSubset(dataset: Dataset, f: FacetFilters): EventSubset {
  const words = queryWords(f.q);
  if (f.actors.length + f.series.length + f.sides.length + f.places.length + f.types.length + f.status.length === 0 && !words.length) return wholeDataset(dataset);
  const text = words.length ? searchIndex(dataset).text : null;
  const index = matchIndices(columnsOf(dataset), f, text ? (i) => words.every((w) => text[i].includes(w)) : undefined);
  return { dataset, index };
}

/** Step two: the events of `s` whose spans overlap the window [from, to) in ms (see days.ts). */
export function windowSubset(s: EventSubset, window: readonly [number, number]): EventSubset {
  if (window[0] === -Infinity && window[1] === Infinity) return s;
  return { dataset: s.dataset, index: overlapping(columnsOf(s.dataset), s.index, window) };
}

/** Both steps at once: what every view shows for a set of filters. */
export const filterSubset = (dataset: Dataset, f: Filters): EventSubset => windowSubset(facetSubset(dataset, f), dayWindow(f.from, f.to));

/** The events that pass the filters, in time order. */
export const filterEvents = (dataset: Dataset, f: Filters): readonly TimelineEvent[] => subsetEvents(filterSubset(dataset, f));

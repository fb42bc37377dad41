/**
 * The active filters in words, for the printed handout ("Actors: Ilse Marrow; from
 * 1 Dec 2025"), so a sheet of paper says what it leaves out. Pure: the names, dates and
 * sentence templates come in through `FilterWords`, bound to the reader's language by the caller.
 * Choices within one facet are alternatives (see data/filter.ts), hence an "or" list; actors
 * with match=all must all take part, hence an "and" list.
 */
import type { Filters } from '../data/filter';
import type { EventType, Side, Status } from '../data/types';

export type FilterWordKey =
  | 'present.filters.actors'
  | 'present.filters.actorsAll'
  | 'present.filters.series'
  | 'present.filters.sides'
  | 'present.filters.places'
  | 'present.filters.types'
  | 'present.filters.status'
  | 'present.filters.q'
  | 'present.filters.from'
  | 'present.filters.to'
  | 'present.filters.between';

export interface FilterWords {
  t: (key: FilterWordKey, vars: Record<string, string>) => string;
  /** Joins alternatives: "A, B or C". */
  list: (items: string[]) => string;
  /** Joins what must all hold: "A, B and C". */
  all: (items: string[]) => string;
  actor: (id: string) => string;
  series: (id: string) => string;
  place: (id: string) => string;
  side: (side: Side) => string;
  type: (type: EventType) => string;
  status: (status: Status) => string;
  /** A YYYY-MM-DD day as a short date. */
  day: (day: string) => string;
}

/** One phrase per active facet, in a fixed order; empty when nothing is filtered. */
export function describeFilters(f: Filters, w: FilterWords): string[] {
  const out: string[] = [];
  const facet = (key: FilterWordKey, names: string[]) => {
    if (names.length) out.push(w.t(key, { list: w.list(names) }));
  };
  if (f.match === 'all' && f.actors.length > 1) out.push(w.t('present.filters.actorsAll', { list: w.all(f.actors.map(w.actor)) }));
  else facet('present.filters.actors', f.actors.map(w.actor));
  facet('present.filters.series', f.series.map(w.series));
  facet('present.filters.sides', f.sides.map(w.side));
  facet('present.filters.places', f.places.map(w.place));
  facet('present.filters.types', f.types.map(w.type));
  facet('present.filters.status', f.status.map(w.status));
  if (f.q.trim()) out.push(w.t('present.filters.q', { q: f.q.trim() }));
  if (f.from && f.to) out.push(w.t('present.filters.between', { from: w.day(f.from), to: w.day(f.to) }));
  else if (f.from) out.push(w.t('present.filters.from', { date: w.day(f.from) }));
  else if (f.to) out.push(w.t('present.filters.to', { date: w.day(f.to) }));
  return out;
}

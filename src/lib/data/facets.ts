/**
 * How many events each filter option would match, for the counts shown beside the options.
 *
 * Disjunctive faceting, as in library catalogues: an option's count applies every *other* facet
 * as it stands and ignores its own facet's choices. Choices within a facet are alternatives
 * (OR, see filter.ts), so "Miami (3)" keeps saying what ticking Miami would add, even after
 * Istanbul is ticked. One pass over the dataset's columns (columns.ts), counting into typed
 * arrays, so the panel can stay open while 20,000 events are filtered.
 */
import { columnsOf, queryWords, searchIndex, type Filters } from './filter';
import { dayWindow } from './days';
import { STATUS_CODE, TYPE_CODE, actorHits, seriesMask } from './columns';
import { EVENT_TYPES, STATUSES } from './vocabulary';
import type { Dataset } from './types';

export const FACETS = ['actors', 'sides', 'places', 'types', 'status'] as const;
export type Facet = (typeof FACETS)[number];
export type FacetCounts = Record<Facet, Map<string, number>>;

const flags = (size: number, codes: Iterable<number | undefined>) => {
  const out = new Uint8Array(size);
  for (const c of codes) if (c !== undefined) out[c] = 1;
  return out;
};

export function facetCounts(dataset: Dataset, f: Filters): FacetCounts {
  const c = columnsOf(dataset);
  const [from, to] = dayWindow(f.from, f.to);
  const words = queryWords(f.q);
  const text = words.length ? searchIndex(dataset).text : null;

  // Whether event i passes each facet as chosen (no choice: everything passes).
  // With all of the chosen actors, an actor's count is how many of the events they all share it
  // is in too (what ticking it would leave), so their own facet is not ignored for it.
  const all = f.match === 'all';
  const need = all ? new Set(f.actors).size : 1;
  const actorSel = f.actors.length ? actorHits(c, f.actors) : null;
  const series = seriesMask(c, f.series);
  // Read out of `f` before the loop: it may be reactive state, where every read is tracked.
  const sideBits = f.sides.reduce((bits, s) => bits | (c.sideBit.get(s) ?? 0), 0);
  const anySide = f.sides.length > 0;
  const places = f.places.length ? flags(c.placeIndex.size, f.places.map((p) => c.placeIndex.get(p))) : null;
  const types = f.types.length ? flags(EVENT_TYPES.length, f.types.map((t) => TYPE_CODE.get(t))) : null;
  const status = f.status.length ? flags(STATUSES.length, f.status.map((s) => STATUS_CODE.get(s))) : null;

  const actorN = new Uint32Array(c.actorIds.length);
  const sideN = new Uint32Array(c.sideIds.length);
  const placeN = new Uint32Array(c.placeIndex.size);
  const typeN = new Uint32Array(EVENT_TYPES.length);
  const statusN = new Uint32Array(STATUSES.length);
  for (let i = 0; i < c.n; i++) {
    if (c.latest[i] <= from || c.earliest[i] >= to) continue;
    if (series && !(c.series[i] >= 0 && series[c.series[i]])) continue;
    // An event counts towards a facet if it passes every other facet: so it may fail one, and
    // then counts only towards that one.
    const fail =
      (actorSel && actorSel[i] < need ? 1 : 0) |
      (anySide && !(c.sides[i] & sideBits) ? 2 : 0) |
      (places && !places[c.place[i]] ? 4 : 0) |
      (types && !types[c.type[i]] ? 8 : 0) |
      (status && !status[c.status[i]] ? 16 : 0);
    if (fail & (fail - 1)) continue; // more than one facet fails
    if (text && !words.every((w) => text[i].includes(w))) continue;
    if (all ? !fail : !(fail & ~1)) for (let k = c.eventActorStart[i]; k < c.eventActorStart[i + 1]; k++) actorN[c.eventActors[k]]++;
    if (!(fail & ~2)) for (let b = 0; b < c.sideIds.length; b++) if (c.sides[i] & (1 << b)) sideN[b]++;
    if (!(fail & ~4)) placeN[c.place[i]]++;
    if (!(fail & ~8)) typeN[c.type[i]]++;
    if (!(fail & ~16)) statusN[c.status[i]]++;
  }
  const nonZero = (names: readonly string[], n: Uint32Array) => new Map(names.flatMap((name, k) => (n[k] ? [[name, n[k]] as const] : [])));
  return {
    actors: nonZero(c.actorIds, actorN),
    sides: nonZero(c.sideIds, sideN),
    places: nonZero([...c.placeIndex.keys()], placeN),
    types: nonZero(EVENT_TYPES, typeN),
    status: nonZero(STATUSES, statusN),
  };
}

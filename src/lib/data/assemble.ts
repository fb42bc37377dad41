/**
 * Turns an already JSON-parsed data file into a typed Dataset, given how to check its shape
 * (`Shape`: load.ts checks every field with the schema; `asChecked` takes a file the build
 * checked as it stands, see fetch.ts).
 *
 * Each item is parsed on its own so that one bad event rejects only itself: the valid rest is
 * kept and every rejection becomes a Problem naming the collection, the item id, the field path,
 * what was expected and what was found. Only an envelope that is not a dataset at all (no
 * `meta`, no `events` array) is fatal, via DatasetError.
 *
 * Items that are valid as they stand are used as they are, not copied (see precheck.ts): the
 * dataset shares its parts with the JSON it was given, which must not be changed afterwards.
 */
import { parseEdtf } from './edtf';
import { INVISIBLE } from './bidi';
import { timeOrder } from './time-order';
import { orderPhases } from './phases';
import { contentLanguages } from './languages';
import { MAX_SIDES } from './vocabulary';
import { colourWarnings } from '../color/sides';
import type { Actor, Dataset, LoadResult, Meta, Phase, Place, Problem, RawEvent, RawPhase, Series, Side, SideDef, Source, Story, TimelineEvent } from './types';

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** Invisible and direction-changing characters (bidi.ts) shown as `\uXXXX` in messages. */
export const visible = (text: string): string => text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A short, safe rendering of a found value for messages (never the whole hostile string). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = visible(typeof value === 'string' ? JSON.stringify(value) : String(value));
  if (text.length <= 60) return text;
  // Never cut an emoji (a surrogate pair) in half: a lone surrogate renders as garbage.
  const cut = /[\uD800-\uDBFF]/.test(text[56]) ? 56 : 57;
  return `${text.slice(0, cut)}...`;
}

/**
 * valibot's `record` silently skips these keys (its guard against prototype pollution), so a
 * language map with a `"__proto__"` key would load with that entry quietly gone. We reject the
 * item instead, with the path, so nothing is dropped unseen. Depth-limited: valid items are
 * shallow, and anything deeper is rejected by the schema anyway.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
function reservedKeyPath(value: unknown, depth = 0): string | undefined {
  if (typeof value !== 'object' || value === null || depth > 8) return undefined;
  // for...in, not Object.keys: no array per object, which at 20,000 events was ~40 ms. Parsed
  // JSON has only own keys, and Object.prototype has no enumerable ones.
  for (const key in value) {
    if (RESERVED_KEYS.has(key)) return key;
    const inner = (value as Record<string, unknown>)[key];
    if (typeof inner !== 'object' || inner === null) continue;
    const path = reservedKeyPath(inner, depth + 1);
    if (path !== undefined) return `${key}.${path}`;
  }
  return undefined;
}
/**
 * True when JSON text cannot hold a reserved key: none of the three names occurs in it, nor any
 * `\u` escape that could spell one. The walk above is then skipped (~0.1 s at 20,000 events).
 */
export const cannotHoldReservedKeys = (text: string): boolean => !['__proto__', 'constructor', 'prototype', '\\u'].some((w) => text.includes(w));

const reservedKeyProblem = (path: string) => ({
  path,
  expected: 'a field name other than "__proto__", "constructor" or "prototype"',
  found: JSON.stringify(path.slice(path.lastIndexOf('.') + 1)),
  severity: 'error' as const,
});

/** How problems name an item: its id (invisible characters made visible), else `#index`. */
export function itemLabel(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 120 ? visible(id) : `#${index}`;
}

/** What a problem says before the loader adds where it is (the collection, the item, the file). */
export type Found = Omit<Problem, 'collection' | 'item' | 'file'>;

/** A data file's top level: its meta, and each collection's items still unchecked. */
export interface Envelope {
  meta: Meta;
  sides: unknown[];
  actors: unknown[];
  places: unknown[];
  sources: unknown[];
  series?: unknown[];
  stories?: unknown[];
  phases?: unknown[];
  events: unknown[];
}

/** Each collection's items, once their shape is checked. */
export interface Items {
  sides: SideDef;
  actors: Actor;
  places: Place;
  sources: Source;
  series: Series;
  stories: Story;
  phases: RawPhase;
  events: RawEvent;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Found[] };

/**
 * How a file's shape is checked: its top level, then each item on its own, so that one bad item
 * rejects only itself. What the items mean together (dates, references, duplicates, overlapping
 * phases) the loader checks itself, whatever the shape.
 */
export interface Shape {
  envelope(json: unknown): Checked<Envelope>;
  item<C extends keyof Items>(collection: C, raw: unknown): Checked<Items[C]>;
}

/**
 * The shape of a file the build checked whole and found to load as it stands (the same result
 * as with the schema's checks: scripts/check-dataset.ts's `checkedAsIs`): every part is taken
 * as it is. fetch.ts uses it only for bytes with that file's SHA-256.
 */
export const asChecked: Shape = {
  envelope: (json) => ({ ok: true, value: json as Envelope }),
  item: (_collection, raw) => ({ ok: true, value: raw as never }),
};

/** What every collection's parse shares: where problems go, and whether keys need walking. */
interface Context {
  problems: Problem[];
  file?: string;
  checkKeys: boolean;
  shape: Shape;
}

/** Parses every item of one collection, rejecting invalid ones and duplicate ids. */
function parseCollection<C extends keyof Items>(
  items: unknown[],
  collection: C,
  { problems, file, checkKeys, shape }: Context,
  extra?: (item: Items[C]) => Found[],
): Map<string, Items[C]> {
  const out = new Map<string, Items[C]>();
  items.forEach((raw, index) => {
    // The item's name in messages, made only when there is one to write (most items have none).
    const label = () => itemLabel(raw, index);
    const reserved = checkKeys ? reservedKeyPath(raw) : undefined;
    if (reserved !== undefined) {
      problems.push({ ...reservedKeyProblem(visible(reserved)), collection, item: label(), file });
      return;
    }
    const checked = shape.item(collection, raw);
    if (!checked.ok) {
      for (const p of checked.problems) problems.push({ file, collection, item: label(), ...p });
      return;
    }
    const output = checked.value;
    const found = extra?.(output);
    if (found?.length) {
      for (const p of found) problems.push({ ...p, collection, item: label(), file });
      if (found.some((p) => p.severity === 'error')) return;
    }
    if (out.has(output.id)) {
      problems.push({ file, collection, item: label(), path: 'id', expected: 'an id not used by another item', found: `a second "${output.id}"`, severity: 'error' });
      return;
    }
    out.set(output.id, output);
  });
  return out;
}

const NONE: never[] = [];
/**
 * A warning for a text that lacks some of the dataset's content languages (it falls back). No
 * array is made for the usual complete text (two per event, 40,000 at 20,000 events).
 */
function missingText(path: string, text: Record<string, string>, languages: readonly string[]) {
  let complete = true;
  for (const l of languages) if (!(l in text)) complete = false;
  if (complete) return NONE;
  const missing = languages.filter((l) => !(l in text));
  return [{ path, expected: `text in ${missing.join(' and ')}`, found: `only ${Object.keys(text).join(', ')}`, severity: 'warning' as const }];
}

export interface LoadOptions {
  /** The JSON text `json` was parsed from, when at hand: lets the load skip work it cannot need. */
  text?: string;
  /** True when `json` is the loader's to keep (parsed for it alone): events are then completed
   * in place rather than copied (~50 ms at 20,000 events in Chromium). */
  owned?: boolean;
}

/** What a file without usable `sides` is told: how to add them. */
export const HOW_TO_ADD_SIDES =
  'add a top-level "sides" array listing the sides of the process in display order, each with an id and a name, ' +
  'e.g. "sides": [{ "id": "government", "name": { "en": "Government" } }, { "id": "opposition", "name": { "en": "Opposition" } }], ' +
  'then give each actor "side": one of those ids (see docs/DATASET.md)';

export function assembleDataset(json: unknown, shape: Shape, file?: string, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  if (json && typeof json === 'object' && !Array.isArray(json) && 'meta' in json && !('sides' in json)) {
    const p: Problem = { file, collection: 'file', item: '(top level)', path: 'sides', expected: HOW_TO_ADD_SIDES, found: 'nothing', severity: 'error' };
    throw new DatasetError(`${file ?? 'The data file'} is not a dataset: it has no "sides": ${HOW_TO_ADD_SIDES}.`, [p]);
  }
  const env = shape.envelope(json);
  if (!env.ok) {
    const ps = env.problems.map((p) => ({ file, collection: 'file', item: '(top level)', ...p }));
    throw new DatasetError(`${file ?? 'The data file'} is not a dataset: ${ps.map((p) => `${p.path || '(root)'}: ${p.expected}, found ${p.found}`).join('; ')}`, ps);
  }
  const raw = env.value;
  const metaReserved = reservedKeyPath((json as { meta: unknown }).meta);
  if (metaReserved !== undefined) {
    const p = { ...reservedKeyProblem(metaReserved), collection: 'meta', item: raw.meta.id, file };
    throw new DatasetError(`${file ?? 'The data file'} is not a dataset: meta.${p.path}: ${p.expected}, found ${p.found}`, [p]);
  }
  const err = (path: string, expected: string, found: string) => ({ path, expected, found, severity: 'error' as const });

  const ctx: Context = { problems, file, checkKeys: options.text === undefined || !cannotHoldReservedKeys(options.text), shape };
  const languages = contentLanguages(raw.meta);
  let sideCount = 0;
  const sideDefs = parseCollection(raw.sides, 'sides', ctx, (d) => [
    ...colourWarnings(d),
    ...missingText('name', d.name, languages),
    ...(sideCount++ >= MAX_SIDES ? [err('id', `at most ${MAX_SIDES} sides (lanes and legends stop reading well long before)`, `side ${sideCount}`)] : []),
  ]);
  // Without a usable side every actor is rejected below, each with its own message; this one says why.
  if (sideDefs.size === 0) problems.push({ file, collection: 'sides', item: '(all)', path: '', expected: HOW_TO_ADD_SIDES, found: raw.sides.length ? 'no valid side' : 'an empty array', severity: 'error' });
  const sideIds = [...sideDefs.keys()];
  const sideList = () => sideIds.map((id) => `"${id}"`).join(', ');
  const actors = parseCollection(raw.actors, 'actors', ctx, (a) => [
    ...(sideDefs.has(a.side) ? [] : [err('side', `the id of a side in "sides" (${sideList()})`, describeValue(a.side))]),
    ...missingText('name', a.name, languages),
  ]);
  const places = parseCollection(raw.places, 'places', ctx, (p) => {
    const where = p.lat !== undefined || p.lon !== undefined;
    if (p.unknown) return where ? [err(p.lat !== undefined ? 'lat' : 'lon', 'no coordinates for a place marked "unknown": true', describeValue(p.lat ?? p.lon))] : [];
    return !p.remote && (p.lat === undefined || p.lon === undefined)
      ? [err(p.lat === undefined ? 'lat' : 'lon', 'coordinates (lat and lon) unless "remote": true or "unknown": true', 'nothing')]
      : [];
  });
  const sources = parseCollection(raw.sources, 'sources', ctx);
  // Flags are a set: a flag listed twice means nothing more, so the source is kept with it once.
  for (const [id, source] of sources) {
    if (!source.flags || new Set(source.flags).size === source.flags.length) continue;
    const twice = source.flags.findIndex((f, i) => source.flags!.indexOf(f) !== i);
    problems.push({ file, collection: 'sources', item: visible(id), path: `flags.${twice}`, expected: 'each flag once (the repeat is ignored)', found: describeValue(source.flags[twice]), severity: 'warning' });
    sources.set(id, { ...source, flags: [...new Set(source.flags)] });
  }
  const series = parseCollection(raw.series ?? [], 'series', ctx);

  // Keyed by the parsed event, not its id: a later duplicate must not overwrite the date of
  // the event that was accepted under that id.
  const dates = new Map<object, TimelineEvent['date']>();
  const rawEvents = parseCollection(raw.events, 'events', ctx, (e) => {
    const found: Found[] = [];
    const d = parseEdtf(e.when);
    if (d.ok) dates.set(e, d.value);
    else found.push(err('when', 'an EDTF date or closed interval', visible(d.error)));
    if (!places.has(e.place)) found.push(err('place', 'the id of a place in "places"', describeValue(e.place)));
    // An actor may take part in two roles (a host who also speaks), but not twice in one role:
    // the views key participants by actor and role.
    const firstAt = new Map<string, number>();
    e.participants.forEach((p, i) => {
      if (!actors.has(p.actor)) found.push(err(`participants.${i}.actor`, 'the id of an actor in "actors"', describeValue(p.actor)));
      const key = `${p.actor} ${p.role}`;
      const first = firstAt.get(key);
      if (first === undefined) firstAt.set(key, i);
      else found.push(err(`participants.${i}`, `each actor once per role (participants.${first} already lists it as ${p.role})`, describeValue(p.actor)));
      if (p.side !== undefined && !sideDefs.has(p.side)) found.push(err(`participants.${i}.side`, `the id of a side in "sides" (${sideList()})`, describeValue(p.side)));
    });
    e.evidence.forEach((x, i) => {
      if (!sources.has(x.source)) found.push(err(`evidence.${i}.source`, 'the id of a source in "sources"', describeValue(x.source)));
      if (x.attribution && 'actor' in x.attribution && !actors.has(x.attribution.actor)) {
        found.push(err(`evidence.${i}.attribution.actor`, 'the id of an actor in "actors"', describeValue(x.attribution.actor)));
      }
    });
    if (e.series && !series.has(e.series.id)) found.push(err('series.id', 'the id of a series in "series"', describeValue(e.series.id)));
    for (const field of ['title', 'summary'] as const) found.push(...missingText(field, e[field], languages));
    return found;
  });

  // Time order, by sort keys in typed arrays: comparing through the event objects themselves
  // costs ~0.3 s at 20,000 events (see time-order.ts for the rest).
  const accepted = [...rawEvents.values()];
  const earliest = Float64Array.from(accepted, (e) => dates.get(e)!.earliest);
  const latest = Float64Array.from(accepted, (e) => dates.get(e)!.latest);
  const ids = accepted.map((e) => e.id);
  const byTime = timeOrder(earliest, latest, ids);
  const sideOrder = new Map(sideIds.map((id, i) => [id, i]));
  /** The sides whose bits are set, in the order of "sides": one array per set of sides, shared by
   * the events with that set (nothing changes an event's sides). */
  const sidesBySet = new Map<number, Side[]>();
  const sidesOf = (bits: number): Side[] => {
    let sides = sidesBySet.get(bits);
    if (!sides) sidesBySet.set(bits, (sides = sideIds.filter((_, i) => bits & (1 << i))));
    return sides;
  };
  // Unless the JSON is the loader's own, each event is a new object, so the caller's JSON is
  // left as it was (items valid as they stand are not copied by parsing; see precheck.ts).
  const events = byTime.map((k, order): TimelineEvent => {
    const e = accepted[k];
    // The sides taking part, in the order of "sides", via a bit per side rather than a Set to sort.
    let bits = 0;
    for (const p of e.participants) bits |= 1 << sideOrder.get(p.side ?? actors.get(p.actor)!.side)!;
    const sides = sidesOf(bits);
    if (!options.owned) return { ...e, date: dates.get(e)!, order, sides };
    const done = e as TimelineEvent;
    done.date = dates.get(e)!;
    done.order = order;
    done.sides = sides;
    return done;
  });
  assignSeriesPositions(events);

  // Every accepted event is in rawEvents under its id (a set of 20,000 ids cost ~10 ms).
  const stories = [...parseCollection(raw.stories ?? [], 'stories', ctx).values()].map((story) => {
    const steps = story.steps.filter((step, i) => {
      if (rawEvents.has(step.event)) return true;
      problems.push({ file, collection: 'stories', item: story.id, path: `steps.${i}.event`, expected: 'the id of an accepted event', found: describeValue(step.event), severity: 'warning' });
      return false;
    });
    return { ...story, steps };
  });

  // Phases: their dates read as events' are, then put in order; one that overlaps an earlier
  // phase is rejected, naming it (an event must fall in one phase at most).
  const phaseDates = new Map<object, Phase['date']>();
  const rawPhases = parseCollection(raw.phases ?? [], 'phases', ctx, (p) => {
    const d = parseEdtf(p.when);
    if (d.ok) phaseDates.set(p, d.value);
    return [...(d.ok ? [] : [err('when', 'an EDTF date or closed interval, like 2025-05-16/2025-07-23', visible(d.error))]), ...missingText('name', p.name, languages)];
  });
  const ordered = orderPhases([...rawPhases.values()].map((p) => ({ ...p, date: phaseDates.get(p)! })));
  for (const { phase, with: earlier } of ordered.overlaps) {
    problems.push({ file, collection: 'phases', item: visible(phase.id), path: 'when', expected: `a period that does not overlap phase "${visible(earlier.id)}" (${visible(earlier.when)})`, found: describeValue(phase.when), severity: 'error' });
  }

  const meta = raw.meta;
  const dataset: Dataset = { meta, sides: [...sideDefs.values()], actors, places, sources, series, stories, phases: ordered.phases, events };
  return {
    dataset,
    problems,
    counts: { inFile: raw.events.length, accepted: events.length, rejected: raw.events.length - events.length },
  };
}

function assignSeriesPositions(events: TimelineEvent[]): void {
  const bySeries = new Map<string, TimelineEvent[]>();
  for (const e of events) if (e.series) (bySeries.get(e.series.id) ?? bySeries.set(e.series.id, []).get(e.series.id)!).push(e);
  for (const members of bySeries.values()) {
    members.forEach((e, i) => {
      e.seriesPosition = { index: i + 1, count: members.length, prev: members[i - 1]?.id, next: members[i + 1]?.id };
    });
  }
}


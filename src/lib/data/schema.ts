/**
 * The dataset schema: the single source of truth for the data format.
 *
 * The browser loader, the CLI validator (`npm run validate`) and the generated JSON Schema
 * (`data/schema.json`, via `npm run schema`) all come from these valibot definitions.
 * The model borrows from conflict-event datasets: UCDP GED (date bounds and precision, derived
 * here from an EDTF string), PLOVER (actor roles, citation fields) and the W3C Web Annotation
 * TextQuoteSelector (verbatim quotes with prefix/suffix context).
 *
 * Cross-references (actor, place, source, series ids) and EDTF semantics are checked in
 * `validate.ts`, not here: a JSON Schema cannot express them, and keeping them out keeps this
 * file declarative.
 */
import * as v from 'valibot';
import { ACTOR_KINDS, EVENT_TYPES, MAX_SIDES, NOTE_KINDS, ROLES, SOURCE_FLAGS, STATUSES } from './vocabulary';

export { ACTOR_KINDS, EVENT_TYPES, MAX_SIDES, NOTE_KINDS, ROLES, SOURCE_FLAGS, STATUSES };

/** Stable identifiers: lower-case slugs, so they read well in URLs (`?actors=ilse-marrow`). */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'an id of lower-case letters, digits and single - _ . separators'),
  v.maxLength(120, 'an id of at most 120 characters'),
);

/** A language tag such as "ar" or "en" (BCP 47 primary subtag, optionally with a region). */
export const LangTag = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag like "ar" or "en"'));

/** Text in one or more languages: `{"ar": "...", "en": "..."}`. At least one entry. */
export const LocalizedText = v.pipe(
  v.record(LangTag, v.pipe(v.string(), v.trim(), v.nonEmpty('a non-empty string'), v.maxLength(20000, 'text of at most 20000 characters'))),
  // Any key at all, without the array Object.keys makes (one per text, ~40,000 at 20,000 events).
  v.check((o) => {
    for (const _ in o) return true;
    return false;
  }, 'text in at least one language'),
);

/** A side's id, from the dataset's own `sides` (checked against them in load.ts). */
export const SideId = Id;

/** A colour as #rrggbb. */
const Hex = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#1f77b4"'));

/**
 * One side of the process (a party, a mediator, a group of states), in display order: lanes,
 * legends and filters list sides in the order of the `sides` array. Without `colour`, a side gets
 * the palette's colour for its position (color/sides.ts); one colour serves both themes, or give
 * `{"light": ..., "dark": ...}`.
 */
export const SideDef = v.strictObject({
  id: Id,
  name: LocalizedText,
  colour: v.optional(v.union([Hex, v.strictObject({ light: Hex, dark: Hex })], 'a colour like "#1f77b4", or {"light": "#...", "dark": "#..."}')),
});

export const EventType = v.picklist(EVENT_TYPES, `one of ${EVENT_TYPES.join(', ')}`);

export const Status = v.picklist(STATUSES, `one of ${STATUSES.join(', ')}`);

export const Role = v.picklist(ROLES, `one of ${ROLES.join(', ')}`);

/** Links from data are only ever http(s): nothing from the data may run as code. */
export const HttpUrl = v.pipe(
  v.string(),
  v.url('an absolute URL'),
  v.regex(/^https?:\/\//i, 'an http:// or https:// URL'),
  v.maxLength(4000, 'a URL of at most 4000 characters'),
);

/** A plain ISO calendar date, YYYY-MM-DD or YYYY-MM or YYYY. */
export const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date like 2025-12-06, 2025-12 or 2025'));

/** Other spellings, per language (the Arabic variants found in different outlets, Peking for Beijing): search finds them. */
const Aliases = v.record(LangTag, v.array(v.pipe(v.string(), v.nonEmpty('a non-empty string'))));

export const Actor = v.strictObject({
  id: Id,
  kind: v.picklist(ACTOR_KINDS, `one of ${ACTOR_KINDS.join(', ')}`),
  /** Names per language; one missing in a language of `meta.languages` is a warning (it falls back). */
  name: LocalizedText,
  aliases: v.optional(Aliases),
  /** Role or title at the time of the events, per language. */
  role: v.optional(LocalizedText),
  /** The id of one of the dataset's `sides`. */
  side: SideId,
  /** Country (ISO 3166-1 alpha-2) or organisation (EU, NATO, UN...) the actor belongs to. */
  affiliation: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2,6}$/, 'an ISO country code like "US" or an organisation code like "EU"'))),
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q\d+$/, 'a Wikidata id like Q22686'))),
});

export const Place = v.strictObject({
  id: Id,
  name: LocalizedText,
  aliases: v.optional(Aliases),
  /** Latitude/longitude (WGS 84) of the city or region; required unless `remote` or `unknown`. */
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
  /** True for a place that is not on the ground: a phone or video call. */
  remote: v.optional(v.boolean()),
  /**
   * True for "place not reported": the sources do not say where the event happened. Events are
   * put here rather than in a place guessed from a headline or a dateline; it has no coordinates.
   */
  unknown: v.optional(v.boolean()),
  /** ISO 3166-1 alpha-2; absent for places that are not on the ground (a phone call). */
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code like "US"'))),
});

export const Source = v.strictObject({
  id: Id,
  publisher: v.pipe(v.string(), v.nonEmpty('a non-empty string')),
  author: v.optional(v.string()),
  title: v.optional(v.string()),
  language: LangTag,
  published: v.optional(IsoDate),
  url: v.optional(HttpUrl),
  /** As the fact sheet marks them: state-run outlet, partisan, syndicated copy, official website. */
  flags: v.optional(v.array(v.picklist(SOURCE_FLAGS, `one of ${SOURCE_FLAGS.join(', ')}`))),
  /** Path, relative to the data file, of the source's full text when it is on file; quotes are checked against it. */
  text: v.optional(v.pipe(v.string(), v.regex(/^(?!.*\.\.)[\w./-]+\.txt$/, 'a relative path to a .txt file inside the data folder'))),
});

/** A verbatim quote, as a W3C TextQuoteSelector, in the source's original language. */
export const Quote = v.strictObject({
  exact: v.pipe(v.string(), v.nonEmpty('a non-empty string')),
  prefix: v.optional(v.string()),
  suffix: v.optional(v.string()),
  lang: LangTag,
});

/** Who a claim is attributed to: a named actor, or a description ("a White House official"). */
export const Attribution = v.union(
  [v.strictObject({ actor: Id }), v.strictObject({ description: LocalizedText })],
  'either {"actor": id} or {"description": {...}}',
);

export const Evidence = v.strictObject({
  source: Id,
  quote: v.optional(Quote),
  /** Our translation of the quote, per language, marked as such in the UI. */
  translation: v.optional(LocalizedText),
  attribution: v.optional(Attribution),
});

export const Participant = v.strictObject({
  actor: Id,
  role: Role,
  /** The side represented at this event, when it differs from the actor's usual side. */
  side: v.optional(SideId),
  /** True when the actor's presence is reported but not confirmed. */
  uncertain: v.optional(v.boolean()),
  /** True when the actor took part only through mediators (proximity or shuttle talks): in the
   * network it is linked to the hosts and mediators, never to the other parties. */
  indirect: v.optional(v.boolean()),
});

/** A date or period as EDTF, read by edtf.ts (checked in load.ts): events' and phases' `when`. */
const When = v.pipe(v.string(), v.nonEmpty('an EDTF date'), v.maxLength(64, 'an EDTF date of at most 64 characters'));

/** The fields of an event, its notes apart: what a note's `field` may name. */
const eventFields = {
  id: Id,
  type: EventType,
  status: Status,
  title: LocalizedText,
  summary: LocalizedText,
  /** EDTF (level 0/1): 2025-12-02, 2025-12, 2025-12-04/2025-12-06, 2025-10-25~, 2025-02-11?. */
  when: When,
  /** The date as the source reported it ("on Tuesday", "over two days"), per language. */
  whenReported: v.optional(LocalizedText),
  place: Id,
  /** The venue within the place (a palace, a hotel), per language. */
  venue: v.optional(LocalizedText),
  participants: v.pipe(v.array(Participant), v.minLength(1, 'at least one participant')),
  evidence: v.pipe(v.array(Evidence), v.minLength(1, 'at least one piece of evidence')),
  series: v.optional(v.strictObject({ id: Id, note: v.optional(LocalizedText) })),
};

/** The field names a note may qualify, read from the event's own fields (so a new field is one). */
export const NOTE_FIELDS = Object.keys(eventFields) as (keyof typeof eventFields)[];

export const Note = v.strictObject({
  kind: v.picklist(NOTE_KINDS, `one of ${NOTE_KINDS.join(', ')}`),
  text: LocalizedText,
  /** The field of the event the note qualifies, e.g. "when" or "participants". */
  field: v.optional(v.picklist(NOTE_FIELDS, `the name of a field of an event: ${NOTE_FIELDS.join(', ')}`)),
});

export const Event = v.strictObject({
  ...eventFields,
  notes: v.optional(v.array(Note)),
});

export const Series = v.strictObject({
  id: Id,
  name: LocalizedText,
});

export const Story = v.strictObject({
  id: Id,
  title: LocalizedText,
  steps: v.pipe(
    v.array(v.strictObject({ event: Id, note: v.optional(LocalizedText) })),
    v.minLength(1, 'at least one step'),
  ),
});

/**
 * A named period of the process (the Istanbul rounds, the 28-point plan): a labelled band on the
 * timeline and a heading over its events in the list and table. `when` is a date or closed
 * interval as events write it; phases may not overlap (load.ts), so each event is in one at most.
 */
export const Phase = v.strictObject({
  id: Id,
  name: LocalizedText,
  when: When,
});

export const Meta = v.strictObject({
  id: Id,
  title: LocalizedText,
  description: v.optional(LocalizedText),
  credit: v.optional(LocalizedText),
  defaultLanguage: v.optional(LangTag),
  /**
   * The languages the texts are written in, most complete first (e.g. ["ar", "en"]): the loader
   * warns about a title or summary missing one, and a text missing in the reader's language falls
   * back through them. Without it, the languages of `title`.
   */
  languages: v.optional(
    v.pipe(
      v.array(LangTag),
      v.minLength(1, 'at least one language'),
      v.check((a) => new Set(a).size === a.length, 'each language once'),
    ),
  ),
  /** Marks generated data (benchmarks) so it can never pass as real news. */
  synthetic: v.optional(v.boolean()),
});

/**
 * The envelope is checked loosely (arrays of unknown) so that one bad event rejects only
 * itself: each item is then parsed on its own and problems carry the item's id.
 */
export const Envelope = v.object({
  $schema: v.optional(v.string()),
  meta: Meta,
  sides: v.array(v.unknown()),
  actors: v.array(v.unknown()),
  places: v.array(v.unknown()),
  sources: v.array(v.unknown()),
  series: v.optional(v.array(v.unknown())),
  stories: v.optional(v.array(v.unknown())),
  phases: v.optional(v.array(v.unknown())),
  events: v.array(v.unknown()),
});

/** The strict whole-file schema, used only to generate data/schema.json for editors. */
export const DatasetFile = v.strictObject({
  $schema: v.optional(v.string()),
  meta: Meta,
  sides: v.pipe(v.array(SideDef), v.minLength(1, 'at least one side'), v.maxLength(MAX_SIDES, `at most ${MAX_SIDES} sides`)),
  actors: v.array(Actor),
  places: v.array(Place),
  sources: v.array(Source),
  series: v.optional(v.array(Series)),
  stories: v.optional(v.array(Story)),
  phases: v.optional(v.array(Phase)),
  events: v.array(Event),
});

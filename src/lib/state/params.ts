/**
 * The view state as it travels in the URL: one table of short, readable query keys, each with
 * a parser that rejects what it does not understand and a default that is left out of links.
 * Pure, so it is unit-tested and property-tested on its own; `view-state.svelte.ts` wraps it.
 *
 * Ids (actors, sides, places, events) are only checked for shape here; whether they exist in the
 * loaded dataset is checked after loading, so a link made on one dataset fails softly on another.
 */
import { EVENT_TYPES, STATUSES } from '../data/vocabulary';
import { ACTOR_MATCHES, type Filters } from '../data/filter';
import { LANGS, type Lang } from '../i18n/languages';
import type { Digits } from '../i18n/translate';
import { parseDataParam } from '../data/data-url';
import type { MonthStyle } from '../i18n/dates';

export const VIEWS = ['timeline', 'network', 'map', 'table', 'list'] as const;
export type View = (typeof VIEWS)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const LANE_MODES = ['side', 'type', 'place', 'none'] as const;
export type LaneMode = (typeof LANE_MODES)[number];
export const MODES = ['explore', 'present'] as const;
export type Mode = (typeof MODES)[number];

/** The range of `maxheight`: below 240 px there is no room for a chart under the header. */
export const MAX_HEIGHT = { min: 240, max: 4000 } as const;

type Codec<T> = { parse(raw: string): T | undefined; format(value: T): string };

const ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const oneOf = <T extends string>(values: readonly T[]): Codec<T> => ({
  parse: (raw) => (values as readonly string[]).includes(raw) ? (raw as T) : undefined,
  format: (v) => v,
});
const nullable = <T>(inner: Codec<T>): Codec<T | null> => ({
  parse: (raw) => inner.parse(raw),
  format: (v) => (v === null ? '' : inner.format(v)),
});
/** A comma-separated list; the whole parameter is rejected if one item is malformed. */
const list = <T extends string>(item: (raw: string) => T | undefined): Codec<T[]> => ({
  parse: (raw) => {
    const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
    const parsed = items.map(item);
    if (items.length === 0 || parsed.some((x) => x === undefined)) return undefined;
    return [...new Set(parsed as T[])];
  },
  format: (v) => v.join(','),
});
const id = (raw: string) => (raw.length <= 120 && ID.test(raw) ? raw : undefined);
const day: Codec<string> = {
  parse: (raw) => {
    const m = DAY.exec(raw);
    if (!m) return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Not Date.UTC, which reads years 0-99 as 1900-1999 and would reject 0025-01-01.
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? raw : undefined;
  },
  format: (v) => v,
};
const flag: Codec<boolean> = {
  parse: (raw) => (raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined),
  format: (v) => (v ? '1' : '0'),
};

/** Only same-origin relative paths or http(s) URLs (data-url.ts); the allowlist is enforced where data loads. */
const dataUrl: Codec<string> = { parse: parseDataParam, format: (v) => v };

/** One field of the view state: how it reads and writes in the URL, and its value when absent. */
interface Field<T> {
  codec: Codec<T>;
  default: T;
  /** A filter (see data/filter.ts): `clearFilters` resets it, and every view shows only what passes. */
  filter?: true;
  /** Changed continuously (a zoom, a pan): a change of it alone replaces the history entry (url-sync). */
  continuous?: true;
}
const field = <T>(codec: Codec<T>, fallback: T): Field<T> => ({ codec, default: fallback });
const filter = <T>(codec: Codec<T>, fallback: T): Field<T> => ({ codec, default: fallback, filter: true });
const continuous = <T>(codec: Codec<T>, fallback: T): Field<T> => ({ codec, default: fallback, continuous: true });

/** Two inclusive days, the first not after the second: `2025-11-01,2025-12-31`. */
const dayPair: Codec<readonly [string, string]> = {
  parse: (raw) => {
    const [a, b, more] = raw.split(',');
    const [from, to] = [day.parse(a ?? ''), day.parse(b ?? '')];
    return more === undefined && from && to && from <= to ? [from, to] : undefined;
  },
  format: ([a, b]) => `${a},${b}`,
};

/**
 * THE table of view-state fields, in the URL's canonical order. `ViewParams`, `DEFAULTS`, the
 * codecs, and the view state's fields, `filters`, `toParams`, `apply` and `clearFilters`
 * (view-state.svelte.ts) all come from it: a new URL parameter is one row here.
 */
export const FIELDS = {
  view: field(oneOf(VIEWS), 'timeline'),
  /** null: not chosen in the URL; the dataset's default, then the browser's, apply. */
  lang: field<Lang | null>(nullable(oneOf(LANGS)), null),
  theme: field(oneOf(THEMES), 'auto'),
  digits: field<Digits>(oneOf(['latn', 'arab'] as const), 'latn'),
  months: field<MonthStyle>(oneOf(['egypt', 'levant'] as const), 'egypt'),
  event: field(nullable({ parse: id, format: (v) => v }), null),
  actors: filter(list(id), []),
  /** all: only events where every chosen actor took part ("Witkoff with Putin"). */
  match: filter(oneOf(ACTOR_MATCHES), 'any'),
  series: filter(list(id), []),
  sides: filter(list(id), []),
  places: filter(list(id), []),
  types: filter(list((raw) => oneOf(EVENT_TYPES).parse(raw)), []),
  status: filter(list((raw) => oneOf(STATUSES).parse(raw)), []),
  /** Inclusive calendar days, YYYY-MM-DD, or null for open. */
  from: filter(nullable(day), null),
  to: filter(nullable(day), null),
  q: filter({ parse: (raw) => (raw.length <= 200 ? raw : undefined), format: (v) => v }, ''),
  lanes: field(oneOf(LANE_MODES), 'side'),
  /** The timeline's zoom window (a view of the events, not a filter), or null for the date filter's. */
  zoom: continuous<readonly [string, string] | null>(nullable(dayPair), null),
  mode: field(oneOf(MODES), 'explore'),
  story: field(nullable({ parse: id, format: (v) => v }), null),
  step: field(
    nullable({
      parse: (raw) => (/^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined),
      format: (v) => String(v),
    }),
    null,
  ),
  embed: field(flag, false),
  accent: field(nullable({ parse: (raw) => (/^[0-9a-fA-F]{6}$/.test(raw.replace(/^#/, '')) ? raw.replace(/^#/, '').toLowerCase() : undefined), format: (v) => v }), null),
  transparent: field(flag, false),
  scale: field(
    {
      parse: (raw) => (/^\d(\.\d{1,2})?$/.test(raw) && Number(raw) >= 0.75 && Number(raw) <= 2 ? Number(raw) : undefined),
      format: (v) => String(v),
    },
    1,
  ),
  data: field(nullable(dataUrl), null),
  // Embeds (docs/EMBEDDING.md): what the frame shows, and how tall it may grow.
  /** false hides the search and filters (the date inputs too). */
  controls: field(flag, true),
  /** false hides the tools (language, display settings, sharing, the chart's own buttons). */
  tools: field(flag, true),
  /** false hides the key (legend) of the chart. */
  key: field(flag, true),
  /** The views offered, in this order; empty = all of them. */
  views: field<View[]>(list((raw) => oneOf(VIEWS).parse(raw)), []),
  /** The most the frame grows to, in CSS px; beyond it only the chart area scrolls. */
  maxheight: field(
    nullable({
      parse: (raw) => (/^\d{3,4}$/.test(raw) && Number(raw) >= MAX_HEIGHT.min && Number(raw) <= MAX_HEIGHT.max ? Number(raw) : undefined),
      format: (v) => String(v),
    }),
    null,
  ),
};

type Fields = typeof FIELDS;
/** Everything the URL can hold: the filters (see data/filter.ts) and the rest of the view. */
export type ViewParams = { [K in keyof Fields]: Fields[K] extends Field<infer T> ? T : never };
export type ParamKey = keyof ViewParams;
export const PARAM_KEYS = Object.keys(FIELDS) as ParamKey[];
/** The keys changed continuously (see `Field.continuous`). */
export const CONTINUOUS_KEYS = PARAM_KEYS.filter((k) => FIELDS[k].continuous);
/** The keys of the filters, in the table's order. */
export const FILTER_KEYS = PARAM_KEYS.filter((k) => FIELDS[k].filter) as (keyof Filters)[];

export const DEFAULTS = Object.fromEntries(PARAM_KEYS.map((k) => [k, FIELDS[k].default])) as ViewParams;
export const CODECS = Object.fromEntries(PARAM_KEYS.map((k) => [k, FIELDS[k].codec])) as { [K in ParamKey]: Codec<ViewParams[K]> };

// The table's filter rows are the data layer's `Filters`, of the same types (a compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<Pick<ViewParams, keyof Filters>, Filters>;
true satisfies Same<(typeof FILTER_KEYS)[number], keyof Filters>;

/** Parameters that belong to the host page or to tools we interoperate with (Pym.js). */
const FOREIGN = new Set(['childId', 'parentTitle', 'parentUrl', 'initialWidth']);

export interface ParamNotice {
  key: string;
  value: string;
  /** On the last notice of a capped list: how many more were not listed. */
  more?: number;
}

/** At most this many notices, each name and value at most NOTICE_CHARS: an address of 5,000
 * unknown parameters, or one 100,000 characters long, still makes a few short lines. */
export const MAX_NOTICES = 5;
const NOTICE_CHARS = 40;
const cut = (text: string) => {
  if (text.length <= NOTICE_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text[NOTICE_CHARS - 1]) ? NOTICE_CHARS - 1 : NOTICE_CHARS;
  return `${text.slice(0, end)}…`;
};
/** The notices as shown: names and values cut short, the list capped with a count of the rest. */
export function capNotices(notices: ParamNotice[]): ParamNotice[] {
  if (notices.length <= MAX_NOTICES && notices.every((n) => n.key.length <= NOTICE_CHARS && n.value.length <= NOTICE_CHARS)) return notices;
  const shown = notices.slice(0, MAX_NOTICES).map((n) => ({ ...n, key: cut(n.key), value: cut(n.value) }));
  const more = notices.length - shown.length + notices.slice(0, MAX_NOTICES).reduce((sum, n) => sum + (n.more ?? 0), 0);
  shown.forEach((n) => delete n.more);
  if (more > 0) shown[shown.length - 1].more = more;
  return shown;
}

/** Parses a query string; anything not understood is left at its default and reported. */
export function parseParams(search: string): { params: ViewParams; notices: ParamNotice[] } {
  const params: ViewParams = structuredClone(DEFAULTS);
  const notices: ParamNotice[] = [];
  const query = new URLSearchParams(search);
  for (const [key, raw] of query) {
    if (FOREIGN.has(key)) continue;
    if (!Object.hasOwn(CODECS, key)) {
      notices.push({ key, value: raw });
      continue;
    }
    const k = key as keyof ViewParams;
    const value = (CODECS[k] as Codec<unknown>).parse(raw);
    if (value === undefined) notices.push({ key, value: raw });
    else (params as unknown as Record<string, unknown>)[k] = value;
  }
  if (params.from && params.to && params.from > params.to) {
    notices.push({ key: 'to', value: params.to });
    params.to = null;
  }
  // A view the embed does not offer opens as the first one it does (no notice: the link is fine).
  if (params.views.length && !params.views.includes(params.view)) params.view = params.views[0];
  return { params, notices: capNotices(notices) };
}

function isDefault<K extends keyof ViewParams>(key: K, value: ViewParams[K]): boolean {
  const d = DEFAULTS[key];
  return Array.isArray(value) ? value.length === 0 : value === d;
}

/** The query string for a state, defaults left out, in a stable key order. */
export function formatParams(params: ViewParams): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(CODECS) as (keyof ViewParams)[]) {
    const value = params[key];
    if (isDefault(key, value)) continue;
    query.set(key, (CODECS[key] as Codec<unknown>).format(value));
  }
  // Commas are readable in query strings; URLSearchParams escapes them needlessly.
  const text = query.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

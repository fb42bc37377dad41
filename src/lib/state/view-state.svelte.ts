/**
 * The one source of truth for what the reader sees: filters, selection, view, language, theme,
 * mode. Every view reads it from context and derives what it draws; nothing else holds view
 * state. Its URL fields are the rows of params.ts's `FIELDS`, one `$state` each, so the URL can
 * restore it exactly (see url-sync.svelte.ts).
 *
 * The filter chain is explicit `$derived` steps, and the reactive graph is its memo:
 * `faceted` (facets and text) -> `subset` (the date window) -> `filtered` (the events). A date
 * filter change (`from`/`to`) runs only the last steps again; the timeline's zoom (`zoom`) is a
 * view and runs none.
 */
import { createContext } from 'svelte';
import { SideTable } from '../color/sides';
import { facetSubset, isFiltered, windowSubset, type FacetFilters, type Filters } from '../data/filter';
import { dayWindow } from '../data/days';
import { eventsExtent } from '../data/summary';
import { subsetEvents, type EventSubset } from '../data/subset';
import type { Dataset, Problem, TimelineEvent } from '../data/types';
import { contentLanguages } from '../data/languages';
import { loadedLanguages, type StringKey } from '../i18n/strings';
import { DEFAULT_LANG, LANGUAGES, chooseLanguage, pickText, type Lang, type LanguageMap, type PickedText } from '../i18n/languages';
import { formatNumber, plural, translate, type Vars } from '../i18n/translate';
import { datePhrase, formatUtc, type DateOptions } from '../i18n/dates';
import { DEFAULTS, FILTER_KEYS, capNotices, formatParams, PARAM_KEYS, type ParamKey, type ParamNotice, type ViewParams } from './params';

const FACET_KEYS = FILTER_KEYS.filter((k) => k !== 'from' && k !== 'to');
const pick = <T, K extends keyof T>(from: T, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;

// The URL fields (`app.view`, `app.actors`, `app.from`, ...) are defined per row of FIELDS in
// the constructor; this declaration gives them their types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ViewState extends ViewParams {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ViewState {
  constructor() {
    for (const key of PARAM_KEYS) {
      let value = $state(structuredClone(DEFAULTS[key]));
      Object.defineProperty(this, key, { get: () => value, set: (v) => (value = v), enumerable: true });
    }
  }

  /** The loaded data; replaced whole, never mutated, so it is not deeply reactive. */
  dataset = $state.raw<Dataset | null>(null);
  problems = $state.raw<Problem[]>([]);
  /** Events of the file that were rejected: counted by the loader, not from the problems (two
   * rejected events may share an id), so shown + rejected is always the file's total. */
  rejected = $state(0);
  notices = $state.raw<ParamNotice[]>([]);
  /** The language the browser prefers, used when neither the URL nor the dataset chooses. */
  browserLang = $state<Lang>(DEFAULT_LANG);

  /** The language asked for: the address's, else the dataset's default, else the browser's. */
  wanted: Lang = $derived(chooseLanguage(this.lang, this.dataset?.meta.defaultLanguage, this.browserLang));
  /**
   * The interface languages whose words are loaded (they are fetched one language at a time,
   * i18n/strings.ts), and the last language asked for that was among them; on the page
   * follow-language.svelte.ts keeps both up to date.
   */
  langsLoaded = $state.raw<readonly Lang[]>(loadedLanguages());
  langSettled = $state<Lang>(loadedLanguages()[0] ?? DEFAULT_LANG);
  /** A language asked for whose words could not be fetched (the page says so), else null. */
  langFailed = $state<Lang | null>(null);
  /**
   * The language on screen: `wanted` once its words are loaded, until then the one before, so
   * a switch changes every word at once, never to raw keys.
   */
  language: Lang = $derived(this.langsLoaded.includes(this.wanted) ? this.wanted : this.langSettled);
  dir: 'rtl' | 'ltr' = $derived(LANGUAGES[this.language].dir);
  /** The languages the dataset's texts are written in, in its order of preference. */
  contentLanguages: readonly string[] = $derived(this.dataset ? contentLanguages(this.dataset.meta) : []);
  dateOptions: DateOptions = $derived({ lang: this.language, digits: this.digits, months: this.months });

  /** Earliest start to latest end of all the dataset's events (ms), or null before data. */
  extent: readonly [number, number] | null = $derived(eventsExtent(this.dataset?.events ?? []));
  byId = $derived(new Map((this.dataset?.events ?? []).map((e) => [e.id, e])));
  filters: Filters = $derived(pick(this, FILTER_KEYS));
  isFiltered = $derived(isFiltered(this.filters));
  /** Step 1 of the chain: the events passing every filter but the date window. */
  faceted: EventSubset | null = $derived(this.dataset ? facetSubset(this.dataset, pick(this, FACET_KEYS) as FacetFilters) : null);
  /** The date window as [start, end) in ms (open ends infinite). */
  dateWindow: [number, number] = $derived(dayWindow(this.from, this.to));
  /** Step 2: those of them in the date window: what every view shows. */
  subset: EventSubset | null = $derived(this.faceted && windowSubset(this.faceted, this.dateWindow));
  /** The events of `subset`, in time order. */
  filtered: readonly TimelineEvent[] = $derived(this.subset ? subsetEvents(this.subset) : []);
  selected: TimelineEvent | null = $derived(this.event ? (this.byId.get(this.event) ?? null) : null);

  t = (key: StringKey, vars?: Vars) => translate(this.language, this.digits, key, vars);
  plural = (base: string, n: number, vars?: Vars) => plural(this.language, this.digits, base, n, vars);
  number = (n: number) => formatNumber(n, this.language, this.digits);
  datePhrase = (e: TimelineEvent) => datePhrase(e.date, this.dateOptions);
  formatDate = (ms: number, pattern: string) => formatUtc(ms, pattern, this.dateOptions);

  /** Text from a language map in the reader's language, else along its fallback chain (see pickText). */
  text = (m: LanguageMap | undefined): PickedText => pickText(m, this.language, this.contentLanguages);
  /** Each side's name, colour and symbol, from the dataset's `sides` (color/sides.ts). */
  sideTable = $derived(new SideTable(this.dataset?.sides ?? []));
  sideColour = (id: string) => this.sideTable.get(id).colour;
  /**
   * Names with the language they are written in (`{ text, lang, dir }`): a fallback, an English
   * name on a Hebrew page, is shown with its own lang and dir (shell/Name.svelte). Without a name,
   * the id, in the page's language.
   */
  sideText = (id: string) => this.#named(this.sideTable.get(id).name, id);
  actorText = (id: string) => this.#named(this.dataset?.actors.get(id)?.name, id);
  placeText = (id: string) => this.#named(this.dataset?.places.get(id)?.name, id);
  #named(m: LanguageMap | undefined, id: string): PickedText {
    const t = this.text(m);
    return t.text ? t : { ...t, text: id };
  }
  /** The same as plain text, for sentences and attributes. */
  sideName = (id: string) => this.sideText(id).text;
  actorName = (id: string) => this.actorText(id).text;
  placeName = (id: string) => this.placeText(id).text;

  toParams(): ViewParams {
    return pick(this, PARAM_KEYS) as ViewParams;
  }

  apply(p: ViewParams): void {
    for (const key of PARAM_KEYS) (this as Record<ParamKey, unknown>)[key] = p[key];
  }

  /**
   * Takes a freshly loaded dataset and drops URL ids it does not know, with a notice each, so a
   * link made on other data degrades visibly instead of showing an empty view.
   */
  setDataset(dataset: Dataset, problems: Problem[], rejected = 0): void {
    this.dataset = dataset;
    this.problems = problems;
    this.rejected = rejected;
    const unknown: ParamNotice[] = [];
    const keep = (key: string, ids: string[], known: { has(id: string): boolean }) =>
      ids.filter((id) => known.has(id) || (unknown.push({ key, value: id }), false));
    this.actors = keep('actors', this.actors, dataset.actors);
    this.sides = keep('sides', this.sides, new Set(dataset.sides.map((d) => d.id)));
    this.places = keep('places', this.places, dataset.places);
    this.series = keep('series', this.series, dataset.series);
    const event = this.event;
    if (event && !dataset.events.some((e) => e.id === event)) {
      unknown.push({ key: 'event', value: event });
      this.event = null;
    }
    if (this.story && !dataset.stories.some((s) => s.id === this.story)) {
      unknown.push({ key: 'story', value: this.story });
      this.story = null;
    }
    if (unknown.length) this.notices = capNotices([...this.notices, ...unknown]);
  }

  clearFilters(): void {
    for (const key of FILTER_KEYS) (this as Record<ParamKey, unknown>)[key] = structuredClone(DEFAULTS[key]);
  }

  /** Sets one end of the date filter (null: open); the timeline's zoom gives way to it. */
  setDate(which: 'from' | 'to', day: string | null): void {
    this[which] = day;
    this.zoom = null;
  }

  /** The address of this view with some fields changed (the query string), for real links. */
  hrefWith(changes: Partial<ViewParams>): string {
    return formatParams({ ...this.toParams(), ...changes }) || '?';
  }

  /** The filters that show the events where all these actors took part together. */
  static together = (ids: string[]): Partial<ViewParams> => ({ actors: ids, match: 'all' });

  /** The filters that show every event of a series, whatever else was filtered. */
  static wholeSeries = (id: string): Partial<ViewParams> => ({ ...structuredClone(pick(DEFAULTS, FILTER_KEYS)), series: [id] });

  /** Filters by one actor (clicking an actor anywhere does this). */
  filterByActor(id: string): void {
    this.actors = [id];
  }
}

export const [getViewState, setViewState] = createContext<ViewState>();

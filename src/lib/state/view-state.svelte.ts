/**
 * The one source of truth for what the reader sees: filters, selection, view, language, theme,
 * mode. Every view reads it from context and derives what it draws; nothing else holds view
 * state. It mirrors `ViewParams` field by field so the URL can restore it exactly
 * (see url-sync.svelte.ts).
 */
import { createContext } from 'svelte';
import { filterEvents, isFiltered, type Filters } from '../data/filter';
import type { Dataset, EventType, Problem, Side, Status, TimelineEvent } from '../data/types';
import { contentLanguages } from '../data/languages';
import type { StringKey } from '../i18n/strings';
import { DEFAULT_LANG, LANGUAGES, isLang, pickText, type Lang, type LanguageMap, type PickedText } from '../i18n/languages';
import { formatNumber, plural, translate, type Digits, type Vars } from '../i18n/translate';
import { datePhrase, formatUtc, type DateOptions, type MonthStyle } from '../i18n/dates';
import { DEFAULTS, type LaneMode, type Mode, type ParamNotice, type Theme, type View, type ViewParams } from './params';

export class ViewState {
  view = $state<View>(DEFAULTS.view);
  lang = $state<Lang | null>(DEFAULTS.lang);
  theme = $state<Theme>(DEFAULTS.theme);
  digits = $state<Digits>(DEFAULTS.digits);
  months = $state<MonthStyle>(DEFAULTS.months);
  event = $state<string | null>(DEFAULTS.event);
  actors = $state<string[]>([]);
  sides = $state<Side[]>([]);
  places = $state<string[]>([]);
  types = $state<EventType[]>([]);
  status = $state<Status[]>([]);
  from = $state<string | null>(null);
  to = $state<string | null>(null);
  q = $state('');
  lanes = $state<LaneMode>(DEFAULTS.lanes);
  mode = $state<Mode>(DEFAULTS.mode);
  story = $state<string | null>(null);
  step = $state<number | null>(null);
  embed = $state(false);
  accent = $state<string | null>(null);
  transparent = $state(false);
  scale = $state(1);
  data = $state<string | null>(null);

  /** The loaded data; replaced whole, never mutated, so it is not deeply reactive. */
  dataset = $state.raw<Dataset | null>(null);
  problems = $state.raw<Problem[]>([]);
  /** Events of the file that were rejected: counted by the loader, not from the problems (two
   * rejected events may share an id), so shown + rejected is always the file's total. */
  rejected = $state(0);
  notices = $state.raw<ParamNotice[]>([]);
  /** The language the browser prefers, used when neither the URL nor the dataset chooses. */
  browserLang = $state<Lang>(DEFAULT_LANG);

  language: Lang = $derived(this.lang ?? (isLang(this.dataset?.meta.defaultLanguage) ? this.dataset.meta.defaultLanguage : this.browserLang));
  dir: 'rtl' | 'ltr' = $derived(LANGUAGES[this.language].dir);
  /** The languages the dataset's texts are written in, in its order of preference. */
  contentLanguages: readonly string[] = $derived(this.dataset ? contentLanguages(this.dataset.meta) : []);
  dateOptions: DateOptions = $derived({ lang: this.language, digits: this.digits, months: this.months });

  byId = $derived(new Map((this.dataset?.events ?? []).map((e) => [e.id, e])));
  filters: Filters = $derived({ actors: this.actors, sides: this.sides, places: this.places, types: this.types, status: this.status, from: this.from, to: this.to, q: this.q });
  filtered: TimelineEvent[] = $derived(this.dataset ? filterEvents(this.dataset, this.filters) : []);
  isFiltered = $derived(isFiltered(this.filters));
  selected: TimelineEvent | null = $derived(this.event ? (this.byId.get(this.event) ?? null) : null);

  t = (key: StringKey, vars?: Vars) => translate(this.language, this.digits, key, vars);
  plural = (base: string, n: number, vars?: Vars) => plural(this.language, this.digits, base, n, vars);
  number = (n: number) => formatNumber(n, this.language, this.digits);
  datePhrase = (e: TimelineEvent) => datePhrase(e.date, this.dateOptions);
  formatDate = (ms: number, pattern: string) => formatUtc(ms, pattern, this.dateOptions);

  /** Text from a language map in the reader's language, else along its fallback chain (see pickText). */
  text = (m: LanguageMap | undefined): PickedText => pickText(m, this.language, this.contentLanguages);
  actorName = (id: string) => this.text(this.dataset?.actors.get(id)?.name).text || id;
  placeName = (id: string) => this.text(this.dataset?.places.get(id)?.name).text || id;

  toParams(): ViewParams {
    return {
      view: this.view, lang: this.lang, theme: this.theme, digits: this.digits, months: this.months,
      event: this.event, actors: this.actors, sides: this.sides, places: this.places, types: this.types,
      status: this.status, from: this.from, to: this.to, q: this.q, lanes: this.lanes, mode: this.mode,
      story: this.story, step: this.step, embed: this.embed, accent: this.accent,
      transparent: this.transparent, scale: this.scale, data: this.data,
    };
  }

  apply(p: ViewParams): void {
    this.view = p.view; this.lang = p.lang; this.theme = p.theme; this.digits = p.digits; this.months = p.months;
    this.event = p.event; this.actors = p.actors; this.sides = p.sides; this.places = p.places; this.types = p.types;
    this.status = p.status; this.from = p.from; this.to = p.to; this.q = p.q; this.lanes = p.lanes; this.mode = p.mode;
    this.story = p.story; this.step = p.step; this.embed = p.embed; this.accent = p.accent;
    this.transparent = p.transparent; this.scale = p.scale; this.data = p.data;
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
    this.places = keep('places', this.places, dataset.places);
    const event = this.event;
    if (event && !dataset.events.some((e) => e.id === event)) {
      unknown.push({ key: 'event', value: event });
      this.event = null;
    }
    if (this.story && !dataset.stories.some((s) => s.id === this.story)) {
      unknown.push({ key: 'story', value: this.story });
      this.story = null;
    }
    if (unknown.length) this.notices = [...this.notices, ...unknown];
  }

  clearFilters(): void {
    this.actors = []; this.sides = []; this.places = []; this.types = []; this.status = [];
    this.from = null; this.to = null; this.q = '';
  }

  /** Filters by one actor (clicking an actor anywhere does this). */
  filterByActor(id: string): void {
    this.actors = [id];
  }
}

export const [getViewState, setViewState] = createContext<ViewState>();

/**
 * The timeline's visible time window as state: a view of the events, not a filter (issue #20.4),
 * so zooming never changes what the count, the table, the list or the network include. While the
 * reader zooms, pans or brushes, the domain lives here in memory (so it can go down to hours);
 * 250 ms after the gesture ends it is written to `app.zoom`, rounded out to whole days, so a link
 * keeps it (url-sync replaces the entry: a zoom is no step of its own). Without a zoom, the chart
 * shows the date filter's window (`app.from`/`app.to`); setting the date filter drops the zoom
 * (`app.setDates`). A window set from elsewhere (the URL, Back) replaces the in-memory one.
 */
import type { ViewState } from '../state/view-state.svelte';
import { timesExtent, type EventTimes } from './times';
import { DAY, isoDay } from '../data/days';
import { clampDomain, daysOfDomain, panDomain, revealDomain, domainOfDays, zoomDomain, zoomLimits, MIN_SPAN, type Domain } from './domain';

const NO_EVENTS: Domain = [Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 2)];
const COMMIT_DELAY = 250;

export class Viewport {
  readonly #app: ViewState;
  readonly #times: () => EventTimes;
  /** The domain of a gesture in progress, valid while the URL window is the one it started from. */
  #live = $state.raw<{ domain: Domain; key: string } | null>(null);
  /** What the in-memory domain was made under: the zoom and the date filter, as written. */
  #key = () => `${this.#app.zoom?.join(',') ?? ''}|${this.#app.from ?? ''}|${this.#app.to ?? ''}`;
  #timer: ReturnType<typeof setTimeout> | undefined;

  readonly extent: Domain;
  readonly limits: Domain;
  readonly domain: Domain;
  readonly canZoomIn: boolean;
  readonly canEarlier: boolean;
  readonly canLater: boolean;
  readonly canZoomOut: boolean;

  /** `times`: of all the dataset's events; "show all" shows their whole extent. */
  constructor(app: ViewState, times: () => EventTimes) {
    this.#app = app;
    this.#times = times;
    // From the times the chart computes anyway (see times.ts), not another pass over events.
    this.extent = $derived(timesExtent(this.#times()) ?? NO_EVENTS);
    this.limits = $derived(zoomLimits(this.extent));
    this.domain = $derived.by(() => {
      const live = this.#live;
      const zoom = this.#app.zoom;
      if (live && live.key === this.#key()) return live.domain;
      return clampDomain(zoom ? domainOfDays(zoom[0], zoom[1], this.extent) : domainOfDays(this.#app.from, this.#app.to, this.extent), this.limits);
    });
    this.canZoomIn = $derived(this.domain[1] - this.domain[0] > MIN_SPAN * 1.01);
    this.canEarlier = $derived(this.domain[0] > this.extent[0] + 1);
    this.canLater = $derived(this.domain[1] < this.extent[1] - 1);
    this.canZoomOut = $derived(this.canEarlier || this.canLater);
  }

  set = (d: Domain) => {
    this.#live = { domain: clampDomain(d, this.limits), key: this.#key() };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#commit, COMMIT_DELAY);
  };

  #commit = () => {
    if (!this.#live) return;
    const w = daysOfDomain(this.#live.domain, this.extent);
    const zoom = w.from || w.to ? ([w.from ?? isoDay(this.extent[0]), w.to ?? isoDay(this.extent[1] - DAY)] as const) : null;
    this.#app.zoom = zoom;
    this.#live = { ...this.#live, key: this.#key() };
  };

  /** Shows every date: no zoom, and no date filter either ("Show all"). */
  fit = () => {
    clearTimeout(this.#timer);
    this.#live = null;
    this.#app.zoom = null;
    this.#app.from = null;
    this.#app.to = null;
  };

  zoom = (factor: number, center?: number) => this.set(zoomDomain(this.domain, factor, this.limits, center));
  pan = (fraction: number) => this.set(panDomain(this.domain, fraction, this.limits));
  /** Pans to [t0, t1) if it is out of view. */
  reveal = (t0: number, t1: number) => {
    const d = revealDomain(this.domain, t0, t1, this.limits);
    if (d !== this.domain) this.set(d);
  };
  dispose = () => clearTimeout(this.#timer);
}

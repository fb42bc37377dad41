/**
 * Words for marks: the accessible name of an event or a cluster (what a screen reader says as
 * the arrow keys move), and the colours a mark is painted in. Kept out of the components so
 * the tooltip, the SVG marks and the vertical rows all say the same thing.
 */
import type { EventType, Side, TimelineEvent } from '../data/types';
import type { Lane } from './lanes';
import type { ViewState } from '../state/view-state.svelte';
import { eventsExtent, type Summary } from '../data/summary';
import { columnsOf } from '../data/filter';
import { DAY, dayStart, isoDay } from '../data/days';
import { positionAt, subsetSize, type EventSubset } from '../data/subset';
import { formatNumber, listOf } from '../i18n/translate';
import { LANGUAGES } from '../i18n/languages';

type Words = Pick<ViewState, 't' | 'plural' | 'text' | 'datePhrase' | 'placeName' | 'sideName' | 'formatDate' | 'language' | 'dataset'>;

/** A lane's name, as its band shows it. */
export function laneName(app: Words, lane: Lane): string {
  if (lane.kind === 'side') return app.sideName(lane.id);
  if (lane.kind === 'type') return app.t(`type.${lane.id as EventType}`);
  if (lane.kind === 'place') return app.placeName(lane.id);
  if (lane.kind === 'other-places') return app.t('timeline.lane.otherPlaces');
  return app.t('timeline.lane.all');
}

/** Type, sides and status: what the mark's shape and colours say. */
export function eventTraits(app: Words, e: TimelineEvent): string {
  const parts = [app.t(`type.${e.type}`), listOf(e.sides.map((s) => app.sideName(s)), app.language)];
  if (e.status !== 'occurred') parts.push(app.t('timeline.status', { status: app.t(`status.${e.status}`) }));
  return parts.join('. ');
}

export function eventName(app: Words, e: TimelineEvent): string {
  return [app.text(e.title).text, `${app.datePhrase(e)}${LANGUAGES[app.language].comma}${app.placeName(e.place)}`, eventTraits(app, e)].join('. ');
}

type Cached = Words & Pick<ViewState, 'dateOptions'>;

// Names per language and date style (`dateOptions`, a new object when either changes): a filter
// or a zoom brings back the same marks again and again, and an event's name took a tenth of a
// millisecond to say (dates and lists are slow to format), more than drawing its mark.
const eventNames = new WeakMap<object, WeakMap<TimelineEvent, string>>();
const groupNames = new WeakMap<object, Map<string, string>>();

/**
 * `eventName` and `groupName`, remembered per event (or count and span), language and date
 * style; the language is read once, for the many marks of a chart.
 */
export function markNamer(app: Cached): { event: (e: TimelineEvent) => string; group: (count: number, start: number, end: number) => string } {
  const options = app.dateOptions;
  let events = eventNames.get(options);
  if (!events) eventNames.set(options, (events = new WeakMap()));
  let groups = groupNames.get(options);
  if (!groups) groupNames.set(options, (groups = new Map()));
  const [e1, g1] = [events, groups];
  return {
    event: (e) => {
      let name = e1.get(e);
      if (name === undefined) e1.set(e, (name = eventName(app, e)));
      return name;
    },
    group: (count, start, end) => {
      const key = `${count}|${start}|${end}`;
      let name = g1.get(key);
      if (name === undefined) g1.set(key, (name = groupName(app, count, start, end)));
      return name;
    },
  };
}

export const markName = (app: Cached, e: TimelineEvent) => markNamer(app).event(e);
export const clusterMarkName = (app: Cached, count: number, start: number, end: number) => markNamer(app).group(count, start, end);

const compact = new Map<string, Intl.NumberFormat>();
/**
 * The count on a group's block: in full, or compact ("12K") when large or when the block is
 * narrow. The language is read once, for a canvas that writes the counts of all the groups.
 */
export function clusterCounter(app: Pick<ViewState, 'language' | 'digits'>): (count: number, width: number) => string {
  const { language, digits } = app;
  const locale = `${LANGUAGES[language].numbers}-u-nu-${digits}`;
  // One formatter per locale for all the groups on screen: making one costs more than drawing a group.
  let f = compact.get(locale);
  if (!f) compact.set(locale, (f = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })));
  const short = f;
  // The same few hundred counts are written at every zoom frame; formatting each again was
  // a tenth of painting the groups.
  let memo = written.get(locale);
  if (!memo) written.set(locale, (memo = new Map()));
  const known = memo;
  return (count, width) => {
    const full = count < 10_000 && width >= 34;
    const key = full ? count : -count;
    let text = known.get(key);
    if (text === undefined) {
      if (known.size > 5000) known.clear();
      known.set(key, (text = full ? formatNumber(count, language, digits) : short.format(count)));
    }
    return text;
  };
}
/** Per locale, counts as written in full (by count) and compact (by minus the count). */
const written = new Map<string, Map<number, string>>();

export function rangeText(app: Words, start: number, end: number): { from: string; to: string } {
  return { from: app.formatDate(start, 'd MMM yyyy'), to: app.formatDate(end - 1, 'd MMM yyyy') };
}

export function clusterName(app: Words, events: readonly TimelineEvent[]): string {
  // The events' own span, not the calendar bin that grouped them.
  const [start, end] = eventsExtent(events) ?? [0, 0];
  return groupName(app, events.length, start, end);
}

/** `clusterName` from a count and the events' span, without the events themselves. */
export function groupName(app: Words, count: number, start: number, end: number): string {
  return `${app.t('timeline.cluster', { events: app.plural('count.events', count), ...rangeText(app, start, end) })}. ${app.t('timeline.cluster.hint')}`;
}

/** The CSS colour of a mark painted for a side, or in the text colour (`'text'`: several sides). */
export const sideColour = (app: { sideColour(id: string): string }, side: Side | 'text') => (side === 'text' ? 'var(--text)' : app.sideColour(side));

/**
 * What the chart shows, in one sentence: "63 events from 11 February 2025 to 11 March 2026,
 * most in Washington, DC and Moscow". "Most in" names at most two places, only when they stand
 * out (more than one event, at least half the busiest), and never "by phone" or "place not
 * reported", which are no places.
 */
export function summaryText(app: Words, events: EventSubset): string {
  const s = summaryOf(events);
  const n = app.plural('count.events', s.count);
  if (!s.from || !s.to) return `${n}.`;
  const date = (day: string) => app.formatDate(dayStart(day), 'd MMMM yyyy');
  if (s.from === s.to) return app.t('timeline.summaryOneDay', { events: n, date: date(s.from) });
  const real = s.byPlace.filter(([id]) => {
    const place = app.dataset?.places.get(id);
    return !place?.remote && !place?.unknown;
  });
  const top = real.filter(([, c], i) => i < 2 && c > 1 && c >= real[0][1] / 2).map(([id]) => app.placeName(id));
  const vars = { events: n, from: date(s.from), to: date(s.to) };
  return top.length ? app.t('timeline.summary', { ...vars, places: listOf(top, app.language) }) : app.t('timeline.summaryNoPlaces', vars);
}

/**
 * `summarizeEvents` (count, span, places by count; data/summary.ts) of a subset, from the
 * dataset's columns: a summary of 20,000 events without reading 20,000 objects.
 */
function summaryOf(s: EventSubset): Pick<Summary, 'count' | 'from' | 'to' | 'byPlace'> {
  const c = columnsOf(s.dataset);
  const count = subsetSize(s);
  if (!count) return { count, from: null, to: null, byPlace: [] };
  const ids = [...c.placeIndex.keys()];
  const counts = new Uint32Array(ids.length);
  let [from, to] = [Infinity, -Infinity];
  for (let k = 0; k < count; k++) {
    const i = positionAt(s, k);
    counts[c.place[i]]++;
    if (c.earliest[i] < from) from = c.earliest[i];
    if (c.latest[i] > to) to = c.latest[i];
  }
  const byPlace: [string, number][] = [];
  counts.forEach((n, i) => n && byPlace.push([ids[i], n]));
  byPlace.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { count, from: isoDay(from), to: isoDay(to - DAY), byPlace };
}

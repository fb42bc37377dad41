/**
 * The filtered events as data files a reader can take away: a CSV for spreadsheets (one row per
 * event, text in the reader's language) and a JSON file in the dataset's own format that loads
 * again with `loadDataset` (the raw events, without derived fields, plus exactly the actors,
 * places, sources and series they refer to). Pure: the download happens elsewhere.
 */
import { csvFormat } from 'd3-dsv';
import type { Dataset, Meta, RawEvent, RawPhase, SideDef, Story, TimelineEvent } from '../data/types';
import { datePhrase, type DateOptions } from '../i18n/dates';
import { pickText, type Lang } from '../i18n/languages';
import { contentLanguages } from '../data/languages';
import { guardCell } from '../data/formula-guard';

/** The reader's CSV of the events shown (not the dataset's import/export columns: data/csv.ts). */
export const READER_CSV_COLUMNS = ['id', 'date', 'date_phrase', 'title', 'type', 'status', 'place', 'participants', 'sources'] as const;
type CsvRow = Record<(typeof READER_CSV_COLUMNS)[number], string>;


export function eventsToCsvRows(events: readonly TimelineEvent[], dataset: Dataset, o: DateOptions): CsvRow[] {
  // Text in the reader's language, else along its fallback chain, as the page shows it.
  const content = contentLanguages(dataset.meta);
  const pick = (m: Record<string, string> | undefined, lang: Lang) => pickText(m, lang, content).text;
  return events.map((e) => {
    const sources = [...new Set(e.evidence.map((x) => x.source))].map((id) => {
      const s = dataset.sources.get(id);
      return s?.url ?? s?.publisher ?? id;
    });
    return {
      id: e.id,
      date: e.when,
      date_phrase: datePhrase(e.date, o),
      title: pick(e.title, o.lang),
      type: e.type,
      status: e.status,
      place: pick(dataset.places.get(e.place)?.name, o.lang) || e.place,
      participants: e.participants.map((p) => pick(dataset.actors.get(p.actor)?.name, o.lang) || p.actor).join('; '),
      // URLs never contain spaces, so a space separates them unambiguously.
      sources: sources.join(' '),
    };
  });
}

/** CSV text, header first, one row per event, in the order given. */
export function eventsToCsv(events: readonly TimelineEvent[], dataset: Dataset, o: DateOptions): string {
  const rows = eventsToCsvRows(events, dataset, o).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, guardCell(v)])) as CsvRow);
  return csvFormat(rows, [...READER_CSV_COLUMNS]);
}

/** The event as it is written in a data file: what the loader derived is taken off again. */
export function toRawEvent(e: TimelineEvent): RawEvent {
  const { date, order, sides, seriesPosition, ...raw } = e;
  return raw;
}

export interface ExportedDataset {
  meta: Meta;
  sides: SideDef[];
  actors: unknown[];
  places: unknown[];
  sources: unknown[];
  series?: unknown[];
  stories?: Story[];
  phases?: RawPhase[];
  events: RawEvent[];
}

/** A self-contained data file of `events`: everything they refer to, nothing more. */
export function eventsToDatasetFile(events: readonly TimelineEvent[], dataset: Dataset): ExportedDataset {
  const actors = new Set<string>();
  const places = new Set<string>();
  const sources = new Set<string>();
  const series = new Set<string>();
  for (const e of events) {
    places.add(e.place);
    if (e.series) series.add(e.series.id);
    for (const p of e.participants) actors.add(p.actor);
    for (const x of e.evidence) {
      sources.add(x.source);
      if (x.attribution && 'actor' in x.attribution) actors.add(x.attribution.actor);
    }
  }
  const keep = <T extends { id: string }>(all: Map<string, T>, ids: Set<string>) => [...all.values()].filter((x) => ids.has(x.id));
  const ids = new Set(events.map((e) => e.id));
  // A story keeps the steps whose events are exported; a story left with none is dropped.
  const stories = dataset.stories.map((s) => ({ ...s, steps: s.steps.filter((st) => ids.has(st.event)) })).filter((s) => s.steps.length > 0);
  const file: ExportedDataset = {
    meta: dataset.meta,
    sides: dataset.sides,
    actors: keep(dataset.actors, actors),
    places: keep(dataset.places, places),
    sources: keep(dataset.sources, sources),
    events: events.map(toRawEvent),
  };
  if (series.size) file.series = keep(dataset.series, series);
  if (stories.length) file.stories = stories;
  // Phases are periods, not references: all of them travel, as the file defines them.
  if (dataset.phases.length) file.phases = dataset.phases.map(({ date, ...raw }) => raw);
  return file;
}

/**
 * Editorial checks of how well each event is sourced, for whoever curates a data file: run by
 * `npm run validate` and the data tests, not by the page (a reader sees each source's flags in
 * the detail panel; a notice about the curation would only be noise to them).
 *
 * All are warnings: the event is kept, and a curator decides. They follow the fact sheet's rule
 * that no event rests only on a state-run or partisan outlet, and the fact-check that found
 * events resting on one article alone (issue #27):
 * - every source of the event is flagged "state" or "partisan";
 * - the event rests on one source only (one distinct source id, however often cited);
 * - a source id carries a date that is not the article's `published` date.
 * Whether a place or a date is supported by the sources cannot be checked by a program; the
 * README says how to mark a place the sources do not give.
 */
import { describeValue } from './load';
import type { Dataset, Problem } from './types';

const DATE_IN_ID = /\d{4}-\d{2}-\d{2}/;
const isSlanted = (flags: readonly string[] | undefined) => !!flags?.some((f) => f === 'state' || f === 'partisan');

export function checkSourcing(dataset: Dataset, file?: string): Problem[] {
  const problems: Problem[] = [];
  const warn = (collection: string, item: string, path: string, expected: string, found: string) =>
    problems.push({ file, collection, item, path, expected, found, severity: 'warning' });
  for (const e of dataset.events) {
    const ids = [...new Set(e.evidence.map((x) => x.source))];
    const sources = ids.map((id) => dataset.sources.get(id));
    if (sources.some((s) => !s)) continue; // an unknown source is the loader's error, not a warning
    if (sources.every((s) => isSlanted(s!.flags))) {
      const list = ids.map((id, i) => `${id} (${sources[i]!.flags!.join(', ')})`).join('; ');
      warn('events', e.id, 'evidence', 'at least one source not flagged "state" or "partisan"', `only ${list}`);
    } else if (ids.length === 1) {
      warn('events', e.id, 'evidence', 'at least two sources, so that no event rests on one report', `one source only: ${describeValue(ids[0])}`);
    }
  }
  for (const s of dataset.sources.values()) {
    const inId = s.id.match(DATE_IN_ID)?.[0];
    if (inId && s.published && inId !== s.published) {
      warn('sources', s.id, 'id', `a date in the id that is the article's date (published ${s.published}), or none`, describeValue(inId));
    }
  }
  return problems;
}

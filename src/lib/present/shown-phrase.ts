/**
 * What the reader's filters leave in view, as one phrase in the reader's language ("Actors:
 * Ilse Marrow; from 1 Dec 2025", or "All events in the dataset"): said on the handout and
 * under an exported chart's title, so paper and slides state what they leave out.
 */
import type { ViewState } from '../state/view-state.svelte';
import { dayStart } from '../data/days';
import { shortDate } from '../i18n/dates';
import { LANGUAGES } from '../i18n/languages';
import { describeFilters } from './filter-words';

export function shownPhrase(app: ViewState): string {
  const list = new Intl.ListFormat(LANGUAGES[app.language].intl, { type: 'disjunction' });
  const all = new Intl.ListFormat(LANGUAGES[app.language].intl, { type: 'conjunction' });
  const phrases = describeFilters(app.filters, {
    t: (key, vars) => app.t(key, vars),
    list: (items) => list.format(items),
    all: (items) => all.format(items),
    actor: app.actorName,
    series: (id) => app.text(app.dataset?.series.get(id)?.name).text || id,
    place: app.placeName,
    side: (s) => app.sideName(s),
    type: (t) => app.t(`type.${t}`),
    status: (s) => app.t(`status.${s}`),
    day: (d) => shortDate(dayStart(d), app.dateOptions),
  });
  return phrases.length ? phrases.join(app.t('present.handout.separator')) : app.t('present.handout.all');
}

/**
 * The smallest useful dataset, for `npm run new-dataset`: meta, three sides with one actor each,
 * one place, one source and one event, every id neutral (party-a, party-b, mediator), in English
 * and Arabic or in the languages asked for among those. It passes `npm run validate` with no
 * error (one warning: the event has a single source) and builds as it is, so a newsroom starts
 * from a dashboard that works and replaces it piece by piece (docs/DATASET.md). Pure.
 */
import { formatEventsCsv } from '../src/lib/data/csv';

/** The words of the skeleton, per language it can be written in. */
const WORDS = {
  en: {
    title: 'A new peace process',
    description: 'Who met whom, where and when, and who said what, with a source for every fact.',
    credit: 'Data: compiled by our newsroom from public reports.',
    partyA: 'Party A',
    partyB: 'Party B',
    mediator: 'Mediator',
    negotiatorA: 'Negotiator of party A',
    negotiatorB: 'Negotiator of party B',
    envoy: 'Envoy of the mediator',
    place: 'Place not reported',
    event: 'First round of talks',
    summary: 'The two parties meet for the first time, hosted by the mediator.',
  },
  ar: {
    title: 'عملية سلام جديدة',
    description: 'من التقى مَن، وأين، ومتى، ومن قال ماذا، مع مصدر لكل معلومة.',
    credit: 'البيانات: جمعتها غرفة أخبارنا من تقارير منشورة علنًا.',
    partyA: 'الطرف أ',
    partyB: 'الطرف ب',
    mediator: 'الوسيط',
    negotiatorA: 'مفاوض الطرف أ',
    negotiatorB: 'مفاوض الطرف ب',
    envoy: 'مبعوث الوسيط',
    place: 'مكان غير مذكور',
    event: 'الجولة الأولى من المحادثات',
    summary: 'يلتقي الطرفان للمرة الأولى باستضافة الوسيط.',
  },
} as const;

export type SkeletonLanguage = keyof typeof WORDS;
export const SKELETON_LANGUAGES = Object.keys(WORDS) as SkeletonLanguage[];

/** The dataset id for a file name: data/My Process.json -> my-process. */
export const idFromFileName = (file: string) =>
  (file.split(/[\\/]/).pop() ?? '').replace(/\.json$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-process';

/**
 * `schema`: the path from the new file to data/schema.json, so an editor completes and checks
 * the fields as they are typed.
 */
export function skeleton(id: string, languages: readonly SkeletonLanguage[] = SKELETON_LANGUAGES, schema = './schema.json') {
  const text = (key: keyof (typeof WORDS)['en']) => Object.fromEntries(languages.map((l) => [l, WORDS[l][key]]));
  return {
    $schema: schema,
    meta: { id, title: text('title'), description: text('description'), credit: text('credit'), defaultLanguage: languages[0], languages: [...languages] },
    sides: [
      { id: 'party-a', name: text('partyA') },
      { id: 'party-b', name: text('partyB') },
      { id: 'mediator', name: text('mediator') },
    ],
    actors: [
      { id: 'party-a-negotiator', kind: 'person', name: text('negotiatorA'), side: 'party-a' },
      { id: 'party-b-negotiator', kind: 'person', name: text('negotiatorB'), side: 'party-b' },
      { id: 'mediator-envoy', kind: 'person', name: text('envoy'), side: 'mediator' },
    ],
    places: [{ id: 'not-reported', name: text('place'), unknown: true }],
    sources: [{ id: 'first-source-2026-01-15', publisher: 'Example News', language: languages[0], published: '2026-01-15', url: 'https://example.org/first-report' }],
    series: [],
    stories: [],
    events: [
      {
        id: 'first-round',
        type: 'talks-round',
        status: 'occurred',
        title: text('event'),
        summary: text('summary'),
        when: '2026-01-14',
        place: 'not-reported',
        participants: [
          { actor: 'mediator-envoy', role: 'host' },
          { actor: 'party-a-negotiator', role: 'participant' },
          { actor: 'party-b-negotiator', role: 'participant' },
        ],
        evidence: [{ source: 'first-source-2026-01-15' }],
      },
    ],
  };
}

/** The skeleton's events as a CSV to author more in a spreadsheet (docs/CSV.md), without the byte-order mark. */
export const skeletonCsv = (dataset: ReturnType<typeof skeleton>) => formatEventsCsv(dataset.events, dataset.meta.languages).csv;

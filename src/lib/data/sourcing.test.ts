import { describe, expect, it } from 'vitest';
import { checkSourcing } from './sourcing';
import { formatProblem, loadDataset } from './load';

/** A dataset of one event citing `cites`, from three sources: one plain, one state-run, one partisan. */
function withEvidence(cites: string[], sources: Record<string, unknown>[] = []) {
  return loadDataset({
    meta: { id: 't', title: { en: 'T' } },
    sides: [{ id: 'us', name: { en: 'United States', ar: 'الولايات المتحدة' } }],
    actors: [{ id: 'a', kind: 'person', name: { en: 'A', ar: 'أ' }, side: 'us' }],
    places: [{ id: 'p', name: { en: 'P' }, lat: 0, lon: 0 }],
    sources: [
      { id: 'plain', publisher: 'Plain News', language: 'en' },
      { id: 'plain-2', publisher: 'Other News', language: 'en', flags: ['copy'] },
      { id: 'tass', publisher: 'TASS', language: 'ru', flags: ['state'] },
      { id: 'fringe', publisher: 'Fringe', language: 'en', flags: ['partisan'] },
      ...sources,
    ],
    events: [
      {
        id: 'e',
        type: 'meeting',
        status: 'occurred',
        title: { en: 'E', ar: 'ح' },
        summary: { en: 'E', ar: 'ح' },
        when: '2025-12-02',
        place: 'p',
        participants: [{ actor: 'a', role: 'participant' }],
        evidence: cites.map((source) => ({ source })),
      },
    ],
  }).dataset;
}

describe('checkSourcing(dataset, file)', () => {
  it.each([
    ['two plain sources', ['plain', 'plain-2']],
    ['a plain source and a state-run one', ['plain', 'tass']],
  ])('says nothing of an event resting on %s', (_name, cites) => {
    expect(checkSourcing(withEvidence(cites))).toEqual([]);
  });

  it.each([
    ['only state-run sources', ['tass'], 'at least one source not flagged "state" or "partisan"', 'only tass (state)'],
    ['state-run and partisan sources only', ['tass', 'fringe'], 'at least one source not flagged "state" or "partisan"', 'only tass (state); fringe (partisan)'],
    ['one plain source', ['plain'], 'at least two sources, so that no event rests on one report', 'one source only: "plain"'],
    ['one plain source cited twice', ['plain', 'plain'], 'at least two sources, so that no event rests on one report', 'one source only: "plain"'],
  ])('warns of an event resting on %s, naming file, event, field, expectation and finding', (_name, cites, expected, found) => {
    const problems = checkSourcing(withEvidence(cites), 'f.json');
    expect(problems).toEqual([{ file: 'f.json', collection: 'events', item: 'e', path: 'evidence', expected, found, severity: 'warning' }]);
    expect(formatProblem(problems[0])).toBe(`warning: f.json › events › e › evidence: expected ${expected}, found ${found}`);
  });

  it('warns of a source id whose date is not the article’s', () => {
    const sources = [
      { id: 'paper-2025-12-04', publisher: 'Paper', language: 'ar', published: '2025-12-06' },
      { id: 'paper-2025-12-06', publisher: 'Paper', language: 'ar', published: '2025-12-06' },
      { id: 'paper-2025-12-07', publisher: 'Paper', language: 'ar' },
    ];
    expect(checkSourcing(withEvidence(['plain', 'plain-2'], sources), 'f.json')).toEqual([
      expect.objectContaining({ collection: 'sources', item: 'paper-2025-12-04', path: 'id', found: '"2025-12-04"', severity: 'warning' }),
    ]);
  });
});

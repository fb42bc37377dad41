import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { cannotHoldReservedKeys, checkQuotes, DatasetError, formatProblem, loadDataset } from './load';

const fixture = () => JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));

describe('loadDataset(json)', () => {
  it('loads a valid file, sorted by date, with derived fields', () => {
    const { dataset, problems, counts } = loadDataset(fixture());
    expect(counts).toEqual({ inFile: 5, accepted: 5, rejected: 0 });
    expect(dataset.events.map((e) => e.id)).toEqual(['call', 'istanbul-1', 'istanbul-2', 'moscow-meeting', 'miami-talks']);
    expect(dataset.events.map((e) => e.order)).toEqual([0, 1, 2, 3, 4]);
    expect(dataset.events[4].date.precision).toBe('day');
    expect(dataset.events[2].date).toMatchObject({ precision: 'month', approximate: true });
    // Sides come from the actor unless the participant says otherwise.
    expect(dataset.events[0].sides).toEqual(['russia', 'other']);
    expect(dataset.events[1].seriesPosition).toEqual({ index: 1, count: 2, prev: undefined, next: 'istanbul-2' });
    expect(dataset.events[2].seriesPosition).toEqual({ index: 2, count: 2, prev: 'istanbul-1', next: undefined });
    // The call lacks Arabic text: kept, with a warning.
    expect(problems).toEqual([
      expect.objectContaining({ item: 'call', path: 'title', severity: 'warning' }),
      expect.objectContaining({ item: 'call', path: 'summary', severity: 'warning' }),
    ]);
  });

  type Case = [string, (d: any) => void, Partial<ReturnType<typeof loadDataset>['problems'][number]>];
  it.each<Case>([
    ['an unknown event type', (d) => (d.events[0].type = 'party'), { collection: 'events', item: 'miami-talks', path: 'type', expected: expect.stringContaining('one of meeting'), found: '"party"' }],
    ['a bad EDTF date', (d) => (d.events[1].when = '2025-02-30'), { item: 'moscow-meeting', path: 'when', found: expect.stringContaining('day 30 does not exist') }],
    ['an interval ending before it starts', (d) => (d.events[1].when = '2025-12-06/2025-12-01'), { item: 'moscow-meeting', path: 'when', found: expect.stringContaining('before it starts') }],
    ['an unknown actor', (d) => (d.events[1].participants[1].actor = 'nobody'), { item: 'moscow-meeting', path: 'participants.1.actor', found: '"nobody"' }],
    ['an unknown place', (d) => (d.events[1].place = 'atlantis'), { item: 'moscow-meeting', path: 'place', found: '"atlantis"' }],
    ['an unknown source', (d) => (d.events[1].evidence[0].source = 'rumour'), { item: 'moscow-meeting', path: 'evidence.0.source', found: '"rumour"' }],
    ['a duplicate event id', (d) => (d.events[1].id = 'miami-talks'), { item: 'miami-talks', path: 'id', found: 'a second "miami-talks"' }],
    ['a javascript: link', (d) => (d.sources[1].url = 'javascript:alert(1)'), { collection: 'sources', item: 'web', path: 'url' }],
    ['an unknown field', (d) => (d.events[1].onclick = 'x'), { item: 'moscow-meeting', path: 'onclick', expected: expect.stringContaining('no such field') }],
    ['a place without coordinates', (d) => delete d.places[0].lat, { collection: 'places', item: 'miami', path: 'lat' }],
    ['a place marked unknown that has coordinates', (d) => (d.places[0].unknown = true), { collection: 'places', item: 'miami', path: 'lat', expected: 'no coordinates for a place marked "unknown": true' }],
    ['an event without evidence', (d) => (d.events[1].evidence = []), { item: 'moscow-meeting', path: 'evidence', expected: 'at least one piece of evidence' }],
    ['an event with no id', (d) => delete d.events[1].id, { item: '#1', path: 'id' }],
    [
      'a note on a field the model does not have',
      (d) => (d.events[1].notes = [{ kind: 'disagreement', field: 'duration', text: { en: 'x' } }]),
      { item: 'moscow-meeting', path: 'notes.0.field', expected: expect.stringContaining('the name of a field of an event: id, type, status'), found: '"duration"' },
    ],
  ])('rejects %s and keeps the rest', (_name, mutate, expected) => {
    const data = fixture();
    mutate(data);
    const { problems, counts } = loadDataset(data, 'mini.json');
    expect(problems.filter((p) => p.severity === 'error')).toContainEqual(expect.objectContaining({ file: 'mini.json', severity: 'error', ...expected }));
    // Nothing lost: shown + rejected = in the file.
    expect(counts.accepted + counts.rejected).toBe(counts.inFile);
  });

  it('accepts a place not reported ("unknown": true) without coordinates, and events in it', () => {
    const data = fixture();
    data.places.push({ id: 'unknown', name: { en: 'Place not reported', ar: 'مكان غير مذكور' }, unknown: true });
    data.events[1].place = 'unknown';
    const { dataset, problems } = loadDataset(data);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset.places.get('unknown')?.unknown).toBe(true);
    expect(dataset.events.find((e) => e.id === 'moscow-meeting')?.place).toBe('unknown');
  });

  it('sides: an unknown side rejects the actor, naming the known ones; a duplicate or a nameless side is rejected', () => {
    const data = fixture();
    data.actors[0].side = 'mars';
    data.sides.push({ id: 'us', name: { en: 'Again' } }, { id: 'nameless' });
    const { dataset, problems } = loadDataset(data, 'mini.json');
    expect(dataset.sides.map((d) => d.id)).toEqual(['us', 'ukraine', 'russia', 'mediator', 'other']);
    expect(dataset.actors.has('steve-witkoff')).toBe(false);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ collection: 'sides', item: 'us', path: 'id', expected: 'an id not used by another item', severity: 'error' }),
        expect.objectContaining({ collection: 'sides', item: 'nameless', path: 'name', severity: 'error' }),
        expect.objectContaining({ collection: 'actors', item: 'steve-witkoff', path: 'side', expected: 'the id of a side in "sides" ("us", "ukraine", "russia", "mediator", "other")', found: '"mars"' }),
      ]),
    );
  });

  it('sides: a file without them is refused with how to add them', () => {
    const data = fixture();
    delete data.sides;
    expect(() => loadDataset(data, 'mini.json')).toThrow(/^mini\.json is not a dataset: it has no "sides": add a top-level "sides" array .* then give each actor "side": one of those ids/);
  });

  it('keeps an actor without a name in one of the dataset’s languages, with a warning that names it', () => {
    const data = fixture();
    delete data.actors[3].name.ar;
    const { dataset, problems } = loadDataset(data, 'mini.json');
    expect(dataset.actors.has('hakan-fidan')).toBe(true);
    expect(problems).toEqual([
      expect.objectContaining({ collection: 'actors', item: 'hakan-fidan', path: 'name', expected: 'text in ar', severity: 'warning' }),
      expect.objectContaining({ item: 'call', path: 'title' }),
      expect.objectContaining({ item: 'call', path: 'summary' }),
    ]);
  });

  it('warns about the languages of meta.languages, whatever they are, and not about others', () => {
    const data = fixture();
    data.meta.languages = ['en', 'uk'];
    for (const e of data.events) {
      e.title = { en: e.title.en, uk: `${e.title.en} (uk)` };
      e.summary = { en: e.summary.en };
    }
    const { problems, counts } = loadDataset(data, 'mini.json');
    expect(counts.rejected).toBe(0);
    const warned = problems.filter((p) => p.severity === 'warning');
    // Every event lacks a Ukrainian summary; no one is told about the Arabic the file does not claim.
    expect(warned.filter((p) => p.path === 'summary').map((p) => p.expected)).toEqual(Array(5).fill('text in uk'));
    expect(warned.filter((p) => p.path === 'title')).toEqual([]);
    // Actors are named in ar and en only: each lacks uk.
    expect(new Set(warned.filter((p) => p.collection === 'actors').map((p) => p.expected))).toEqual(new Set(['text in uk']));
  });

  it('rejects events that depend on a rejected place, and says why', () => {
    const data = fixture();
    delete data.places[1].lat;
    const { dataset, problems } = loadDataset(data);
    expect(dataset.events.some((e) => e.id === 'moscow-meeting')).toBe(false);
    expect(problems).toContainEqual(expect.objectContaining({ item: 'moscow-meeting', path: 'place' }));
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['no events', { meta: { id: 'x', title: { en: 'x' } }, sides: [{ id: 's', name: { en: 'S' } }], actors: [], places: [], sources: [] }],
  ])('throws a DatasetError for %s', (_name, json) => {
    expect(() => loadDataset(json, 'bad.json')).toThrow(DatasetError);
    expect(() => loadDataset(json, 'bad.json')).toThrow(/bad\.json is not a dataset/);
  });

  it('formats a problem on one line, naming file, item, field, expectation and finding', () => {
    const data = fixture();
    data.events[1].type = 'party';
    const { problems } = loadDataset(data, 'mini.json');
    expect(formatProblem(problems[0])).toBe(
      'error: mini.json › events › moscow-meeting › type: expected one of meeting, talks-round, summit, delegation-visit, phone-call, statement, joint-statement, plan-published, agreement, found "party"',
    );
  });
});

describe('loadDataset(json, file, { text })', () => {
  const text = fs.readFileSync('tests/fixtures/mini.json', 'utf8');

  it('tells which texts cannot hold a reserved key', () => {
    expect(cannotHoldReservedKeys(text)).toBe(true);
    expect(cannotHoldReservedKeys('{"name": {"__proto__": "x"}}')).toBe(false);
    expect(cannotHoldReservedKeys('{"name": {"prototype": "x"}}')).toBe(false);
    // An escape could spell one (\u005f is "_"), so any escape means the keys are walked.
    expect(cannotHoldReservedKeys('{"name": {"\\u005f_proto__": "x"}}')).toBe(false);
  });

  it('loads the same with or without the text, owned or not, and leaves JSON it does not own as it was', () => {
    const json = JSON.parse(text);
    const copied = loadDataset(json, 'mini.json');
    expect(json).toEqual(JSON.parse(text));
    expect(loadDataset(JSON.parse(text), 'mini.json', { text })).toEqual(copied);
    expect(loadDataset(JSON.parse(text), 'mini.json', { text, owned: true })).toEqual(copied);
  });

  it.each([
    ['plainly', '"__proto__"'],
    ['spelt with an escape', '"\\u005f_proto__"'],
    ['as "constructor"', '"constructor"'],
  ])('still rejects a reserved key written %s', (_how, key) => {
    const withKey = text.replace('"title": { "en": "Miami talks",', `"title": { ${key}: "x", "en": "Miami talks",`);
    expect(withKey).not.toBe(text);
    const { problems, counts } = loadDataset(JSON.parse(withKey), 'mini.json', { text: withKey });
    expect(counts.rejected).toBe(1);
    expect(problems).toContainEqual(expect.objectContaining({ item: 'miami-talks', path: expect.stringMatching(/^title\.(__proto__|constructor)$/) }));
  });
});

describe('checkQuotes(dataset, readText)', () => {
  const { dataset } = loadDataset(fixture());
  it('accepts a quote found verbatim with its prefix', () => {
    expect(checkQuotes(dataset, () => 'ووصف بوتين اللقاء بأنه “بالغ الفائدة”.')).toEqual([]);
  });
  it('reports a quote that is not in the text', () => {
    expect(checkQuotes(dataset, () => 'نص آخر', 'f.json')).toEqual([
      expect.objectContaining({ file: 'f.json', item: 'miami-talks', path: 'evidence.0.quote.exact', found: '"بالغ الفائدة"' }),
    ]);
  });
  it('reports a missing text file', () => {
    expect(checkQuotes(dataset, () => undefined)).toEqual([expect.objectContaining({ found: 'no such file' })]);
  });
  it('reports a quote whose source has no text on file', () => {
    const data = fixture();
    delete data.sources[0].text;
    expect(checkQuotes(loadDataset(data).dataset, () => 'x', 'f.json')).toEqual([
      expect.objectContaining({ file: 'f.json', item: 'miami-talks', path: 'evidence.0.quote', found: 'no text on file' }),
    ]);
  });
  it('reports a source’s text file that is missing though no quote reads it yet', () => {
    const data = fixture();
    data.sources[1].text = 'sources/web.txt';
    const text = (rel: string) => (rel === 'seed.txt' ? 'ووصف بوتين اللقاء بأنه “بالغ الفائدة”.' : undefined);
    expect(checkQuotes(loadDataset(data).dataset, text, 'f.json')).toEqual([
      { file: 'f.json', collection: 'sources', item: 'web', path: 'text', expected: 'the source text file sources/web.txt', found: 'no such file', severity: 'error' },
    ]);
  });
});

describe('loadDataset(json): phases', () => {
  const four = () => JSON.parse(fs.readFileSync('tests/fixtures/mini-four.json', 'utf8'));

  it('reads phases into bounds, in time order, without problems', () => {
    const { dataset, problems } = loadDataset(four());
    expect(dataset.phases.map((p) => [p.id, p.date.earliest, p.date.latest])).toEqual([
      ['istanbul-rounds', Date.UTC(2025, 4, 16), Date.UTC(2025, 6, 1)],
      ['december-talks', Date.UTC(2025, 11, 1), Date.UTC(2025, 11, 11)],
    ]);
    expect(problems.filter((p) => p.collection === 'phases')).toEqual([]);
  });

  it('a file without phases has none', () => expect(loadDataset(fixture()).dataset.phases).toEqual([]));

  type Case = [string, (d: any) => void, Partial<ReturnType<typeof loadDataset>['problems'][number]>];
  it.each<Case>([
    ['a phase with a bad date', (d) => (d.phases[0].when = '2025-12-40'), { item: 'december-talks', path: 'when', expected: expect.stringContaining('EDTF'), found: expect.stringContaining('day 40 does not exist') }],
    ['a phase that ends before it starts', (d) => (d.phases[0].when = '2025-12-10/2025-12-01'), { item: 'december-talks', path: 'when', found: expect.stringContaining('before it starts') }],
    ['a phase without a name', (d) => delete d.phases[1].name, { item: 'istanbul-rounds', path: 'name' }],
    ['a phase with an unknown field', (d) => (d.phases[1].colour = 'red'), { item: 'istanbul-rounds', path: 'colour', expected: expect.stringContaining('no such field') }],
    ['a second phase with the same id', (d) => (d.phases[1].id = 'december-talks'), { item: 'december-talks', path: 'id', found: 'a second "december-talks"' }],
    [
      'a phase that overlaps an earlier one',
      (d) => (d.phases[0].when = '2025-06-20/2025-12-10'),
      { item: 'december-talks', path: 'when', expected: 'a period that does not overlap phase "istanbul-rounds" (2025-05-16/2025-06-30)', found: '"2025-06-20/2025-12-10"' },
    ],
  ])('rejects %s, naming the phase and the field, and keeps the rest', (_name, mutate, expected) => {
    const data = four();
    mutate(data);
    const { dataset, problems } = loadDataset(data, 'mini-four.json');
    expect(problems).toContainEqual(expect.objectContaining({ file: 'mini-four.json', collection: 'phases', severity: 'error', ...expected }));
    expect(dataset.phases).toHaveLength(1);
    expect(dataset.events).toHaveLength(5);
  });

  it('warns about a phase name missing one of the dataset’s languages', () => {
    const data = four();
    delete data.phases[0].name.he;
    const { dataset, problems } = loadDataset(data);
    expect(problems).toContainEqual(expect.objectContaining({ collection: 'phases', item: 'december-talks', path: 'name', expected: 'text in he', severity: 'warning' }));
    expect(dataset.phases).toHaveLength(2);
  });
});

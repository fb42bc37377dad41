import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/mini.json';
import { loadDataset } from '../data/load';
import { filterEvents, NO_FILTERS, type Filters } from '../data/filter';
import { contextEvents, positionsOf } from './context';
import { buildLanes, laneBits } from './lanes';
import { timesOf, visibleEvents } from './times';
import { sidesIn, typesIn } from './shown';
import type { LaneMode } from '../state/params';

const { dataset } = loadDataset(mini);
const cases: [string, Partial<Filters>][] = [
  ['no filter: the dataset itself', {}],
  ['a type', { types: ['meeting'] }],
  ['a side and a word', { sides: ['us'], q: 'istanbul' }],
  ['a window is ignored', { from: '2025-06-01', to: '2025-06-30' }],
];

describe('contextEvents(dataset, filters)', () => {
  it.each(cases)('%s: the events filterEvents keeps without the window, with their positions', (_, f) => {
    const filters = { ...NO_FILTERS, ...f };
    const events = contextEvents(dataset, filters);
    expect(events).toEqual(filterEvents(dataset, { ...filters, from: null, to: null }));
    const at = positionsOf(events)!;
    expect(events.map((e) => e.order)).toEqual(at.index ? [...at.index] : dataset.events.map((_, i) => i));
  });

  it.each(cases)('%s: times and lanes from the columns equal those read from the events', (_, f) => {
    const events = contextEvents(dataset, { ...NO_FILTERS, ...f });
    const copy = [...events];
    expect(timesOf(events)).toEqual(timesOf(copy));
    for (const mode of ['side', 'type', 'place', 'none'] as LaneMode[]) {
      const [fast, slow] = [buildLanes(events, mode), buildLanes(copy, mode)];
      expect(fast.lanes).toEqual(slow.lanes);
      expect(laneBits(events, fast)).toEqual(laneBits(copy, slow));
    }
  });
});

describe('typesIn and sidesIn from the columns', () => {
  it.each(cases)('%s: the same as from the events', (_, f) => {
    const events = contextEvents(dataset, { ...NO_FILTERS, ...f });
    expect(typesIn(events)).toEqual(typesIn([...events]));
    expect(sidesIn(events)).toEqual(sidesIn([...events]));
  });
});

describe('visibleEvents(contextEvents(...), window)', () => {
  it.each([
    ['June', '2025-06-01', '2025-06-30'],
    ['from May on', '2025-05-01', null],
    ['to before from', '2025-06-20', '2025-06-10'],
  ])('%s: app.filtered of that window, with positions', (_, from, to) => {
    const context = contextEvents(dataset, NO_FILTERS);
    const d = [from ? Date.parse(from) : -Infinity, to ? Date.parse(to) + 86_400_000 : Infinity] as const;
    const shown = visibleEvents(context, d);
    expect(shown).toEqual(filterEvents(dataset, { ...NO_FILTERS, from, to }));
    const at = positionsOf(shown)!;
    expect(at.index ? [...at.index] : dataset.events.map((_, i) => i)).toEqual(shown.map((e) => e.order));
  });
});

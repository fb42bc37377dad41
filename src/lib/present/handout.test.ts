import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../data/load';
import { byMonth, numberSources } from './handout';

const mini = () => loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'))).dataset;

describe('byMonth(events)', () => {
  it('groups events in time order by the UTC month of their earliest day', () => {
    const groups = byMonth(mini().events);
    expect(groups.map((g) => [new Date(g.start).toISOString().slice(0, 10), g.events.map((e) => e.id)])).toEqual([
      ['2025-03-01', ['call']],
      ['2025-05-01', ['istanbul-1']],
      ['2025-06-01', ['istanbul-2']],
      ['2025-12-01', ['moscow-meeting', 'miami-talks']],
    ]);
  });
  it('gives nothing for no events', () => {
    expect(byMonth([])).toEqual([]);
  });
});

describe('numberSources(events)', () => {
  it('numbers each source once, by first citation, and lists each event’s notes', () => {
    const { order, refs } = numberSources(mini().events);
    expect(order).toEqual(['web', 'tass', 'seed']);
    expect(Object.fromEntries(refs)).toEqual({ call: [1], 'istanbul-1': [1], 'istanbul-2': [1], 'moscow-meeting': [2], 'miami-talks': [3] });
  });
  it('cites a source twice in one event once', () => {
    const [event] = mini().events;
    const twice = { ...event, evidence: [...event.evidence, ...event.evidence] };
    expect(numberSources([twice]).refs.get(event.id)).toEqual([1]);
  });
});

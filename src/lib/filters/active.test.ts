import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../data/filter';
import { activeChips, chipKey, withoutChip } from './active';

const f = (p: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...p });

describe('activeChips(filters)', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['none', {}, []],
    ['text alone is not a chip', { q: 'umerov' }, []],
    ['one per choice, facets in a fixed order', { types: ['meeting'], actors: ['a', 'b'], places: ['miami'] }, ['actors:a', 'actors:b', 'places:miami', 'types:meeting']],
    ['sides and status', { status: ['planned'], sides: ['us'] }, ['sides:us', 'status:planned']],
    ['one chip for the date window', { from: '2025-12-01', to: '2025-12-31' }, ['dates']],
    ['an open-ended window is a chip too', { to: '2025-12-31' }, ['dates']],
    ['all of two actors together: a chip after theirs', { actors: ['a', 'b'], match: 'all', places: ['miami'] }, ['actors:a', 'actors:b', 'match', 'places:miami']],
    ['all of one actor is no chip of its own', { actors: ['a'], match: 'all' }, ['actors:a']],
    ['a series, before the dates', { series: ['s'], from: '2025-12-01' }, ['series:s', 'dates']],
  ])('%s', (_name, p, expected) => {
    expect(activeChips(f(p)).map(chipKey)).toEqual(expected);
  });
});

describe('withoutChip(filters, chip)', () => {
  it('removes one choice and keeps the others', () => {
    expect(withoutChip(f({ actors: ['a', 'b', 'c'] }), { facet: 'actors', value: 'b' })).toEqual({ actors: ['a', 'c'] });
  });
  it('"all together" removed: any of them; an actor removed down to one: any too', () => {
    expect(withoutChip(f({ actors: ['a', 'b'], match: 'all' }), { facet: 'match' })).toEqual({ match: 'any' });
    expect(withoutChip(f({ actors: ['a', 'b'], match: 'all' }), { facet: 'actors', value: 'a' })).toEqual({ actors: ['b'], match: 'any' });
    expect(withoutChip(f({ actors: ['a', 'b', 'c'], match: 'all' }), { facet: 'actors', value: 'a' })).toEqual({ actors: ['b', 'c'] });
  });
  it('clears both ends of the date window', () => {
    expect(withoutChip(f({ from: '2025-12-01', to: '2025-12-31' }), { facet: 'dates', from: '2025-12-01', to: '2025-12-31' })).toEqual({ from: null, to: null });
  });
  it('removing every chip leaves no filter but the text', () => {
    let current = f({ actors: ['a', 'b'], match: 'all', series: ['s'], sides: ['us', 'russia'], places: ['p'], types: ['summit'], status: ['planned'], from: '2025-01-01', q: 'x' });
    for (const chip of activeChips(current)) current = { ...current, ...withoutChip(current, chip) };
    expect(current).toEqual(f({ q: 'x' }));
  });
});

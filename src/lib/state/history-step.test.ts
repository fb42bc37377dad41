import { describe, expect, it } from 'vitest';
import { historyStep, type StepContext } from './history-step';
import { DEFAULTS, type ViewParams } from './params';

const at = (o: Partial<ViewParams>): ViewParams => ({ ...DEFAULTS, ...o });
const reader: StepContext = { justLoaded: false, sharedHistory: false, prevWasTyping: false };

describe('historyStep(before, params, context)', () => {
  it.each<[string, ViewParams | null, ViewParams, Partial<StepContext>, { replace: boolean; typing: boolean }]>([
    ['the first sync replaces', null, at({ view: 'table' }), {}, { replace: true, typing: false }],
    ['a view is a step', at({}), at({ view: 'network' }), {}, { replace: false, typing: false }],
    ['a filter is a step', at({}), at({ actors: ['a'] }), {}, { replace: false, typing: false }],
    ['an event is a step', at({}), at({ event: 'e1' }), {}, { replace: false, typing: false }],
    ['the first keystroke of a search is a step', at({}), at({ q: 'k' }), {}, { replace: false, typing: true }],
    ['the next keystrokes refine it', at({ q: 'k' }), at({ q: 'ky' }), { prevWasTyping: true }, { replace: true, typing: true }],
    ['emptying the search is a step', at({ q: 'ky' }), at({ q: '' }), { prevWasTyping: true }, { replace: false, typing: false }],
    ['a search and a filter at once is a step', at({ q: 'k' }), at({ q: 'ky', actors: ['a'] }), { prevWasTyping: true }, { replace: false, typing: false }],
    ['a zoom refines the entry', at({}), at({ zoom: ['2025-03-01', '2025-04-01'] }), {}, { replace: true, typing: false }],
    ['a pan refines it too', at({ zoom: ['2025-03-01', '2025-04-01'] }), at({ zoom: ['2025-03-08', '2025-04-08'] }), {}, { replace: true, typing: false }],
    ['a zoom with a filter is a step', at({}), at({ zoom: ['2025-03-01', '2025-04-01'], types: ['summit'] }), {}, { replace: false, typing: false }],
    ['the data arriving replaces', at({}), at({ actors: ['a'] }), { justLoaded: true }, { replace: true, typing: false }],
    ['in an iframe or presenting, everything replaces', at({}), at({ view: 'network' }), { sharedHistory: true }, { replace: true, typing: false }],
  ])('%s', (_, before, params, context, expected) => {
    expect(historyStep(before, params, { ...reader, ...context })).toEqual(expected);
  });
});

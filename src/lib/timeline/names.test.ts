import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { ViewState } from '../state/view-state.svelte';
import { loadDataset } from '../data/load';
import { filterEvents, filterSubset, NO_FILTERS } from '../data/filter';
import { wholeDataset } from '../data/subset';
import { clusterCounter, clusterMarkName, clusterName, eventName, groupName, markName, summaryText } from './names';
import { listOf } from '../i18n/translate';
import { subsetOf, subsetWhere } from '../../../tests/unit/helpers/timeline-events';

const talassa = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/talassa.json', 'utf8'))).dataset;
const mini = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'))).dataset;
function app(lang: 'en' | 'ar', dataset = talassa) {
  const a = new ViewState();
  a.lang = lang;
  a.setDataset(dataset, []);
  return a;
}

describe('summaryText(app, subset)', () => {
  it.each([
    ['en', '9 events from 10 February 2031 to 14 April 2031, most in Port Talassa and Veyholm.'],
    ['ar', '9 أحداث بين 10 فبراير 2031 و14 أبريل 2031، أكثرها في ميناء تالاسا وفيهولم.'],
  ] as const)('a fixture of another process in %s', (lang, expected) => {
    expect(summaryText(app(lang), wholeDataset(talassa))).toBe(expected);
  });
  it('names no place when none stands out, and says a single day as one date', () => {
    const a = app('en', mini);
    expect(summaryText(a, wholeDataset(mini))).toBe('5 events from 18 March 2025 to 6 December 2025, most in Istanbul.');
    expect(summaryText(a, subsetWhere(mini, (e) => e.id !== 'istanbul-2'))).toBe('4 events from 18 March 2025 to 6 December 2025.');
    expect(summaryText(a, subsetWhere(mini, (e) => e === mini.events[0]))).toBe('1 event on 18 March 2025.');
    expect(summaryText(a, subsetWhere(mini, () => false))).toBe('No events.');
  });
  it('never names "place not reported" as where most events were', () => {
    const json = JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));
    json.places.push({ id: 'unknown', name: { en: 'Place not reported', ar: 'مكان غير مذكور' }, unknown: true });
    for (const e of json.events) if (e.id !== 'istanbul-2') e.place = 'unknown';
    const unknown = loadDataset(json).dataset;
    expect(summaryText(app('en', unknown), wholeDataset(unknown))).toBe('5 events from 18 March 2025 to 6 December 2025.');
  });
});

describe('summaryText(app, filterSubset(...))', () => {
  it.each([
    ['every event', {}],
    ['a type', { types: ['meeting' as const] }],
    ['a side', { sides: ['kessaria'] }],
    ['nothing', { q: 'no such words anywhere' }],
  ])('%s: read by position, the same sentence as for those events in a dataset of their own', (_, f) => {
    const filters = { ...NO_FILTERS, ...f };
    expect(summaryText(app('en'), filterSubset(talassa, filters))).toBe(summaryText(app('en'), subsetOf(filterEvents(talassa, filters))));
  });
});

describe('names of marks', () => {
  it('an event says title, date and place, type, sides', () => {
    const e = mini.events.find((x) => x.id === 'moscow-meeting')!;
    expect(eventName(app('en', mini), e)).toBe('Moscow meeting. 2 December 2025, Moscow. Meeting. United States and Russia');
    expect(eventName(app('ar', mini), e)).toBe('اجتماع موسكو. 2 ديسمبر 2025، موسكو. اجتماع. الولايات المتحدة وروسيا');
  });
  it('a group says how many events, over which days, and what choosing it does', () => {
    expect(clusterName(app('en', mini), mini.events.slice(0, 2))).toBe('2 events, 18 Mar 2025 – 16 May 2025. Click or press Enter to zoom in');
    const [a, b] = mini.events;
    expect(groupName(app('en', mini), 2, a.date.earliest, b.date.latest)).toBe(clusterName(app('en', mini), [a, b]));
  });
  it('lists read naturally in each language', () => {
    expect(listOf(['Kyiv', 'Moscow', 'Paris'], 'en')).toBe('Kyiv, Moscow and Paris');
    expect(listOf(['كييف', 'موسكو'], 'ar')).toBe('كييف وموسكو');
  });
});

describe('markName(app, event) and clusterMarkName(app, count, start, end)', () => {
  it('say what eventName and groupName say, in the language of the moment', () => {
    const a = app('en', mini);
    const e = mini.events.find((x) => x.id === 'moscow-meeting')!;
    expect(markName(a, e)).toBe(eventName(a, e));
    a.lang = 'ar';
    expect(markName(a, e)).toBe(eventName(app('ar', mini), e));
    const [x, y] = mini.events;
    expect(clusterMarkName(a, 2, x.date.earliest, y.date.latest)).toBe(groupName(app('ar', mini), 2, x.date.earliest, y.date.latest));
  });
});

describe('clusterCounter(app)(count, width)', () => {
  it.each([
    ['en', 840, 60, '840'],
    ['en', 12_400, 60, '12.4K'],
    ['en', 1_234, 20, '1.2K'],
    ['ar', 840, 60, '٨٤٠'],
  ] as const)('%s: %i events in %i px', (lang, count, width, expected) => {
    const a = app(lang, mini);
    if (lang === 'ar') a.digits = 'arab';
    expect(clusterCounter(a)(count, width)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CODECS, DEFAULTS, MAX_HEIGHT, MAX_NOTICES, VIEWS, formatParams, parseParams, type ViewParams } from './params';
import { EVENT_TYPES, STATUSES } from '../data/schema';

describe('parseParams(search)', () => {
  it('reads short, readable keys', () => {
    const { params, notices } = parseParams('?actors=steve-witkoff,rustem-umerov&from=2025-12-01&view=network&lang=ar&event=2025-12-02-moscow');
    expect(notices).toEqual([]);
    expect(params.actors).toEqual(['steve-witkoff', 'rustem-umerov']);
    expect(params.from).toBe('2025-12-01');
    expect(params.view).toBe('network');
    expect(params.lang).toBe('ar');
    expect(params.event).toBe('2025-12-02-moscow');
  });

  it('reads and writes "all of these actors" and a series: actors=a,b&match=all, series=id', () => {
    const { params, notices } = parseParams('?series=witkoff-putin&match=all&actors=steve-witkoff,vladimir-putin');
    expect(notices).toEqual([]);
    expect([params.actors, params.match, params.series]).toEqual([['steve-witkoff', 'vladimir-putin'], 'all', ['witkoff-putin']]);
    expect(formatParams(params)).toBe('?actors=steve-witkoff,vladimir-putin&match=all&series=witkoff-putin');
    expect(parseParams('?match=both').notices).toEqual([{ key: 'match', value: 'both' }]);
  });

  it('reads the zoom window as two days in order: zoom=2025-11-01,2025-12-31', () => {
    expect(parseParams('?zoom=2025-11-01,2025-12-31').params.zoom).toEqual(['2025-11-01', '2025-12-31']);
    for (const bad of ['2025-12-31,2025-11-01', '2025-11-01', '2025-11-01,2025-12-31,2026-01-01']) expect(parseParams(`?zoom=${bad}`).notices).toEqual([{ key: 'zoom', value: bad }]);
  });

  it.each([
    ['view=galaxy', 'view'],
    ['from=2025-02-30', 'from'],
    ['lang=fr', 'lang'],
    ['actors=ok,Not%20An%20Id', 'actors'],
    ['sides=us,Not%20An%20Id', 'sides'],
    ['accent=red', 'accent'],
    ['scale=9', 'scale'],
    ['step=0', 'step'],
    ['data=javascript:alert(1)', 'data'],
    ['data=//evil.example/x.json', 'data'],
    ['views=timeline,galaxy', 'views'],
    ['maxheight=100', 'maxheight'],
    ['maxheight=600px', 'maxheight'],
    ['controls=no', 'controls'],
    ['bogus=1', 'bogus'],
    ['toString=1', 'toString'],
    ['__proto__=x', '__proto__'],
  ])('ignores %s with a notice naming %s', (search, key) => {
    const { params, notices } = parseParams(search);
    expect(notices.map((n) => n.key)).toEqual([key]);
    expect(params).toEqual(DEFAULTS);
  });

  it('drops a "to" before "from" and says so', () => {
    const { params, notices } = parseParams('from=2025-12-10&to=2025-12-01');
    expect(params.from).toBe('2025-12-10');
    expect(params.to).toBeNull();
    expect(notices).toEqual([{ key: 'to', value: '2025-12-01' }]);
  });

  it('leaves Pym.js parameters to Pym', () => {
    expect(parseParams('childId=chart-1&initialWidth=400').notices).toEqual([]);
  });

  it('reads the embed options: controls, tools and key off, two views, a maximum height', () => {
    const { params, notices } = parseParams('embed=1&controls=0&tools=0&key=0&views=table,timeline&maxheight=640');
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ controls: false, tools: false, key: false, views: ['table', 'timeline'], maxheight: 640 });
  });

  it('opens a view the embed does not offer as the first one it does', () => {
    expect(parseParams('views=table,list').params.view).toBe('table');
    expect(parseParams('views=table,list&view=list').params.view).toBe('list');
    expect(parseParams('views=timeline').params.view).toBe('timeline');
  });

  it('normalises an accent colour', () => {
    expect(parseParams('accent=%23AA3377').params.accent).toBe('aa3377');
  });
});

describe('formatParams(params)', () => {
  it('leaves defaults out', () => {
    expect(formatParams(DEFAULTS)).toBe('');
  });

  it('keeps commas readable', () => {
    expect(formatParams({ ...DEFAULTS, actors: ['a', 'b'], q: 'أوميروف' })).toBe('?actors=a,b&q=%D8%A3%D9%88%D9%85%D9%8A%D8%B1%D9%88%D9%81');
  });
});

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const dayArb = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const stateArb: fc.Arbitrary<ViewParams> = fc.record({
  view: fc.constantFrom('timeline', 'network', 'table', 'list'),
  lang: fc.constantFrom(null, 'ar', 'en'),
  theme: fc.constantFrom('auto', 'light', 'dark'),
  digits: fc.constantFrom('latn', 'arab'),
  months: fc.constantFrom('egypt', 'levant'),
  event: fc.option(idArb, { nil: null }),
  actors: fc.uniqueArray(idArb, { maxLength: 4 }),
  sides: subset(['north', 'south', 'east', 'west', 'un-mediators']),
  places: fc.uniqueArray(idArb, { maxLength: 3 }),
  types: subset(EVENT_TYPES),
  status: subset(STATUSES),
  from: fc.option(dayArb, { nil: null }),
  to: fc.constant(null),
  q: fc.string({ maxLength: 30 }).map((s) => s.trim()),
  match: fc.constantFrom('any', 'all'),
  series: subset(['istanbul-talks', 'witkoff-putin']),
  lanes: fc.constantFrom('side', 'type', 'place', 'none'),
  zoom: fc.option(fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? [a, b] : [b, a])), { nil: null }),
  mode: fc.constantFrom('explore', 'present'),
  story: fc.option(idArb, { nil: null }),
  step: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
  embed: fc.boolean(),
  accent: fc.option(fc.stringMatching(/^[0-9a-f]{6}$/), { nil: null }),
  transparent: fc.boolean(),
  scale: fc.constantFrom(0.75, 1, 1.25, 1.5, 2),
  data: fc.option(fc.constantFrom('data/other.json', 'https://example.org/x.json'), { nil: null }),
  controls: fc.boolean(),
  tools: fc.boolean(),
  key: fc.boolean(),
  views: subset(VIEWS),
  maxheight: fc.option(fc.integer({ min: MAX_HEIGHT.min, max: MAX_HEIGHT.max }), { nil: null }),
})
  // A state's view is one of the views it offers (parseParams sees to that).
  .map((s) => (s.views.length && !s.views.includes(s.view) ? { ...s, view: s.views[0] } : s)) as fc.Arbitrary<ViewParams>;

describe('URL round trip', () => {
  it('parseParams(formatParams(state)) gives the state back', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { params, notices } = parseParams(formatParams(state));
        expect(notices).toEqual([]);
        expect(params).toEqual(state);
      }),
      { numRuns: 2000, seed: 20251206 },
    );
  }, 30_000); // thousands of runs: on a loaded machine they outlast the default 5 s

  it('never throws on any query string, and every rejection is a notice', () => {
    const keys = Object.keys(CODECS);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), fc.string()), { maxLength: 6 }), (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const { params, notices } = parseParams(search);
        expect(typeof formatParams(params)).toBe('string');
        for (const n of notices) expect(typeof n.key).toBe('string');
      }),
      { numRuns: 10000, seed: 7 },
    );
  }, 30_000);
});

describe('URL round trip of the filters a reader shares', () => {
  it('keeps a full date window, Arabic text and several ids per facet', () => {
    const windowArb = fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
    const textArb = fc.oneof(fc.constantFrom('اوميروف', 'رستم أوميروف', 'Witkoff, Putin', 'a&b=c?#', '٢٠٢٥'), fc.string({ maxLength: 20, unit: 'grapheme' }));
    fc.assert(
      fc.property(stateArb, windowArb, textArb, (state, [from, to], q) => {
        const shared = { ...state, from, to, q: q.trim() };
        const { params, notices } = parseParams(formatParams(shared));
        expect(notices).toEqual([]);
        expect(params).toEqual(shared);
      }),
      { numRuns: 1000, seed: 20251204 },
    );
  });
});

describe('parseParams(search) notices are bounded', () => {
  it('cuts a 100,000-character name and value to 40 characters', () => {
    const { notices } = parseParams(`?${'k'.repeat(100_000)}=${'v'.repeat(100_000)}`);
    expect(notices).toEqual([{ key: `${'k'.repeat(40)}…`, value: `${'v'.repeat(40)}…` }]);
  });

  it('lists the first few of 5,000 unknown parameters and counts the rest', () => {
    const { notices } = parseParams(`?${Array.from({ length: 5000 }, (_, i) => `p${i}=1`).join('&')}`);
    expect(notices).toHaveLength(MAX_NOTICES);
    expect(notices.map((n) => n.key)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(notices.at(-1)!.more).toBe(5000 - MAX_NOTICES);
  });
});

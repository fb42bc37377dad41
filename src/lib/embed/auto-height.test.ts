import { describe, expect, it } from 'vitest';
import { heightReporter, parseHostMessage, parseSizeMessage, pymChildId, sizeMessages, type SizeMessage } from './auto-height';

describe('sizeMessages(height, childId)', () => {
  it.each([
    [640, null, [{ sentinel: 'amp', type: 'embed-size', height: 640 }]],
    [640.2, null, [{ sentinel: 'amp', type: 'embed-size', height: 641 }]],
    [812, 'talks-embed', [{ sentinel: 'amp', type: 'embed-size', height: 812 }, 'pymxPYMxtalks-embedxPYMxheightxPYMx812']],
  ] as const)('sizeMessages(%s, %s)', (height, childId, expected) => {
    expect(sizeMessages(height, childId)).toEqual(expected);
  });
});

describe('heightReporter(post, childId)', () => {
  it('posts only when the integer height changes, unless forced', () => {
    const posted: SizeMessage[] = [];
    const report = heightReporter((m) => posted.push(m), 'c1');
    report(500.4);
    report(500.9); // still 501
    report(501);
    report(700);
    report(700, true);
    report(0);
    report(Number.NaN);
    const heights = posted.filter((m) => typeof m !== 'string').map((m) => (m as { height: number }).height);
    expect(heights).toEqual([501, 700, 700]);
    expect(posted.filter((m) => typeof m === 'string')).toEqual([
      'pymxPYMxc1xPYMxheightxPYMx501',
      'pymxPYMxc1xPYMxheightxPYMx700',
      'pymxPYMxc1xPYMxheightxPYMx700',
    ]);
  });
});

describe('parseSizeMessage(data)', () => {
  it.each([
    [{ sentinel: 'amp', type: 'embed-size', height: 812 }, 812],
    [{ sentinel: 'amp', type: 'embed-size', height: 640.2 }, 641],
    ['pymxPYMxgraphicxPYMxheightxPYMx900', 900],
    [{ sentinel: 'amp', type: 'embed-size', height: '812' }, null],
    [{ type: 'embed-size', height: 812 }, null],
    [{ sentinel: 'amp', type: 'embed-size', height: 0 }, null],
    [{ sentinel: 'amp', type: 'embed-size', height: 1e9 }, null],
    ['pymxPYMxgraphicxPYMxheightxPYMx12.5', null],
    [null, null],
  ])('parseSizeMessage(%j) is %s', (data, expected) => {
    expect(parseSizeMessage(data)).toBe(expected);
  });
  it('reads back what sizeMessages sends', () => {
    for (const m of sizeMessages(733.5, 'c1')) expect(parseSizeMessage(m)).toBe(734);
  });
});

describe('pymChildId(search)', () => {
  it.each([
    ['?embed=1&childId=example-1&initialWidth=600', 'example-1'],
    ['?embed=1', null],
    ['?childId=', null],
    ['?childId=a%20b', null],
    ['?childId=axPYMxb', null],
    [`?childId=${'a'.repeat(101)}`, null],
  ])('pymChildId(%s) is %s', (search, expected) => {
    expect(pymChildId(search)).toBe(expected);
  });
});

describe('parseHostMessage(data)', () => {
  it.each([
    [{ type: 'peace-talks:theme', theme: 'dark' }, { type: 'peace-talks:theme', theme: 'dark' }],
    [{ type: 'peace-talks:theme', theme: 'light' }, { type: 'peace-talks:theme', theme: 'light' }],
    [{ theme: 'auto', type: 'peace-talks:theme' }, { type: 'peace-talks:theme', theme: 'auto' }],
    [{ type: 'peace-talks:measure' }, { type: 'peace-talks:measure' }],
  ])('accepts %j', (data, expected) => {
    expect(parseHostMessage(data)).toEqual(expected);
  });
  it.each([
    [null],
    ['peace-talks:theme'],
    [['peace-talks:theme', 'dark']],
    [{ type: 'peace-talks:theme', theme: 'purple' }],
    [{ type: 'peace-talks:theme', theme: 'DARK' }],
    [{ type: 'peace-talks:theme' }],
    [{ type: 'peace-talks:theme', theme: 'dark', accent: 'ff0000' }],
    [{ type: 'peace-talks:measure', height: 10 }],
    [{ sentinel: 'amp', type: 'embed-size', height: 10 }],
    [Object.assign(Object.create({ inherited: true }), { type: 'peace-talks:measure' })],
  ])('ignores %j', (data) => {
    expect(parseHostMessage(data)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { sidesIn, typesIn } from './shown';
import { ev, subsetOf } from './testing';

const events = [
  ev('a', '2025-02-11', { sides: ['russia', 'us'], type: 'summit' }),
  ev('b', '2025-02-12', { sides: ['europe'], type: 'meeting' }),
  ev('c', '2025-02-13', { sides: ['us'], type: 'summit' }),
];

describe('typesIn(subset) and sidesIn(subset)', () => {
  it.each([
    ['all three', events, ['meeting', 'summit'], ['us', 'russia', 'europe']],
    ['the last one', events.slice(2), ['summit'], ['us']],
    ['none', [], [], []],
  ])('%s', (_, list, types, sides) => {
    expect(typesIn(subsetOf(list))).toEqual(types);
    expect(sidesIn(subsetOf(list))).toEqual(sides);
  });
});

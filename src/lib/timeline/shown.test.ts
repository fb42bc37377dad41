import { describe, expect, it } from 'vitest';
import { sidesIn, typesIn } from './shown';
import { ev, subsetOf } from '../../../tests/unit/helpers/timeline-events';

const events = [
  ev('a', '2025-02-11', { sides: ['south', 'north'], type: 'summit' }),
  ev('b', '2025-02-12', { sides: ['east'], type: 'meeting' }),
  ev('c', '2025-02-13', { sides: ['north'], type: 'summit' }),
];
/** The dataset's display order of sides. */
const order = ['west', 'east', 'south', 'north'];

describe('typesIn(subset) and sidesIn(subset)', () => {
  it.each([
    ['all three', events, ['meeting', 'summit'], ['east', 'south', 'north']],
    ['the last one', events.slice(2), ['summit'], ['north']],
    ['none', [], [], []],
  ])('%s', (_, list, types, sides) => {
    expect(typesIn(subsetOf(list))).toEqual(types);
    expect(sidesIn(subsetOf(list, order))).toEqual(sides);
  });
});

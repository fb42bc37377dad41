import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './types';
import { spanOf } from './summary';

const DAY = 86_400_000;
const ev = (earliest: number, latest: number) => ({ date: { earliest, latest } }) as TimelineEvent;

describe('spanOf(events)', () => {
  it('is null for no events', () => {
    expect(spanOf([])).toBeNull();
  });

  it('takes the latest end, which need not be the last event’s (a long event ends after later ones)', () => {
    expect(spanOf([ev(0, 90 * DAY), ev(DAY, 2 * DAY), ev(5 * DAY, 6 * DAY)])).toEqual({ earliest: 0, latest: 90 * DAY });
  });

  it('takes the earliest start in a list out of time order', () => {
    expect(spanOf([ev(5 * DAY, 6 * DAY), ev(-3 * DAY, -2 * DAY), ev(0, DAY)])).toEqual({ earliest: -3 * DAY, latest: 6 * DAY });
  });

  it('spans 300,000 events (spread into Math.max, such a list threw a stack overflow)', () => {
    const events = Array.from({ length: 300_000 }, (_, i) => ev(i * DAY, (i + 2) * DAY));
    expect(spanOf(events)).toEqual({ earliest: 0, latest: 300_001 * DAY });
  });
});

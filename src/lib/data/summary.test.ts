import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './types';
import { parseEdtf } from './edtf';
import { eventsExtent } from './summary';

const DAY = 86_400_000;
const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
const span = (earliest: number, latest: number) => ({ date: { earliest, latest } }) as TimelineEvent;
/** An event dated by an EDTF string, through the real parser. */
const ev = (when: string) => {
  const r = parseEdtf(when);
  if (!r.ok) throw new Error(r.error);
  return { date: r.value } as TimelineEvent;
};

describe('eventsExtent(events)', () => {
  it('spans the earliest start to the latest end, and is null for no events', () => {
    expect(eventsExtent([ev('2025-03-02'), ev('2025-02-28/2025-03-01'), ev('2025-06~')])).toEqual([d('2025-02-28'), d('2025-07-01')]);
    expect(eventsExtent([])).toBeNull();
  });

  it('takes the latest end, which need not be the last event’s (a long event ends after later ones)', () => {
    expect(eventsExtent([span(0, 90 * DAY), span(DAY, 2 * DAY), span(5 * DAY, 6 * DAY)])).toEqual([0, 90 * DAY]);
  });

  it('takes the earliest start in a list out of time order', () => {
    expect(eventsExtent([span(5 * DAY, 6 * DAY), span(-3 * DAY, -2 * DAY), span(0, DAY)])).toEqual([-3 * DAY, 6 * DAY]);
  });

  it('spans 300,000 events (spread into Math.max, such a list threw a stack overflow)', () => {
    const events = Array.from({ length: 300_000 }, (_, i) => span(i * DAY, (i + 2) * DAY));
    expect(eventsExtent(events)).toEqual([0, 300_001 * DAY]);
  });
});

/**
 * Builders of fixed events for the timeline's unit tests (not used by the app). Dates go
 * through the real EDTF parser so the bounds are the ones the app computes.
 */
import { parseEdtf } from '../data/edtf';
import type { EventType, Side, TimelineEvent } from '../data/types';

let order = 0;

export function ev(id: string, when: string, o: { type?: EventType; place?: string; sides?: Side[]; title?: string } = {}): TimelineEvent {
  const r = parseEdtf(when);
  if (!r.ok) throw new Error(r.error);
  return {
    id,
    type: o.type ?? 'meeting',
    status: 'occurred',
    title: { en: o.title ?? id },
    summary: { en: id },
    when,
    place: o.place ?? 'geneva',
    participants: [{ actor: 'someone', role: 'participant' }],
    evidence: [{ source: 'src' }],
    date: r.value,
    order: order++,
    sides: o.sides ?? ['us'],
  };
}

/** Sorts like the loader does and renumbers `order`. */
export function timeOrder(events: TimelineEvent[]): TimelineEvent[] {
  const out = [...events].sort((a, b) => a.date.earliest - b.date.earliest || a.date.latest - b.date.latest || (a.id < b.id ? -1 : 1));
  out.forEach((e, i) => (e.order = i));
  return out;
}

/**
 * The table's columns and the value each sorts by. Text columns sort by what the reader sees
 * (labels in the reader's language); count columns by the number; the date by time order.
 */
import type { TimelineEvent } from '../data/types';

export type ColumnKey = 'date' | 'title' | 'type' | 'place' | 'participants' | 'sources';
/** How a column's order is described in the caption: "oldest first", "A to Z", "most first". */
export type ColumnKind = 'time' | 'text' | 'count';

export const COLUMNS: readonly { key: ColumnKey; kind: ColumnKind }[] = [
  { key: 'date', kind: 'time' },
  { key: 'title', kind: 'text' },
  { key: 'type', kind: 'text' },
  { key: 'place', kind: 'text' },
  { key: 'participants', kind: 'count' },
  { key: 'sources', kind: 'count' },
];

/** What the table needs from the view state to name things; structural, so tests can fake it. */
export interface Labels {
  text(m: Record<string, string> | undefined): { text: string };
  t(key: `type.${TimelineEvent['type']}`): string;
  placeName(id: string): string;
}

export function sortKeyFor(column: ColumnKey, labels: Labels): (e: TimelineEvent) => string | number {
  switch (column) {
    case 'date':
      return (e) => e.order;
    case 'title':
      return (e) => labels.text(e.title).text;
    case 'type':
      return (e) => labels.t(`type.${e.type}`);
    case 'place':
      return (e) => labels.placeName(e.place);
    case 'participants':
      return (e) => new Set(e.participants.map((p) => p.actor)).size;
    case 'sources':
      return (e) => e.evidence.length;
  }
}

import { describe, expect, it } from 'vitest';
import { sortRows, type SortDir } from './sort';

type Row = { id: string; title: string; n: number; order: number };
const rows: Row[] = [
  { id: 'a', title: 'Miami', n: 2, order: 0 },
  { id: 'b', title: 'moscow', n: 11, order: 1 },
  { id: 'c', title: 'Élysée', n: 2, order: 2 },
  { id: 'd', title: 'Abu Dhabi', n: 3, order: 3 },
];
const en = new Intl.Collator('en');

describe('sortRows(rows, key, dir, collator)', () => {
  it.each<[string, (r: Row) => string | number, SortDir, string[]]>([
    ['numbers ascending, ties in incoming order', (r) => r.n, 'ascending', ['a', 'c', 'd', 'b']],
    ['numbers descending, ties still in incoming order', (r) => r.n, 'descending', ['b', 'd', 'a', 'c']],
    ['numbers as numbers, not as text (11 after 3)', (r) => r.n, 'ascending', ['a', 'c', 'd', 'b']],
    ['text by collation: case and accents do not push to the end', (r) => r.title, 'ascending', ['d', 'c', 'a', 'b']],
    ['text descending', (r) => r.title, 'descending', ['b', 'a', 'c', 'd']],
    ['time order reversed', (r) => r.order, 'descending', ['d', 'c', 'b', 'a']],
  ])('%s', (_name, key, dir, expected) => {
    expect(sortRows(rows, key, dir, en).map((r) => r.id)).toEqual(expected);
  });

  it('sorts Arabic text by Arabic collation', () => {
    const ar = [{ t: 'موسكو' }, { t: 'إسطنبول' }, { t: 'ميامي' }, { t: 'أبوظبي' }];
    expect(sortRows(ar, (r) => r.t, 'ascending', new Intl.Collator('ar')).map((r) => r.t)).toEqual(['أبوظبي', 'إسطنبول', 'موسكو', 'ميامي']);
  });

  it('does not change the input', () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.title, 'descending', en);
    expect(rows).toEqual(copy);
  });

  it('sorts 20,000 rows', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ t: `Event ${(i * 7919) % 20_000}`, i }));
    const sorted = sortRows(many, (r) => r.t, 'ascending', en);
    expect(sorted[0].t).toBe('Event 0');
    expect(sorted).toHaveLength(20_000);
  });
});

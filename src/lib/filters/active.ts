/**
 * The active filters as a flat list of removable chips, and what removing one leaves. The free
 * text is not a chip: it stays visible in its own search box. Pure, so the chips, the count on
 * the "Filters" button and the removal logic are tested together.
 *
 * "All of them together" (match=all) is a chip of its own after the actors' while two or more are
 * chosen: removing it goes back to any of them; removing an actor down to one drops it too.
 */
import type { Filters } from '../data/filter';
import { FACETS, type Facet } from '../data/facets';

export type Chip =
  | { facet: Facet | 'series'; value: string }
  | { facet: 'match' }
  | { facet: 'dates'; from: string | null; to: string | null };

const together = (f: Pick<Filters, 'actors' | 'match'>) => f.match === 'all' && f.actors.length > 1;

export function activeChips(f: Filters): Chip[] {
  const chips: Chip[] = [];
  for (const facet of FACETS) {
    chips.push(...(f[facet] as string[]).map((value) => ({ facet, value })));
    if (facet === 'actors' && together(f)) chips.push({ facet: 'match' });
  }
  chips.push(...f.series.map((value) => ({ facet: 'series' as const, value })));
  if (f.from || f.to) chips.push({ facet: 'dates', from: f.from, to: f.to });
  return chips;
}

/** The fields to assign to remove one chip (the date chip clears both ends of the window). */
export function withoutChip(f: Filters, chip: Chip): Partial<Filters> {
  if (chip.facet === 'dates') return { from: null, to: null };
  if (chip.facet === 'match') return { match: 'any' };
  const rest = (f[chip.facet] as string[]).filter((v) => v !== chip.value);
  if (chip.facet === 'actors' && f.match === 'all' && !together({ actors: rest, match: 'all' })) return { actors: rest, match: 'any' };
  return { [chip.facet]: rest };
}

/** A stable key for `#each`. */
export const chipKey = (chip: Chip) => (chip.facet === 'dates' || chip.facet === 'match' ? chip.facet : `${chip.facet}:${chip.value}`);

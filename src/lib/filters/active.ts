/**
 * The active filters as a flat list of removable chips, and what removing one leaves. The free
 * text is not a chip: it stays visible in its own search box. Pure, so the chips, the count on
 * the "Filters" button and the removal logic are tested together.
 */
import type { Filters } from '../data/filter';
import { FACETS, type Facet } from '../data/facets';

export type Chip = { facet: Facet; value: string } | { facet: 'dates'; from: string | null; to: string | null };

export function activeChips(f: Filters): Chip[] {
  const chips: Chip[] = FACETS.flatMap((facet) => (f[facet] as string[]).map((value) => ({ facet, value })));
  if (f.from || f.to) chips.push({ facet: 'dates', from: f.from, to: f.to });
  return chips;
}

/** The fields to assign to remove one chip (the date chip clears both ends of the window). */
export function withoutChip(f: Filters, chip: Chip): Partial<Filters> {
  if (chip.facet === 'dates') return { from: null, to: null };
  return { [chip.facet]: (f[chip.facet] as string[]).filter((v) => v !== chip.value) };
}

/** A stable key for `#each`. */
export const chipKey = (chip: Chip) => (chip.facet === 'dates' ? 'dates' : `${chip.facet}:${chip.value}`);

/**
 * What every layer of one timeline chart shares, handed down by context as LayerCake's root hands
 * its scales to its layers: set once by `<Timeline>`, read by the marks, the legend, the heading
 * and the shared SVG definitions, instead of threading the same props through each of them.
 *
 * Its fields are getters over the root's state, not copies: a layer that reads `chart.activeKey`
 * in markup or `$derived` follows the keyboard. What a layer alone needs (its items, sizes) stays
 * a prop.
 */
import { createContext } from 'svelte';
import type { Side } from '../data/types';

export interface TimelineChart {
  /** Prefix of the chart's element ids (options, hatch patterns, clip paths, headings): unique on the page. */
  readonly uid: string;
  /** Radius of a mark's symbol on the horizontal chart, px. */
  readonly r: number;
  /** The option the listbox's keyboard is on (aria-activedescendant), if any. */
  readonly activeKey: string | null;
  /** The chart has focus from the keyboard: the active option draws the focus ring. */
  readonly ring: boolean;
  /** The side of each side lane when lanes are by side (a mark's dots take their lane's colour), else null. */
  readonly laneSides: ReadonlyMap<string, Side> | null;
  /** The reader chose an option: an event opens its details, a group zooms to its period. */
  open(key: string): void;
}

export const [getChartContext, setChartContext] = createContext<TimelineChart>();

/**
 * Hebrew: its strings, feature by feature, and its month names, in one chunk
 * fetched when a page first shows Hebrew (the loader is its row in ../../languages.ts).
 * A missing feature here, or a missing key in one of its files, is a type error.
 */
import type { LanguagePack } from '../../strings';
import core from './core';
import timeline from './timeline';
import filters from './filters';
import table from './table';
import network from './network';
import embed from './embed';
import present from './present';
import map from './map';
import reader from './reader';
import months from './months';

export default {
  strings: { ...core, ...timeline, ...filters, ...table, ...network, ...embed, ...present, ...map, ...reader },
  months,
} satisfies LanguagePack;

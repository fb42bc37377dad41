/**
 * English, the reference pack: its keys are `StringKey` (../../strings.ts), which every other
 * language's pack must have, each file the keys of its English twin. One chunk, fetched when
 * a page first shows English (the loader is its row in ../../languages.ts).
 */
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
};

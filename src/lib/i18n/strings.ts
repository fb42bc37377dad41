/**
 * All UI string tables, merged. Each feature keeps its own table in ./strings/<feature>.ts,
 * exporting `en` (the keys) and one table per language of ./languages.ts. The types below make
 * a missing language or a missing key a type error that names the file.
 */
import { LANGS, type Lang } from './languages';
import * as core from './strings/core';
import * as timeline from './strings/timeline';
import * as filters from './strings/filters';
import * as table from './strings/table';
import * as network from './strings/network';
import * as embed from './strings/embed';
import * as present from './strings/present';
import * as map from './strings/map';
import * as reader from './strings/reader';

/** A feature's tables: every interface language, each with exactly the keys of `en`. */
type Complete<E> = { en: E } & { [L in Lang]: Record<keyof E, string> };
const complete = <E extends Record<string, string>>(f: Complete<E>) => f;

const features = [complete(core), complete(timeline), complete(filters), complete(table), complete(network), complete(embed), complete(present), complete(map), complete(reader)];

const en = { ...core.en, ...timeline.en, ...filters.en, ...table.en, ...network.en, ...embed.en, ...present.en, ...map.en, ...reader.en };
export type StringKey = keyof typeof en;

export const tables = Object.fromEntries(
  LANGS.map((lang) => [lang, Object.assign({}, ...features.map((f) => f[lang])) as Record<StringKey, string>]),
) as { [L in Lang]: Record<StringKey, string> };

export { LANGS, isLang, type Lang } from './languages';

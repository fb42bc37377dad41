/**
 * All UI string tables, merged. Each feature keeps its own table in ./strings/<feature>.ts
 * exporting `en` and `ar` (ar typed to have exactly en's keys). Adding a language: add its
 * table to every file and a date-fns locale in ./dates.ts.
 */
import * as core from './strings/core';
import * as timeline from './strings/timeline';
import * as filters from './strings/filters';
import * as table from './strings/table';
import * as network from './strings/network';
import * as embed from './strings/embed';
import * as present from './strings/present';
import * as map from './strings/map';

export const tables = {
  en: { ...core.en, ...timeline.en, ...filters.en, ...table.en, ...network.en, ...embed.en, ...present.en, ...map.en },
  ar: { ...core.ar, ...timeline.ar, ...filters.ar, ...table.ar, ...network.ar, ...embed.ar, ...present.ar, ...map.ar },
} as const;

export type StringKey = keyof typeof tables.en;
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (x: unknown): x is Lang => x === 'ar' || x === 'en';

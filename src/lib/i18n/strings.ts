/**
 * All UI string tables, merged. Adding a feature's strings: add a file in ./strings/ exporting
 * `en` and `ar` and spread it below. Adding a language: add its table to every file and a
 * date-fns locale in ./locale.ts.
 */
import * as core from './strings/core';

export const tables = {
  en: { ...core.en },
  ar: { ...core.ar },
} as const;

export type StringKey = keyof typeof tables.en;
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (x: unknown): x is Lang => x === 'ar' || x === 'en';

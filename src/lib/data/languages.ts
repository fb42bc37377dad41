/**
 * The languages a dataset's texts are written in (its content languages), which need not be the
 * interface's: an English-and-Ukrainian file read in Hebrew is fine. Pure; read by the loader's
 * "missing language" warnings, the CSV columns and the fallback of every text.
 */
import type { Meta } from './types';

/** `meta.languages`, else the languages of the dataset's title, in their order. */
export function contentLanguages(meta: Pick<Meta, 'languages' | 'title'>): string[] {
  return meta.languages ? [...meta.languages] : Object.keys(meta.title);
}

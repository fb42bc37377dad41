/**
 * The one guard against CSV injection, for every CSV the project writes (csv.ts for the data
 * format, present/export-data.ts for the reader's download). Excel and Sheets run a cell that
 * starts with = + - @ (or tab, CR) as a formula, and an East Asian spreadsheet also takes the
 * full-width forms ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) for them. Such a cell gets a
 * leading apostrophe (OWASP's advice) and the import strips it. A value that itself starts with
 * an apostrophe followed by one of those (or another apostrophe) is prefixed too, so the strip is
 * exactly reversible; a lone leading apostrophe ("'90s") is left alone both ways.
 */
const STARTERS = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';
const FORMULA = new RegExp(`^[${STARTERS}]`);
const GUARDED = new RegExp(`^'[${STARTERS}']`);

export const guardCell = (value: string): string => (FORMULA.test(value) || GUARDED.test(value) ? `'${value}` : value);
export const unguardCell = (cell: string): string => (GUARDED.test(cell) ? cell.slice(1) : cell);

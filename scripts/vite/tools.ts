/**
 * What the dataset plugin needs from the app's own modules (the validator, the string tables,
 * with every language's pack loaded), gathered in one module that dataset.ts loads with Vite's module runner when a hook first
 * needs it. Imported statically, the config would pull the app's extensionless imports into
 * the config bundle, which Vite's coming native config loader cannot read (and warns about).
 */
import { LANGS } from '../../src/lib/i18n/languages';
import { loadLanguage } from '../../src/lib/i18n/strings';
export { checkDatasetFile, checkedAsIs } from '../check-dataset';
export { formatProblem } from '../../src/lib/data/load';
export { LANGS } from '../../src/lib/i18n/languages';
export { pageWords, writePage } from './page-words';

// index.html's words are in every language the dataset has: all the packs, loaded once.
await Promise.all(LANGS.map(loadLanguage));

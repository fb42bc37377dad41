/**
 * Loads every interface language's pack (strings and date locale) before the unit tests: the
 * page fetches them one at a time (src/lib/i18n/strings.ts), but a pure function's test of
 * Ukrainian dates or Arabic plurals should not have to.
 */
import { LANGS } from '../../src/lib/i18n/languages';
import { loadLanguage } from '../../src/lib/i18n/strings';

await Promise.all(LANGS.map(loadLanguage));

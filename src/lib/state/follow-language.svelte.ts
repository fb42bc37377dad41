/**
 * Fetches the words of the language asked for (`app.wanted`: the address's, the dataset's
 * default, the browser's) when they are not loaded yet (i18n/strings.ts), and records each
 * language that arrives; the view state's `language` then switches to it, every word, date and
 * direction in one frame. Until then the page stays whole in the language it shows: never raw
 * keys, never two languages on one screen. If the words cannot be fetched (offline), the page
 * stays as it is, says so (`langFailed`, shown by Notices.svelte with a button that calls
 * `fetchWanted` again), and tries again when the connection comes back and at the next switch.
 * Call once, from the root component.
 */
import { chooseLanguage } from '../i18n/languages';
import { loadedLanguages, loadLanguage } from '../i18n/strings';
import type { Dataset } from '../data/types';
import type { ViewState } from './view-state.svelte';

export function followLanguage(app: ViewState): void {
  $effect(() => {
    const wanted = app.wanted;
    if (app.langsLoaded.includes(wanted)) {
      app.langSettled = wanted;
      return;
    }
    // Without lang= in the address, the dataset may still choose: nothing to fetch before it is
    // in (main.ts has fetched the default dataset's language, or the browser's).
    if (!app.lang && !app.dataset) return;
    fetchWanted(app);
  });
  $effect(() => {
    const again = () => app.langFailed && fetchWanted(app);
    addEventListener('online', again);
    return () => removeEventListener('online', again);
  });
}

/** Fetches the words of the language asked for; a failure is recorded for the page to say. */
export function fetchWanted(app: ViewState): void {
  const wanted = app.wanted;
  loadLanguage(wanted).then(
    () => {
      if (app.langFailed === wanted) app.langFailed = null;
      app.langsLoaded = loadedLanguages();
    },
    () => (app.langFailed = wanted),
  );
}

/**
 * Loads the words of the language a dataset will be shown in, before the app takes the dataset:
 * its first view is drawn once, in its own language, even when the dataset (another than the
 * build's, `?data=`) chooses another language than main.ts fetched first.
 */
export async function loadLanguageFor(app: ViewState, dataset: Dataset): Promise<void> {
  await loadLanguage(chooseLanguage(app.lang, dataset.meta.defaultLanguage, app.browserLang)).catch(() => {});
  app.langsLoaded = loadedLanguages();
}

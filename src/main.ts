import { mount } from 'svelte';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/print.css';
import App from './App.svelte';
import { parseParams } from './lib/state/params';
import { allowedDataOrigins, DEFAULT_DATA_LANG, resolveDataUrl } from './lib/data/data-url';
import { startLoading } from './lib/data/load-client';
import { viewModule, views } from './lib/views/registry';
import { browserLanguage, chooseLanguage } from './lib/i18n/languages';
import { loadSomeLanguage } from './lib/i18n/strings';
import { formatNumber, listOf } from './lib/i18n/translate';

// The app mounts once the words of its first language are here (only that language's are
// fetched): the address's, else the default dataset's (known at build), else the browser's,
// as the view state chooses. Another dataset (?data=) may choose another once it is in.
// Requested first: the words are small and the mount waits for them, so on a slow connection
// they must not queue behind the data; the app then sets up while the data arrives.
const first = parseParams(location.search).params;
const lang = chooseLanguage(first.lang, first.data ? undefined : DEFAULT_DATA_LANG, browserLanguage(navigator.languages ?? [navigator.language]));
const words = loadSomeLanguage(lang); // another language's, if the page's cannot be fetched

// The data and the first view's code are requested before the app mounts, so they arrive
// while it sets up; the app takes them from there (and reports any problem with the URL).
// A microtask later: the words' import goes out in one (Vite's loader), and the code asked for
// here would be ahead of it, on a connection of six at a time.
queueMicrotask(() => {
  const target = resolveDataUrl(first.data, location.href, allowedDataOrigins());
  if (target.ok) startLoading(target.url);
  void Promise.resolve(viewModule(views[first.view] ?? views.list)).catch(() => {});
});

// The page's first Intl object loads the browser's ICU data: 50-140 ms on a desktop (and four
// times that on a phone) that the first render paid. Paid now, while the data and the words are
// on their way (the requests are out); the number format made here is the one counts use, and
// the list format the one the first view's names use (its own data: ~20 ms at 4x slowdown).
setTimeout(() => {
  formatNumber(0, lang, first.digits);
  listOf([], lang);
});
void words
  .catch(() => {})
  .then(() => mount(App, { target: document.getElementById('app')! }));

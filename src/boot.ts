/**
 * The page's first script (scripts/vite/boot-script.ts puts it in index.html, `async`): it asks
 * for the page's own dataset the moment the page is parsed, while the app's code (~56 KB gzip)
 * is still on its way; the app takes the answer (data/request.ts). A page whose address names
 * another dataset (`data=`, state/params.ts) is left to the app, which checks that address first.
 */
import { DEFAULT_DATA } from './lib/data/data-url';
import { sendRequest } from './lib/data/request';

if (!new URLSearchParams(location.search).has('data')) sendRequest(new URL(DEFAULT_DATA, location.href).href);

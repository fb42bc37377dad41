/**
 * The page's first script (scripts/vite/boot-script.ts puts it in index.html, `async`): it asks
 * for the page's dataset the moment the page is parsed, while the app's code (~56 KB gzip) is
 * still on its way; the app takes the answer (data/request.ts). The dataset is the one the
 * address names (`data=`), under the rule the app applies (data-url.ts), else the page's own; an
 * address the rule refuses sends nothing, and the app reports it.
 */
import { allowedDataOrigins, dataParamIn, resolveDataUrl } from './lib/data/data-url';
import { sendRequest } from './lib/data/request';

const target = resolveDataUrl(dataParamIn(location.search), location.href, allowedDataOrigins());
if (target.ok) sendRequest(target.url);

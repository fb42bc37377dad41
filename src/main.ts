import { mount } from 'svelte';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/print.css';
import App from './App.svelte';
import { parseParams } from './lib/state/params';
import { allowedDataOrigins, resolveDataUrl } from './lib/data/data-url';
import { startLoading } from './lib/data/load-client';
import { views } from './lib/views/registry';

// The data and the first view's code are requested before the app mounts, so they arrive
// while it sets up; the app takes them from there (and reports any problem with the URL).
const first = parseParams(location.search).params;
const target = resolveDataUrl(first.data, location.href, allowedDataOrigins());
if (target.ok) startLoading(target.url);
void (views[first.view] ?? views.list)().catch(() => {});

mount(App, { target: document.getElementById('app')! });

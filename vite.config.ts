import { defineConfig, loadEnv } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { parseDataOrigins } from './src/lib/data/data-url.ts';
import { contentSecurityPolicy } from './scripts/vite/csp.ts';
import { datasetPlugin } from './scripts/vite/dataset.ts';
import { bootScript } from './scripts/vite/boot-script.ts';
import { compileHints } from './scripts/vite/compile-hints.ts';

// DATASET=path/to/file.json chooses the page's dataset (scripts/vite/dataset.ts); VITE_DATA_ORIGINS
// (from the environment or a .env file) the other origins its ?data= may load from.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [svelte(), datasetPlugin(), bootScript(), compileHints(), contentSecurityPolicy(parseDataOrigins(loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_ORIGINS))],
  build: { target: 'es2022', assetsInlineLimit: 0 },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
}));

/**
 * The build's own dataset: `DATASET=path/to/file.json npm run build` (or `npm run dev`) makes
 * that file the page's default, and data/peace-talks.json stays the default without it.
 *
 * - The page fetches it as `data/<file name>` (VITE_DEFAULT_DATA, read by data-url.ts), relative
 *   to the page, so the build works from any sub-path.
 * - The build ships that file, the source texts it names (`sources[].text`, relative to it) and
 *   its pictures for readers without JavaScript (`<name>.fallback-<lang>.png` beside it, made
 *   by `npm run fallback`) as `fallback-<lang>.png`; no other dataset. The dev server serves the
 *   file's folder under /data/ (so `?data=data/other.json` works there too) and the pictures.
 * - index.html's words come from its `meta` (page-words.ts).
 * - A build refuses a dataset with errors, printed as `npm run validate` prints them. One that
 *   loads as it stands is given to the page by its print (VITE_DEFAULT_DATA_CHECKED, see
 *   check-dataset.ts's `checkedAsIs`), so the page loads those bytes without the schema's code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { BUNDLED_DATASET } from '../../src/lib/data/data-url.ts';
import type { Meta } from '../../src/lib/data/types.ts';

type Tools = typeof import('./tools.ts');
let tools: Promise<Tools> | null = null;
/** The app's modules, through Vite's module runner (see tools.ts), loaded once. */
const loadTools = () => (tools ??= runnerImport<Tools>(path.resolve(import.meta.dirname, 'tools.ts'), { configFile: false, logLevel: 'silent' }).then((r) => r.module));

/** The picture of a dataset's default view in a language, as `npm run fallback` writes it beside the dataset. */
export const picturePath = (datasetFile: string, lang: string) => datasetFile.replace(/\.json$/, `.fallback-${lang}.png`);

export function datasetPlugin(file = process.env.DATASET || BUNDLED_DATASET): Plugin {
  const datasetFile = path.resolve(file);
  const dir = path.dirname(datasetFile);
  const name = path.basename(datasetFile);
  if (!fs.existsSync(datasetFile) || !name.endsWith('.json')) throw new Error(`DATASET=${file}: expected a .json dataset file, found none there`);

  const read = () => JSON.parse(fs.readFileSync(datasetFile, 'utf8')) as { meta: Meta; sources?: { text?: string }[] };
  const pictures = (langs: readonly string[]) => langs.filter((l) => fs.existsSync(picturePath(datasetFile, l)));
  const served = (rel: string) => /\.(json|txt|csv)$/.test(rel);

  return {
    name: 'dataset',
    // Its address, its default language, whose words the page fetches first (main.ts), and its
    // print when it loads as it stands (read as the server starts: an edit after that is checked).
    // `vite preview` serves a build as it is: nothing to define.
    config: async (_config, { isPreview }) =>
      isPreview
        ? {}
        : {
            define: {
              'import.meta.env.VITE_DEFAULT_DATA': JSON.stringify(`data/${name}`),
              'import.meta.env.VITE_DEFAULT_DATA_LANG': JSON.stringify(read().meta.defaultLanguage ?? ''),
              'import.meta.env.VITE_DEFAULT_DATA_CHECKED': JSON.stringify((await loadTools()).checkedAsIs(datasetFile)),
            },
          },
    async buildStart() {
      const { checkDatasetFile, formatProblem } = await loadTools();
      const checked = checkDatasetFile(datasetFile);
      if (!checked.ok) this.error(`DATASET ${file}: ${checked.message}`);
      else if (checked.errors) {
        const errors = checked.problems.filter((p) => p.severity === 'error').map(formatProblem);
        this.error(`DATASET ${file} has ${checked.errors} errors (see docs/DATASET.md):\n${errors.join('\n')}`);
      }
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { LANGS, pageWords, writePage } = await loadTools();
        return writePage(html, pageWords(read().meta, { dataUrl: `data/${name}`, pictures: pictures(LANGS) as typeof LANGS }));
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]);
        const picture = /^\/fallback-([a-z]+)\.png$/.exec(url);
        const rel = url.startsWith('/data/') ? url.slice('/data/'.length) : null;
        const target = picture ? picturePath(datasetFile, picture[1]) : rel && served(rel) ? path.resolve(dir, rel) : null;
        if (!target || !target.startsWith(dir + path.sep) || !fs.existsSync(target)) return next();
        res.setHeader('Content-Type', picture ? 'image/png' : target.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8');
        fs.createReadStream(target).pipe(res);
      });
    },
    async generateBundle() {
      const { LANGS } = await loadTools();
      const emit = (fileName: string, from: string) => this.emitFile({ type: 'asset', fileName, source: fs.readFileSync(from) });
      emit(`data/${name}`, datasetFile);
      const texts = new Set((read().sources ?? []).flatMap((s) => (typeof s.text === 'string' ? [s.text] : [])));
      for (const text of texts) emit(`data/${text}`, path.resolve(dir, text));
      for (const lang of pictures(LANGS)) emit(`fallback-${lang}.png`, picturePath(datasetFile, lang));
    },
  };
}

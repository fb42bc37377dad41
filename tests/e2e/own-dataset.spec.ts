/**
 * A newsroom's own process: the app built with `DATASET=tests/fixtures/talassa.json` (a
 * fictional process, English first, seven sides, none of the bundled ones) into dist-own/, with
 * one other data origin allowed (VITE_DATA_ORIGINS). The spec builds it itself, because the
 * allowed origin is a port chosen now, then serves it with `vite preview` on a free port; the
 * other specs' dist/ is not touched.
 *
 * It checks what a newsroom ships: the page, its words and its files name only their process
 * (nothing of the bundled one outside dist-own/data), the source texts travel with the data,
 * and the CSP lets the page load from the allowed origin and nowhere else.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, TALASSA } from './fixtures';
import { serve } from './host';
import { freePort } from '../../scripts/free-port';

const DATASET = TALASSA;
const OUT = 'dist-own';
const fixture = JSON.parse(fs.readFileSync(DATASET, 'utf8'));
const other = fs.readFileSync('tests/fixtures/mini.json');

/**
 * Words that name the bundled process's parties, people and seat of power. Word-bounded, so
 * "Ukrainian" (a language of the interface) is not one. The map's basemap names every country
 * of the world; those names are taken out before looking (below).
 */
const BUNDLED_NAMES = /\b(Russia|Russian Federation|Ukraine|Kremlin|Putin|Zelensky|Zelenskyy|Witkoff|Kushner|Umerov|Dmitriev|Ushakov|Rubio|Trump)\b|روسيا|أوكرانيا|الكرملين|بوتين|زيلينسكي|ويتكوف|كوشنر/gi;

const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));

test.describe('a build with its own DATASET', () => {
  // One build for the whole file: its tests share it, in one worker.
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  test.skip(!!process.env.PW_DEV, 'builds and serves its own copy of the app');

  let preview: ChildProcess;
  let app: string;
  let allowed: Awaited<ReturnType<typeof serve>>;

  test.beforeAll(async () => {
    test.setTimeout(180_000); // a build on a busy machine
    allowed = await serve((_, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.end(other);
    });
    const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, DATASET, VITE_DATA_ORIGINS: allowed.origin },
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`the build with DATASET=${DATASET} failed:\n${built.stderr}${built.stdout}`);
    const port = await freePort();
    app = `http://127.0.0.1:${port}/`;
    preview = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', OUT, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
    await expect.poll(() => fetch(app).then((r) => r.ok, () => false), { timeout: 30_000 }).toBe(true);
  });

  test.afterAll(async () => {
    preview?.kill();
    await allowed?.close();
  });

  test('its files name no party of the bundled process, outside its data', () => {
    const found = files(OUT)
      .filter((f) => !f.startsWith(path.join(OUT, 'data') + path.sep) && /\.(html|js|css|json|svg|txt)$/.test(f))
      .flatMap((f) => {
        // The basemap (world-atlas) names every country; they are geography, not the process.
        const text = fs.readFileSync(f, 'utf8').replace(/"properties":\{"name":"[^"]*"\}/g, '');
        return [...text.matchAll(BUNDLED_NAMES)].map((m) => `${f}: ${m[0]}`);
      });
    expect(found).toEqual([]);
    // Its data and the source text it quotes are shipped; the bundled dataset is not.
    expect(fs.readdirSync(path.join(OUT, 'data')).sort()).toEqual(['sources', 'talassa.json']);
    expect(fs.readdirSync(path.join(OUT, 'data/sources'))).toEqual(['talassa-herald-2031-03-04.txt']);
  });

  test('opens on its process, in English, with its seven sides', async ({ page }) => {
    await page.goto(app);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixture.meta.title.en);
    // The app isolates the data's title (FSI...PDI), so that its direction cannot reorder the rest.
    await expect(page).toHaveTitle(`\u2068${fixture.meta.title.en}\u2069 · Peace talks timeline`);
    await page.getByRole('button', { name: /^Filters/ }).click();
    const sides = page.getByRole('group', { name: 'Sides' }).getByRole('checkbox');
    await expect(sides).toHaveCount(7);
    await expect(sides.first()).toHaveAccessibleName(/Norvania/);
    await expect(page.getByText(fixture.meta.credit.en)).toBeVisible();
  });

  test('without JavaScript, it says so in its languages and links its data', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app);
    await expect(page).toHaveTitle(`${fixture.meta.title.en} · Peace talks timeline`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', fixture.meta.description.en);
    await expect(page.locator('p[lang="en"]')).toHaveText('This dashboard needs JavaScript. The data is available as JSON. Below is a picture of its default view.');
    await expect(page.locator('p[lang="ar"]').getByRole('link', { name: 'JSON' })).toHaveAttribute('href', 'data/talassa.json');
    // Its own picture (tests/fixtures/talassa.fallback-en.png, by `npm run fallback`), not the bundled one's.
    const img = page.getByRole('img', { name: 'The Talassa Strait talks, 2031: the events in time order, by side.' });
    await expect(img).toHaveAttribute('src', 'fallback-en.png');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1200);
    expect(fs.readFileSync(path.join(OUT, 'fallback-en.png')).equals(fs.readFileSync('tests/fixtures/talassa.fallback-en.png'))).toBe(true);
    expect(fs.existsSync(path.join(OUT, 'fallback-ar.png'))).toBe(false);
    await context.close();
  });

  test("loads its own file without the schema's code, and checks a changed file at its address", async ({ page }) => {
    // The schema's chunk: the one file of the build that holds its messages.
    const schema = files(path.join(OUT, 'assets')).filter((f) => f.endsWith('.js') && fs.readFileSync(f, 'utf8').includes('text of at most 20000 characters'));
    expect(schema).toHaveLength(1);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const events = page.getByRole('list', { name: 'Events in time order' }).getByRole('listitem');

    await page.goto(`${app}?lang=en&view=list`);
    await expect(events).toHaveCount(fixture.events.length);
    expect(fetched).toContain('/data/talassa.json');
    expect(fetched.filter((f) => f.endsWith(path.basename(schema[0])))).toEqual([]);

    // Edited after the build: the same address, other bytes. Its event with a number for a title
    // is rejected by the schema, with the field named, and the rest is shown.
    const changed = structuredClone(fixture);
    changed.events[1].title.en = 42;
    await page.route('**/data/talassa.json', (route) => route.fulfill({ json: changed }));
    await page.goto(`${app}?lang=en&view=list`);
    await expect(events).toHaveCount(fixture.events.length - 1);
    await page.getByText('1 event in the data file was rejected and is not shown.').click();
    await expect(page.getByText(`events › ${fixture.events[1].id} › title.en: expected string, found 42`)).toBeVisible();
    expect(fetched.filter((f) => f.endsWith(path.basename(schema[0])))).toHaveLength(1);
  });

  test('loads ?data= from the allowed origin, and refuses another with a message', async ({ page }) => {
    await page.goto(`${app}?lang=en&view=list&data=${encodeURIComponent(`${allowed.origin}/other.json`)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mini fixture');
    expect(allowed.requests).toEqual(['/other.json']);

    const refused = await serve((_, res) => res.end(other));
    await page.goto(`${app}?lang=en&data=${encodeURIComponent(`${refused.origin}/other.json`)}`);
    await expect(page.getByRole('alert')).toContainText(`data from ${refused.origin} is not allowed on this site`);
    expect(refused.requests).toEqual([]);
    await refused.close();
  });
});

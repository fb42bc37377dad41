/**
 * An article on another origin that embeds the dashboard, for the embed specs: a throwaway
 * server on localhost (the app is on 127.0.0.1) serving tests/fixtures/host.html with the
 * embed code in place of its EMBED comment, and the checks of a frame's height against its content.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { expect } from './fixtures';
import { DEFAULTS, type ViewParams } from '../../src/lib/state/params';
import { OPEN_EMBED, embedSnippet, embedUrl, fullUrl, type EmbedOptions } from '../../src/lib/embed/snippet';

export const EMBED = 'iframe[data-peace-talks-embed]';
export const hostTemplate = fs.readFileSync('tests/fixtures/host.html', 'utf8');

/** A throwaway HTTP server on localhost (another origin than the app on 127.0.0.1). */
export async function serve(handler: http.RequestListener): Promise<{ origin: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://localhost:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The embed code for a view, exactly as the dialog builds it. */
export function code(appUrl: string, view: Partial<ViewParams>, options: Partial<EmbedOptions> = {}): string {
  const params: ViewParams = { ...structuredClone(DEFAULTS), ...view };
  const src = embedUrl(appUrl, params, { ...OPEN_EMBED, theme: 'light', accent: null, ...options }, 'en');
  return embedSnippet({ pageUrl: appUrl, src, full: fullUrl(appUrl, params), title: 'Timeline', alt: 'Timeline', lang: 'en' });
}

/** Opens the article with the embed and waits until the embedded app has its data. */
export async function openArticle(page: Page, appUrl: string, snippet: string, { waitForApp = true } = {}) {
  const host = await serve((_, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(hostTemplate.replace('<!-- EMBED -->', snippet));
  });
  await page.goto(`${host.origin}/article.html`);
  if (waitForApp) await expect(page.frameLocator(EMBED).locator('main[aria-busy="false"]')).toBeAttached({ timeout: 15_000 });
  const frame = () => page.frames().find((f) => f.url().includes('embed=1')) as Frame;
  return { host, frame };
}

/** The frame's height on the article and the height of the content inside it. */
export async function heights(page: Page) {
  const frameHeight = await page.locator(EMBED).evaluate((f) => f.getBoundingClientRect().height);
  const contentHeight = await page.frameLocator(EMBED).locator('html').evaluate((html) => html.getBoundingClientRect().height);
  return { frameHeight, contentHeight };
}
export async function expectFrameFitsContent(page: Page) {
  await expect.poll(async () => {
    const h = await heights(page);
    return Math.abs(h.frameHeight - Math.ceil(h.contentHeight));
  }).toBeLessThanOrEqual(1);
  return (await heights(page)).frameHeight;
}

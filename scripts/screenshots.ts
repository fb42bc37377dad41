/**
 * `npm run screenshots`: captures the built app as a reader sees it (light, dark, Arabic,
 * English, phone width, projector) into screenshots/, for people to look at before closing an
 * issue. Serves dist/ with `vite preview` itself.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromiumArgs } from '../playwright.config';

const port = Number(process.env.PW_PORT ?? 4199);
const base = `http://127.0.0.1:${port}/`;
const shots: { name: string; query: string; width: number; height: number; full?: boolean; scheme?: 'light' | 'dark' }[] = [
  { name: 'ar-light', query: '?theme=light', width: 1440, height: 900 },
  { name: 'en-light', query: '?lang=en&theme=light', width: 1440, height: 900 },
  { name: 'ar-dark', query: '?theme=dark', width: 1440, height: 900 },
  { name: 'en-dark-detail', query: '?lang=en&theme=dark&event=2025-12-02-moscow-putin-witkoff-kushner', width: 1440, height: 900 },
  { name: 'ar-detail', query: '?event=2025-12-04-miami-us-ua-talks', width: 1440, height: 900 },
  { name: 'en-phone', query: '?lang=en', width: 375, height: 812, full: true },
  { name: 'ar-phone', query: '', width: 375, height: 812 },
  { name: 'en-projector', query: '?lang=en&mode=present', width: 1920, height: 1080 },
  ...(process.env.SHOTS ? JSON.parse(process.env.SHOTS) : []),
];

const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(base);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined), args: chromiumArgs });
  fs.mkdirSync('screenshots', { recursive: true });
  const only = process.argv.slice(2);
  for (const s of shots.filter((s) => !only.length || only.includes(s.name))) {
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height }, colorScheme: s.scheme ?? 'light', locale: 'en-GB' });
    await page.goto(base + s.query);
    await page.waitForSelector('main[aria-busy="false"]');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `screenshots/${s.name}.png`, fullPage: s.full ?? false });
    await page.close();
    console.log(`screenshots/${s.name}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}

import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
    // Every language's words, loaded before the tests (the page loads them one at a time).
    setupFiles: ['tests/unit/languages-setup.ts'],
    // Dates are calendar dates in UTC everywhere in the app. The tests run in a zone that is
    // not UTC (with daylight saving), so local-time arithmetic fails them on any machine.
    env: { TZ: 'America/Los_Angeles' },
  },
});

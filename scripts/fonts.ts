/**
 * `npm run fonts`: cuts the Arabic and Latin core files out of Fontsource's IBM Plex Sans Arabic files and writes
 * src/styles/fonts.css (scripts/fonts-css.ts says what and why). A test checks both are up to date.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { CORES, WEIGHTS, coreFile, cutCore, fontsCss, type Core } from './fonts-css';

fs.mkdirSync('src/styles/fonts', { recursive: true });
for (const core of Object.keys(CORES) as Core[]) {
  for (const weight of WEIGHTS) {
    const file = await cutCore(core, weight);
    fs.writeFileSync(coreFile(core, weight), file);
    console.log(`wrote ${coreFile(core, weight)} (${(file.length / 1024).toFixed(1)} KB)`);
  }
}
// The core files are a Modified Version under the SIL Open Font License: its text goes with them.
fs.copyFileSync(createRequire(import.meta.url).resolve('@fontsource/ibm-plex-sans-arabic/LICENSE'), 'src/styles/fonts/OFL.txt');
fs.writeFileSync('src/styles/fonts.css', fontsCss());
console.log('wrote src/styles/fonts.css');

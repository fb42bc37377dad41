/**
 * `npm run fonts`: cuts the Arabic core files out of Fontsource's Arabic files and writes
 * src/styles/fonts.css (scripts/fonts-css.ts says what and why). A test checks both are up to date.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { WEIGHTS, coreFile, cutCore, fontsCss } from './fonts-css';

fs.mkdirSync('src/styles/fonts', { recursive: true });
for (const weight of WEIGHTS) {
  const file = await cutCore(weight);
  fs.writeFileSync(coreFile(weight), file);
  console.log(`wrote ${coreFile(weight)} (${(file.length / 1024).toFixed(1)} KB)`);
}
// The core files are a Modified Version under the SIL Open Font License: its text goes with them.
fs.copyFileSync(createRequire(import.meta.url).resolve('@fontsource/ibm-plex-sans-arabic/LICENSE'), 'src/styles/fonts/OFL.txt');
fs.writeFileSync('src/styles/fonts.css', fontsCss());
console.log('wrote src/styles/fonts.css');

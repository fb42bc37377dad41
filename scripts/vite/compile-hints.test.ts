import { expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMPILE_HINT, compileHints } from './compile-hints';

it('writes the compile hint at the head of every built chunk, once, and leaves other files alone', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hints-'));
  fs.writeFileSync(path.join(dir, 'a.js'), 'const __vite__mapDeps=0;export{};');
  fs.writeFileSync(path.join(dir, 'b.css'), 'a{}');
  const bundle = { 'a.js': { type: 'chunk', fileName: 'a.js' }, 'b.css': { type: 'asset', fileName: 'b.css' } };
  const write = compileHints().writeBundle as unknown as (o: { dir: string }, b: typeof bundle) => void;
  write({ dir }, bundle);
  write({ dir }, bundle);
  expect(fs.readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe(`${COMPILE_HINT}const __vite__mapDeps=0;export{};`);
  expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  expect(fs.readFileSync(path.join(dir, 'b.css'), 'utf8')).toBe('a{}');
});

/**
 * What the command-line tools (validate, import, export-csv) share, so each rule is kept once:
 *
 * - A file is read as UTF-8 or refused: Excel's "CSV" in an Arabic Windows locale is
 *   Windows-1256, which Node would silently turn into replacement characters. A UTF-8
 *   byte-order mark is accepted and dropped, as the browser does.
 * - Anything printed passes through `visible`: a file's text (in a problem, or in JSON.parse's
 *   own message) may hold terminal escape sequences or bidi overrides, shown as \uXXXX instead.
 * - A file is written whole or not at all: into a temporary file beside it, then renamed; a
 *   folder or a missing folder is a clear error, never a stack trace after a claimed success.
 */
import fs from 'node:fs';
import path from 'node:path';
import { visible } from '../src/lib/data/load';

/** A problem the person running the command can fix: printed as one line, exit code 1. */
export class CliError extends Error {}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const [n, min, max] = b < 0x80 ? [0, 0, 0] : b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf] : b === 0xe0 ? [2, 0xa0, 0xbf] : b === 0xed ? [2, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf] : b === 0xf0 ? [3, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf] : b === 0xf4 ? [3, 0x80, 0x8f] : [-1, 0, 0];
    if (n < 0) return i;
    // The second byte has the narrower range (no overlong forms, no surrogates); the rest 80-BF.
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** The text of `bytes`, without a leading byte-order mark; a CliError naming the file and the line when it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string, saveAs: string): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    throw new CliError(`${file}: not UTF-8 text (byte 0x${byte} on line ${line}; Excel's Arabic "CSV" is Windows-1256): ${saveAs}; nothing was written`);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Advice for a data file that is not UTF-8. */
export const SAVE_JSON = 'save it as UTF-8 in your editor';
/** Advice for a sheet that is not UTF-8. */
export const SAVE_CSV = 'save as CSV UTF-8 (in Excel: File › Save As › "CSV UTF-8 (Comma delimited)")';

/** A file's text, read as UTF-8 (see decodeUtf8); a CliError when it cannot be read. */
export function readUtf8(file: string, saveAs: string): string {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new CliError(`${file}: ${reason(e)}`);
  }
  return decodeUtf8(bytes, file, saveAs);
}

/** JSON from a UTF-8 file; a CliError with the parser's message (made visible when printed). */
export function readJson(file: string): unknown {
  const text = readUtf8(file, SAVE_JSON);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${file}: ${(e as Error).message}`);
  }
}

/** Writes `text` to `file` whole or not at all: a temporary file in the same folder, then a rename. */
export function writeWhole(file: string, text: string): void {
  const dir = path.dirname(path.resolve(file));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new CliError(`${file} is a folder: give a file name, like ${path.join(file, 'events.json')}; nothing was written`);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CliError(`${file}: the folder ${path.dirname(file)} does not exist; create it first; nothing was written`);
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  } catch (e) {
    fs.rmSync(temporary, { force: true });
    throw new CliError(`${file}: ${reason(e)}; nothing was written`);
  }
}

/** A system error's reason without its stack: "no such file or directory". */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const known: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'a folder, not a file', EACCES: 'permission denied', ENOSPC: 'no space left on the disk', EROFS: 'a read-only file system' };
  return (code && known[code]) ?? (e as Error).message;
}

/** Printing, every line made safe for a terminal (see the header). */
const safe = (text: string) => text.split('\n').map(visible).join('\n');
export const print = {
  log: (text: string) => console.log(safe(text)),
  warn: (text: string) => console.warn(safe(text)),
  error: (text: string) => console.error(safe(text)),
  out: (text: string) => process.stdout.write(text),
};

/** Runs a command's body: a CliError is printed as one line and exits with 1. */
export function run(main: () => void): void {
  try {
    main();
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    print.error(`error: ${e.message}`);
    process.exit(1);
  }
}

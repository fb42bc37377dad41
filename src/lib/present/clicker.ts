/**
 * Keys that do more than move, as presentation software reads them (PowerPoint, Keynote,
 * LibreOffice Impress): B or . blacks the screen, W or , whites it, ? shows the keys, P plays.
 * Pure: PresentStage binds the command to its state.
 *
 * Letters are matched by physical key (`code`) as well as by `key`, so a clicker or a teacher on
 * an Arabic keyboard layout (where B types لا and . types ز) gets the same command.
 */
import { keyToMove, type Move } from './steps';

export type Blank = 'black' | 'white';
export type Command = { move: Move } | { blank: Blank } | { help: true } | { play: true };

export interface KeyPress {
  key: string;
  code: string;
  shiftKey: boolean;
}

export function keyCommand({ key, code, shiftKey }: KeyPress, dir: 'ltr' | 'rtl'): Command | null {
  if (key === '?' || key === '؟' || (code === 'Slash' && shiftKey)) return { help: true };
  if (shiftKey) {
    const move = keyToMove(key, true, dir);
    return move ? { move } : null;
  }
  if (key === 'b' || key === 'B' || key === '.' || code === 'KeyB' || code === 'Period') return { blank: 'black' };
  if (key === 'w' || key === 'W' || key === ',' || code === 'KeyW' || code === 'Comma') return { blank: 'white' };
  if (key === 'p' || key === 'P' || code === 'KeyP') return { play: true };
  const move = keyToMove(key, false, dir);
  return move ? { move } : null;
}

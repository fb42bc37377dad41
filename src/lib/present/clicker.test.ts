import { describe, expect, it } from 'vitest';
import { keyCommand, type Command } from './clicker';

const press = (key: string, code = '', shiftKey = false) => ({ key, code, shiftKey });

describe('keyCommand(press, dir)', () => {
  it.each<[string, ReturnType<typeof press>, 'ltr' | 'rtl', Command | null]>([
    ['B blacks the screen', press('b', 'KeyB'), 'ltr', { blank: 'black' }],
    ['. blacks the screen', press('.', 'Period'), 'ltr', { blank: 'black' }],
    ['B on an Arabic layout (لا) blacks it', press('لا', 'KeyB'), 'rtl', { blank: 'black' }],
    ['W whites the screen', press('w', 'KeyW'), 'ltr', { blank: 'white' }],
    [', whites the screen', press(',', 'Comma'), 'ltr', { blank: 'white' }],
    ['? shows the keys', press('?', 'Slash', true), 'ltr', { help: true }],
    ['؟ shows the keys', press('؟', 'Slash', true), 'rtl', { help: true }],
    ['P plays', press('ح', 'KeyP'), 'rtl', { play: true }],
    ['Enter goes on', press('Enter', 'Enter'), 'ltr', { move: 'next' }],
    ['ArrowDown goes on', press('ArrowDown', 'ArrowDown'), 'rtl', { move: 'next' }],
    ['ArrowUp goes back', press('ArrowUp', 'ArrowUp'), 'ltr', { move: 'prev' }],
    ['Shift+Space goes back', press(' ', 'Space', true), 'ltr', { move: 'prev' }],
    ['Shift+B is nothing', press('B', 'KeyB', true), 'ltr', null],
    ['another letter is nothing', press('x', 'KeyX'), 'ltr', null],
  ])('%s', (_, p, dir, command) => {
    expect(keyCommand(p, dir)).toEqual(command);
  });
});

/** Ukrainian strings of reader.ts: exactly the keys of ../en/reader.ts (see ../en/core.ts for conventions). */
import type en from '../en/reader';

export default {
  'story.label': 'Історія',
  'story.choose': 'Виберіть історію',
  'story.start': 'Читати історію',
  'story.step': 'Крок {n} з {count}',
  'story.prev': 'Попередній крок',
  'story.next': 'Наступний крок',
  'story.close': 'Закрити історію',
  'story.announce': 'Крок {n} з {count}: {title}',
  'phase.label': 'Етап:',
  'phase.dates': '{from} – {to}',
  'menu.button': 'Меню',
  'menu.label': 'Подання, мова, поширення й налаштування',
} satisfies Record<keyof typeof en, string>;

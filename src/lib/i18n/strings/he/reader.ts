/** Hebrew strings of reader.ts: exactly the keys of ../en/reader.ts (see ../en/core.ts for conventions). */
import type en from '../en/reader';

export default {
  'story.label': 'סיפור',
  'story.choose': 'בחירת סיפור',
  'story.start': 'לקריאת הסיפור',
  'story.step': 'שלב {n} מתוך {count}',
  'story.prev': 'השלב הקודם',
  'story.next': 'השלב הבא',
  'story.close': 'סגירת הסיפור',
  'story.announce': 'שלב {n} מתוך {count}: {title}',
  'phase.label': 'שלב:',
  'phase.dates': '{from} – {to}',
  'menu.button': 'תפריט',
  'menu.label': 'תצוגות, שפה, שיתוף והגדרות',
} satisfies Record<keyof typeof en, string>;

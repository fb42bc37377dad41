/**
 * Strings of the reader's journeys: the phone's tools menu, the dataset's phases and the story
 * control on the normal page. `ar`, `uk` and `he` must have exactly the keys of `en` (checked by
 * the type in ../strings.ts).
 */
export const en = {
  'story.label': 'Story',
  'story.choose': 'Choose a story',
  'story.start': 'Read the story',
  'story.step': 'Step {n} of {count}',
  'story.prev': 'Previous step',
  'story.next': 'Next step',
  'story.close': 'Close the story',
  'story.announce': 'Step {n} of {count}: {title}',
  'phase.label': 'Phase:',
  'phase.dates': '{from} – {to}',
  'menu.button': 'Menu',
  'menu.label': 'Views, language, sharing and settings',
};

export type ReaderKey = keyof typeof en;

export const ar: Record<ReaderKey, string> = {
  'story.label': 'قصة',
  'story.choose': 'اختر قصة',
  'story.start': 'اقرأ القصة',
  'story.step': 'الخطوة {n} من {count}',
  'story.prev': 'الخطوة السابقة',
  'story.next': 'الخطوة التالية',
  'story.close': 'أغلق القصة',
  'story.announce': 'الخطوة {n} من {count}: {title}',
  'phase.label': 'مرحلة:',
  'phase.dates': '{from} – {to}',
  'menu.button': 'القائمة',
  'menu.label': 'طرق العرض واللغة والمشاركة والإعدادات',
};

export const uk: Record<ReaderKey, string> = {
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
};

export const he: Record<ReaderKey, string> = {
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
};

/**
 * Strings of the reader's journeys: the phone's tools menu, the dataset's phases and the story
 * control on the normal page. `ar`, `uk` and `he` must have exactly the keys of `en` (checked by
 * the type in ../strings.ts).
 */
export const en = {
  'menu.button': 'Menu',
  'menu.label': 'Views, language, sharing and settings',
};

export type ReaderKey = keyof typeof en;

export const ar: Record<ReaderKey, string> = {
  'menu.button': 'القائمة',
  'menu.label': 'طرق العرض واللغة والمشاركة والإعدادات',
};

export const uk: Record<ReaderKey, string> = {
  'menu.button': 'Меню',
  'menu.label': 'Подання, мова, поширення й налаштування',
};

export const he: Record<ReaderKey, string> = {
  'menu.button': 'תפריט',
  'menu.label': 'תצוגות, שפה, שיתוף והגדרות',
};

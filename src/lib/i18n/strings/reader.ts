/**
 * Strings of the reader's journeys: the phone's tools menu, the dataset's phases and the story
 * control on the normal page. `ar`, `uk` and `he` must have exactly the keys of `en` (checked by
 * the type in ../strings.ts).
 */
export const en = {
  'phase.label': 'Phase:',
  'phase.dates': '{from} – {to}',
  'menu.button': 'Menu',
  'menu.label': 'Views, language, sharing and settings',
};

export type ReaderKey = keyof typeof en;

export const ar: Record<ReaderKey, string> = {
  'phase.label': 'مرحلة:',
  'phase.dates': '{from} – {to}',
  'menu.button': 'القائمة',
  'menu.label': 'طرق العرض واللغة والمشاركة والإعدادات',
};

export const uk: Record<ReaderKey, string> = {
  'phase.label': 'Етап:',
  'phase.dates': '{from} – {to}',
  'menu.button': 'Меню',
  'menu.label': 'Подання, мова, поширення й налаштування',
};

export const he: Record<ReaderKey, string> = {
  'phase.label': 'שלב:',
  'phase.dates': '{from} – {to}',
  'menu.button': 'תפריט',
  'menu.label': 'תצוגות, שפה, שיתוף והגדרות',
};

/** Arabic strings of reader.ts: exactly the keys of ../en/reader.ts (see ../en/core.ts for conventions). */
import type en from '../en/reader';

export default {
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
} satisfies Record<keyof typeof en, string>;

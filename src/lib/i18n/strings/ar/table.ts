/** Arabic strings of table.ts: exactly the keys of ../en/table.ts (see ../en/core.ts for conventions). */
import type en from '../en/table';

export default {
  'table.caption': '{events}، من {from} إلى {to}.',
  'table.sorted': 'مرتبة حسب {column}، {direction}.',
  'table.hint': 'اختر عنوانًا لعرض تفاصيله، أو اسمًا لعرض الأحداث التي شارك فيها وحدها.',
  'table.col.date': 'التاريخ',
  'table.col.title': 'الحدث',
  'table.col.type': 'النوع',
  'table.col.place': 'المكان',
  'table.col.participants': 'المشاركون',
  'table.col.sources': 'المصادر',
  'table.dir.time.ascending': 'الأقدم أولًا',
  'table.dir.time.descending': 'الأحدث أولًا',
  'table.dir.text.ascending': 'أبجديًا (أ–ي)',
  'table.dir.text.descending': 'أبجديًا معكوسًا (ي–أ)',
  'table.dir.count.ascending': 'الأقل أولًا',
  'table.dir.count.descending': 'الأكثر أولًا',
  'table.sortBy': 'الترتيب حسب',
  'table.order': 'الاتجاه',
} satisfies Record<keyof typeof en, string>;

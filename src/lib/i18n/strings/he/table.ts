/** Hebrew strings of table.ts: exactly the keys of ../en/table.ts (see ../en/core.ts for conventions). */
import type en from '../en/table';

export default {
  'table.caption': '{events}, מ־{from} עד {to}.',
  'table.sorted': 'ממוין לפי {column}, {direction}.',
  'table.hint': 'בחרו כותרת כדי לראות את פרטיה, או שם כדי להציג רק את האירועים של המשתתף.',
  'table.col.date': 'תאריך',
  'table.col.title': 'אירוע',
  'table.col.type': 'סוג',
  'table.col.place': 'מקום',
  'table.col.participants': 'משתתפים',
  'table.col.sources': 'מקורות',
  'table.dir.time.ascending': 'מהמוקדם למאוחר',
  'table.dir.time.descending': 'מהמאוחר למוקדם',
  'table.dir.text.ascending': 'מא׳ עד ת׳',
  'table.dir.text.descending': 'מת׳ עד א׳',
  'table.dir.count.ascending': 'מהמעט אל הרב',
  'table.dir.count.descending': 'מהרב אל המעט',
  'table.sortBy': 'מיון לפי',
  'table.order': 'סדר',
} satisfies Record<keyof typeof en, string>;

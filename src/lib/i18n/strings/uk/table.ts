/** Ukrainian strings of table.ts: exactly the keys of ../en/table.ts (see ../en/core.ts for conventions). */
import type en from '../en/table';

export default {
  'table.caption': '{events}, з {from} по {to}.',
  'table.sorted': 'Упорядковано за стовпцем «{column}», {direction}.',
  'table.hint': 'Виберіть заголовок, щоб побачити подробиці, або ім’я, щоб показати лише події цього учасника.',
  'table.col.date': 'Дата',
  'table.col.title': 'Подія',
  'table.col.type': 'Тип',
  'table.col.place': 'Місце',
  'table.col.participants': 'Учасники',
  'table.col.sources': 'Джерела',
  'table.dir.time.ascending': 'спершу давніші',
  'table.dir.time.descending': 'спершу новіші',
  'table.dir.text.ascending': 'від А до Я',
  'table.dir.text.descending': 'від Я до А',
  'table.dir.count.ascending': 'спершу найменше',
  'table.dir.count.descending': 'спершу найбільше',
  'table.sortBy': 'Упорядкувати за',
  'table.order': 'Порядок',
} satisfies Record<keyof typeof en, string>;

/**
 * The month names of Arabic dates, as Egypt and the Gulf write them; the Levantine ones (كانون الثاني...),
 * which the settings offer instead, are in ../../dates.ts. The same as date-fns' Arabic locale writes
 * them (../../dates.test.ts compares), kept here so that a page's words are all its pack holds.
 */
import type { MonthNames } from '../../strings';

export default {
  wide: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  abbreviated: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
} satisfies MonthNames;

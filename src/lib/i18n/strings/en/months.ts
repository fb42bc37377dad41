/**
 * The month names of English dates, as date-fns' English locale writes them (../../dates.test.ts
 * compares), kept here so that a page's words are all its pack holds.
 */
import type { MonthNames } from '../../strings';

export default {
  wide: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  abbreviated: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} satisfies MonthNames;

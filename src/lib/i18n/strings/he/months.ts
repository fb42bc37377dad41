/**
 * The month names of Hebrew dates, as date-fns' Hebrew locale writes them (../../dates.test.ts
 * compares), kept here so that a page's words are all its pack holds.
 */
import type { MonthNames } from '../../strings';

export default {
  wide: ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
  abbreviated: ['ינו׳', 'פבר׳', 'מרץ', 'אפר׳', 'מאי', 'יוני', 'יולי', 'אוג׳', 'ספט׳', 'אוק׳', 'נוב׳', 'דצמ׳'],
} satisfies MonthNames;

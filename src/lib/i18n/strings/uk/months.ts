/**
 * The month names of Ukrainian dates: after a day in the genitive ("2 грудня"), alone in the
 * nominative ("грудень", `standalone`). As date-fns' Ukrainian locale writes them
 * (../../dates.test.ts compares), kept here so that a page's words are all its pack holds.
 */
import type { MonthNames } from '../../strings';

export default {
  wide: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  abbreviated: ['січ.', 'лют.', 'берез.', 'квіт.', 'трав.', 'черв.', 'лип.', 'серп.', 'верес.', 'жовт.', 'листоп.', 'груд.'],
  standalone: {
    wide: ['січень', 'лютий', 'березень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень', 'жовтень', 'листопад', 'грудень'],
    abbreviated: ['січ.', 'лют.', 'берез.', 'квіт.', 'трав.', 'черв.', 'лип.', 'серп.', 'верес.', 'жовт.', 'листоп.', 'груд.'],
  },
} satisfies MonthNames;

/**
 * The bounds of loading a data file in the page, written once: fetch.ts enforces them and the
 * error page states them. Kept apart from fetch.ts so the error page does not pull in the
 * validator.
 */

/** No byte for this long (the answer's headers included): the load is given up, with a retry. */
export const STALL_SECONDS = 30;

/**
 * The largest data file the page reads, counted while it streams in (a compressed answer is
 * counted as it is unpacked): room above the 250,000 events (~120 MB) the app is measured with.
 */
export const MAX_DATA_MB = 160;
export const MAX_DATA_BYTES = MAX_DATA_MB * 1_000_000;

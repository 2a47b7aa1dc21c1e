/** Shared by staged-import.test.ts and its child: batches of BATCH records, a pause after HANG_AFTER. */
export const BATCH = 10;
export const HANG_AFTER = 35;

/**
 * What a platform's export lacked, from the profile's coverage: files the importer expected and
 * did not find, files it could not read, data in read files it could not interpret, and a sign-in
 * history that is absent or short. These are the categories a follow-up request names.
 */
import type { Coverage, Platform } from '../../../shared/domain';
import type { Db } from '../store/db';
import { listSources, sourceCoverage } from '../store/queries/sources';
import { signInSpan } from '../store/queries/workshop';

/** A sign-in history covering less than this looks cut short (platforms keep logs for a limited time). */
export const SHORT_HISTORY_DAYS = 180;

export interface PlatformGaps {
  platform: Platform;
  /** The exports examined (file names). */
  files: string[];
  /** Some were synthetic (a persona or the sample): the letter then says it is a demonstration. */
  synthetic: boolean;
  missing: Coverage['missing'];
  errors: Coverage['errors'];
  notRead: Coverage['notRead'];
  signIns: { count: number; first: string | null; last: string | null; days: number | null };
}

export function platformGaps(db: Db, platform: Platform): PlatformGaps {
  // Synthetic sources count too: a workshop shows the letter on a persona (marked as a sample).
  const sources = listSources(db).filter((s) => s.platform === platform);
  const gaps: PlatformGaps = { platform, files: sources.map((s) => s.file), synthetic: sources.some((s) => s.synthetic), missing: [], errors: [], notRead: [], signIns: { count: 0, first: null, last: null, days: null } };
  for (const s of sources) {
    const c = sourceCoverage(db, s.id);
    gaps.missing.push(...c.missing);
    gaps.errors.push(...c.errors);
    gaps.notRead.push(...c.notRead);
  }
  if (sources.length === 0) return gaps;
  const ids = sources.map((s) => s.id);
  const row = signInSpan(db, ids);
  const day = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));
  gaps.signIns = {
    count: row.n, first: day(row.first), last: day(row.last),
    days: row.first === null || row.last === null ? null : Math.floor((row.last - row.first) / 86_400_000),
  };
  return gaps;
}

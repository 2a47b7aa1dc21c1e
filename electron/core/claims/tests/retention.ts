/**
 * `login-history-retention-max-days`: the span of each sign-in history table (oldest to newest
 * record, from the export's own records, grade A). A table spanning more than the claimed days
 * shows the platform kept sign-ins at least that long. A shorter span agrees with the claim but
 * only shows what the export includes, not how long the platform keeps records internally.
 */
import type { ClaimTest, EvidenceRef } from '../../../../shared/claims';
import { toMs } from '../../evidence/time-words';
import { timing } from '../dates';
import { agreeRole, conflictRole } from '../decide';
import type { LoginTable } from '../input';
import { groupRef } from '../refs';
import { dated, formatInt, gradePhrase, plural } from '../words';
import { testOutcome, type ClaimTestFn } from './outcome';

type Test = Extract<ClaimTest, { type: 'login-history-retention-max-days' }>;

const DAY_MS = 86_400_000;

/** Whole days from the oldest to the newest record (null when undated). */
export function spanDays(t: Pick<LoginTable, 'first' | 'last'>): number | null {
  const a = toMs(t.first);
  const b = toMs(t.last);
  return a === null || b === null ? null : Math.floor((b - a) / DAY_MS);
}

export const loginRetention: ClaimTestFn<Test> = (claim, test, input) => {
  const evidence: EvidenceRef[] = [];
  let longest = 0;
  for (const t of input.loginTables) {
    const days = spanDays(t);
    const when = timing(t.first, t.last, claim.effectiveFrom);
    const place = `${t.member}${t.table ? ` ${t.table}` : ''}`;
    const cites = [t.oldest, t.newest].filter((p): p is NonNullable<typeof p> => p !== null);
    const group = { ...t, citations: cites.length > 0 ? cites : t.citations };
    if (days === null) {
      evidence.push(groupRef(group, `records:${t.key}`, conflictRole(t.grade, 'undated'), `Sign-in table ${place}: ${plural(t.count, 'record')} without dates.`));
      continue;
    }
    longest = Math.max(longest, days);
    const what = `Sign-in table ${place}: ${plural(t.count, 'record')}, ${dated(t.first, t.last)}, spanning ${plural(days, 'day')}.`;
    evidence.push(groupRef(group, `records:${t.key}`, days > test.days ? conflictRole(t.grade, when) : agreeRole(when), what));
  }
  const reasons: string[] = [];
  if (input.loginTables.length === 0) reasons.push('This export holds no sign-in history, so there is nothing to test.');
  else reasons.push('A table\'s span shows how far back the export goes; it is a lower bound for what the platform kept, and says nothing about records it did not export.');
  return testOutcome(evidence, reasons, {
    contradicted: (grade) =>
      `Contradicted: the export holds sign-ins spanning ${plural(longest, 'day')}, more than ${formatInt(test.days)} (${grade ? gradePhrase(grade) : 'the export\'s own records'}).`,
    questionable: () => `Questionable: some sign-in records cannot be placed in time, so their span cannot be checked against ${formatInt(test.days)} days.`,
    consistent: () => `Consistent: no sign-in table spans more than ${formatInt(test.days)} days (longest: ${plural(longest, 'day')}).`,
    'not-testable': () => 'Not testable: this export holds no sign-in history within the claim\'s dates.',
  });
};

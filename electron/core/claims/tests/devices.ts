/**
 * `only-known-devices`: the devices on the export's own sign-in records (grade A) against the
 * devices the reader lists. A name matches when it occurs (case-insensitively) in the device's
 * model or system, or equals one of its identifiers. Without a list the test cannot decide; it
 * then lists the devices it saw so the reader can name theirs.
 */
import type { ClaimTest, EvidenceRef } from '../../../../shared/claims';
import { timing } from '../dates';
import { agreeRole, conflictRole } from '../decide';
import type { LoginDevice } from '../input';
import { groupRef } from '../refs';
import { dated, gradePhrase, joinWords, plural } from '../words';
import { testOutcome, type ClaimTestFn } from './outcome';

type Test = Extract<ClaimTest, { type: 'only-known-devices' }>;

export function deviceMatches(d: LoginDevice, names: readonly string[]): boolean {
  const text = `${d.model ?? ''} ${d.system ?? ''}`.toLowerCase();
  const ids = Object.values(d.identifiers).map((v) => v.toLowerCase());
  return names.some((n) => {
    const k = n.toLowerCase();
    return text.includes(k) || ids.includes(k);
  });
}

export const onlyKnownDevices: ClaimTestFn<Test> = (claim, test, input) => {
  const evidence: EvidenceRef[] = [];
  const reasons: string[] = [];
  const named = input.loginDevices.filter((d) => d.label !== null);
  const unnamed = input.loginDevices.filter((d) => d.label === null).reduce((n, d) => n + d.count, 0);
  const listed = test.devices.length > 0;
  for (const d of named) {
    const when = timing(d.first, d.last, claim.effectiveFrom);
    const what = `${plural(d.count, 'sign-in')} by ${d.label}, ${dated(d.first, d.last)} (the export's own sign-in records)`;
    const role = !listed ? (when === 'before' ? 'predates' : 'context') : deviceMatches(d, test.devices) ? agreeRole(when) : conflictRole(d.grade, when);
    evidence.push(groupRef(d, `device:${d.key}`, role, what));
  }
  if (input.loginDevices.length === 0) reasons.push('This export holds no sign-in history, so there is nothing to test.');
  if (!listed && named.length > 0) {
    reasons.push(`No devices are listed in the claim (test.devices). The export shows sign-ins by ${joinWords(named.map((d) => d.label as string))}; name yours to test the claim.`);
  }
  if (unnamed > 0) reasons.push(`${plural(unnamed, 'sign-in')} name no device; they count neither way.`);
  if (evidence.some((e) => e.role === 'contradicts')) {
    reasons.push('A device you did not list may still be yours (a new or borrowed phone, a browser, an emulator); the record shows the device the platform saw, not who held it.');
  }
  const others = (): number => evidence.filter((e) => e.role === 'contradicts' || e.role === 'questions').length;
  return testOutcome(evidence, reasons, {
    contradicted: (grade) => `Contradicted: ${plural(others(), 'device')} not on your list signed in (${grade ? gradePhrase(grade) : 'the export\'s own records'}).`,
    questionable: () => `Questionable: ${plural(others(), 'device')} not on your list appear, but the records are undated or only hints.`,
    consistent: () => 'Consistent: every device named on the sign-in records is one you listed.',
    'not-testable': () => (listed ? 'Not testable: no sign-in in this export (within the claim\'s dates) names a device.' : 'Not testable until you list your devices.'),
  });
};

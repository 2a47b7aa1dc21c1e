/**
 * `no-datacenter-logins`: the sign-in networks (grade C findings, one per ASN) against "no sign-in
 * from a cloud, hosting, VPN or platform network" — the same kinds the datacenter-login flag uses.
 * A network whose kind was guessed from its name (not in the curated table) counts as an inferred
 * clue (grade F): it can question the claim, not contradict it.
 */
import type { ClaimTest, EvidenceRef } from '../../../../shared/claims';
import type { Grade, NetworkKind } from '../../../../shared/domain';
import { KIND_LABELS } from '../../evidence/network-kinds';
import { timing } from '../dates';
import { agreeRole, conflictRole } from '../decide';
import { findingRef } from '../refs';
import { gradePhrase, plural } from '../words';
import { testOutcome, type ClaimTestFn } from './outcome';

type Test = Extract<ClaimTest, { type: 'no-datacenter-logins' }>;

export const DATACENTER_KINDS: readonly NetworkKind[] = ['cloud', 'hosting', 'vpn', 'platform'];

const GUESSED: Grade = 'F';

export const noDatacenterLogins: ClaimTestFn<Test> = (claim, _test, input) => {
  const evidence: EvidenceRef[] = [];
  const reasons: string[] = [];
  let networked = 0;
  let guessed = 0;
  for (const f of input.doc.findings) {
    if (f.kind !== 'login-network') continue;
    const meta = input.findingMeta[f.id];
    if (meta?.type !== 'network') continue;
    networked += f.count;
    const when = timing(f.first, f.last, claim.effectiveFrom);
    const what = `${KIND_LABELS[meta.networkKind]}${meta.curated ? '' : ' (kind guessed from the network\'s name)'}: ${f.statement}`;
    if (DATACENTER_KINDS.includes(meta.networkKind)) {
      const grade: Grade = meta.curated ? f.grade : weaker(f.grade, GUESSED);
      if (!meta.curated) guessed++;
      evidence.push(findingRef(f, conflictRole(grade, when), { grade, what }));
    } else {
      evidence.push(findingRef(f, agreeRole(when), { what }));
    }
  }
  const logins = input.doc.access.logins;
  if (logins === 0) reasons.push('This export holds no sign-in history, so there is nothing to test.');
  if (logins > networked) reasons.push(`${plural(logins - networked, 'sign-in')} came from addresses with no known network (private, reserved or not in the datasets); they count neither way.`);
  if (guessed > 0) reasons.push(`${plural(guessed, 'network')} ${guessed === 1 ? 'is' : 'are'} not in the curated list; ${guessed === 1 ? 'its' : 'their'} kind was guessed from the name, so ${guessed === 1 ? 'it' : 'they'} can only raise a question.`);
  if (evidence.some((e) => e.role === 'contradicts' || e.role === 'questions')) {
    reasons.push('A sign-in from such a network is often a VPN or proxy (possibly the account holder\'s own) or an automated service. It shows the network\'s operator, not the person.');
  }
  const flagged = (): number => evidence.filter((e) => e.role === 'contradicts' || e.role === 'questions').reduce((s, e) => s + e.count, 0);
  return testOutcome(evidence, reasons, {
    contradicted: (grade) => `Contradicted: ${plural(flagged(), 'sign-in')} came from cloud, hosting, VPN or platform networks (${grade ? gradePhrase(grade) : 'strong evidence'}).`,
    questionable: () => `Questionable: ${plural(flagged(), 'sign-in')} may have come from a data-centre or VPN network, but the evidence is only a hint or undated.`,
    consistent: (grade) => `Consistent: every sign-in with a known network came from a home, office or mobile provider (${grade ? gradePhrase(grade) : 'network ownership'}).`,
    'not-testable': () => 'Not testable: this export has no sign-in with a known network.',
  });
};

function weaker(a: Grade, b: Grade): Grade {
  return a > b ? a : b; // letters sort in ladder order: 'F' > 'C'
}

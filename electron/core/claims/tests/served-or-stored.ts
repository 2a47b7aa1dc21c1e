/**
 * `served-or-stored-only-in`: where the links in the export say content was stored or served,
 * against the countries (and providers) the claim names.
 *
 * - Storage evidence is grade A/B or a documented storage-region address; only it can support or
 *   contradict a claim about *storage*. Everything else (CDN edges, inferred cluster tokens,
 *   regional delivery domains) shows where content was delivered from: against a storage claim it
 *   can only raise a question ("this export shows where content was delivered from, not where it
 *   is stored").
 * - For a claim about *serving*, every located link counts, still under the ladder (E–G only question).
 * - Links whose location cannot be determined are context, counted in the reasons.
 * - `providers` (e.g. "Oracle") are checked against the owner of storage evidence only.
 */
import { allowedCountries, type ClaimTest, type EvidenceRef } from '../../../../shared/claims';
import type { Grade, LocationKind } from '../../../../shared/domain';
import { timing } from '../dates';
import { agreeRole, conflictRole } from '../decide';
import { findingRef } from '../refs';
import { gradePhrase, joinWords, placeList, plural } from '../words';
import { testOutcome, type ClaimTestFn } from './outcome';

type Test = Extract<ClaimTest, { type: 'served-or-stored-only-in' }>;

export const NOT_STORAGE_REASON = 'This export shows where content was delivered from, not where it is stored.';

const LOCATION_KINDS = ['host-location', 'path-location'];

export function isStorageEvidence(grade: Grade, kind: LocationKind): boolean {
  return grade === 'A' || grade === 'B' || kind === 'storage-region';
}

const matchesProvider = (owner: string, providers: readonly string[]): boolean =>
  providers.some((p) => owner.toLowerCase().includes(p.toLowerCase()));

export const servedOrStored: ClaimTestFn<Test> = (claim, test, input) => {
  const allowed = new Set(allowedCountries(test));
  const where = placeList(test.countries, test.regions);
  const by = test.providers.length > 0 ? ` by ${joinWords(test.providers, 'or')}` : '';
  const evidence: EvidenceRef[] = [];
  let unlocated = 0;
  let storageCounted = 0;
  let located = 0;
  for (const f of input.doc.findings) {
    if (!LOCATION_KINDS.includes(f.kind)) continue;
    const meta = input.findingMeta[f.id];
    const loc = meta?.type === 'location' ? meta : null;
    const when = timing(f.first, f.last, claim.effectiveFrom);
    const country = loc?.country ?? null;
    if (loc === null || country === null) {
      if (when !== 'before') unlocated += f.count;
      evidence.push(findingRef(f, when === 'before' ? 'predates' : 'context'));
      continue;
    }
    const storage = isStorageEvidence(f.grade, loc.locationKind);
    const pertinent = test.mode === 'served' || storage;
    const providerOk = !(storage && test.providers.length > 0 && loc.owner !== null && !matchesProvider(loc.owner, test.providers));
    const inside = allowed.has(country) && providerOk;
    const role = inside ? agreeRole(when, pertinent) : conflictRole(f.grade, when, pertinent);
    if (when !== 'before') {
      located += f.count;
      if (storage) storageCounted++;
    }
    evidence.push(findingRef(f, role, { country }));
  }

  const reasons: string[] = [];
  const questions = evidence.filter((e) => e.role === 'questions');
  if (test.mode === 'stored' && storageCounted === 0) {
    reasons.push(`${NOT_STORAGE_REASON} None of its addresses names a documented storage location (grade A or B); delivery clues (grades E–G) can raise a question about a storage claim but cannot settle it.`);
  }
  if (questions.length > 0) {
    const countries = [...new Set(questions.map((q) => q.country).filter((c): c is string => c !== null))].sort();
    const what = test.mode === 'stored' ? 'delivery clues or undated records' : 'hints (grades E–G) or undated records';
    reasons.push(`${plural(questions.length, 'finding')} about links outside ${where}${countries.length ? ` (${countries.join(', ')})` : ''} ${questions.length === 1 ? 'is' : 'are'} ${what}: ${questions.length === 1 ? 'it raises' : 'they raise'} a question, not a contradiction.`);
  }
  if (unlocated > 0) reasons.push(`${plural(unlocated, 'link')} went through networks whose location cannot be determined offline; they count neither way.`);
  if (located === 0 && unlocated === 0) reasons.push('No link in this export (within the claim\'s dates) names a server whose location Whereabouts can read.');

  const verb = test.mode === 'stored' ? 'stored' : 'served';
  return testOutcome(evidence, reasons, {
    contradicted: (grade) => `Contradicted: ${grade ? gradePhrase(grade) : 'strong'} evidence shows content ${verb} outside ${where}${by}.`,
    questionable: () =>
      test.mode === 'stored'
        ? `Questionable: some content was delivered from outside ${where}; that raises a question about where it is stored but does not show it.`
        : `Questionable: hints (grades E–G) point to content served from outside ${where}.`,
    consistent: (grade) => `Consistent: every located link in this export was ${verb} in ${where}${by}${grade ? ` (strongest evidence: ${gradePhrase(grade)})` : ''}.`,
    'not-testable': () =>
      test.mode === 'stored'
        ? `Not testable from this export: ${NOT_STORAGE_REASON.charAt(0).toLowerCase()}${NOT_STORAGE_REASON.slice(1)}`
        : 'Not testable: no link in this export has a location within the claim\'s dates.',
  });
};

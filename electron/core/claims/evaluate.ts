/**
 * Claims → verdicts. Pure: the caller hands in a resolver that returns the evidence for a set of
 * archives (read-input.ts reads it from a profile database; tests build it by hand).
 *
 * For each claim: pick the archives its subject names (platform, optional SHA-256), run its test,
 * pass the evidence through the ladder (decide.ts) and add the reasons every claim shares
 * (evidence before the claim's date; whom the claim is about).
 */
import type { Claim, ClaimTest, ClaimVerdict, ClaimsEvaluation, EvidenceRef } from '../../../shared/claims';
import { countryInSentence } from '../evidence/country-names';
import { decide, enforceLadder, sortEvidence } from './decide';
import type { ClaimEvidence } from './input';
import { onlyKnownDevices } from './tests/devices';
import { noThirdPartyApps } from './tests/apps';
import { exportContains } from './tests/contains';
import { noDatacenterLogins } from './tests/datacenter';
import type { ClaimTestFn, TestOutcome } from './tests/outcome';
import { loginRetention } from './tests/retention';
import { servedOrStored } from './tests/served-or-stored';
import { plural } from './words';

export interface ScopeSource {
  sha256: string;
  platform: string;
}

/** Evidence for exactly these archives (SHA-256s, in report order). */
export type EvidenceResolver = (sha256s: readonly string[]) => ClaimEvidence;

const TESTS: { [T in ClaimTest['type']]: ClaimTestFn<Extract<ClaimTest, { type: T }>> } = {
  'served-or-stored-only-in': servedOrStored,
  'only-known-devices': onlyKnownDevices,
  'no-datacenter-logins': noDatacenterLogins,
  'no-third-party-apps': noThirdPartyApps,
  'login-history-retention-max-days': loginRetention,
  'export-contains': exportContains,
};

function runTest(claim: Claim, input: ClaimEvidence): TestOutcome {
  // The table is keyed by the test's own type, so this lookup always matches the test's shape.
  const fn = TESTS[claim.test.type] as ClaimTestFn<ClaimTest>;
  return fn(claim, claim.test, input);
}

/** The archives a claim is about: its platform (or all), narrowed to one SHA-256 if it names one. */
export function claimScope(claim: Claim, sources: readonly ScopeSource[]): ScopeSource[] {
  return sources.filter((s) =>
    (claim.subject.platform === 'any' || s.platform === claim.subject.platform)
    && (claim.subject.sourceSha256 === null || s.sha256 === claim.subject.sourceSha256));
}

function outOfScope(claim: Claim, sources: readonly ScopeSource[]): ClaimVerdict {
  const why = claim.subject.sourceSha256 !== null
    ? `The archive this claim names (SHA-256 ${claim.subject.sourceSha256}) is not among the inputs.`
    : `No ${claim.subject.platform} export is among the inputs (${plural(sources.length, 'archive')}).`;
  return { claimId: claim.id, verdict: 'not-testable', grade: null, headline: `Not testable: ${why.charAt(0).toLowerCase()}${why.slice(1)}`, reasons: [why], evidence: [], sources: [] };
}

function predatesReason(claim: Claim, evidence: readonly EvidenceRef[]): string | null {
  const early = evidence.filter((e) => e.role === 'predates');
  if (early.length === 0 || claim.effectiveFrom === null) return null;
  return `${plural(early.length, 'piece')} of evidence ${early.length === 1 ? 'is' : 'are'} dated before ${claim.effectiveFrom}, when the claim applies from: listed, but not counted for or against it.`;
}

function whomReason(claim: Claim, input: ClaimEvidence): string | null {
  if (claim.appliesTo === null) return null;
  const located = input.doc.access.countries.filter((c) => c.country !== null);
  const top = [...located].sort((a, b) => b.logins - a.logins || (a.country! < b.country! ? -1 : 1))[0];
  const where = top && top.country
    ? ` Most of its sign-ins (${top.logins} of ${input.doc.access.logins}) came from addresses placed in ${countryInSentence(top.country)}.`
    : '';
  return `The claim is about ${claim.appliesTo}; an export does not say whether the account counts as one.${where}`;
}

export function evaluateClaim(claim: Claim, sources: readonly ScopeSource[], resolve: EvidenceResolver): ClaimVerdict {
  const scope = claimScope(claim, sources);
  if (scope.length === 0) return outOfScope(claim, sources);
  const input = resolve(scope.map((s) => s.sha256));
  const outcome = runTest(claim, input);
  const evidence = sortEvidence(enforceLadder(outcome.evidence));
  const { verdict, grade } = decide(evidence);
  const reasons = [...outcome.reasons, predatesReason(claim, evidence), whomReason(claim, input)].filter((r): r is string => r !== null);
  return { claimId: claim.id, verdict, grade, headline: outcome.headline(verdict, grade), reasons, evidence, sources: scope.map((s) => s.sha256) };
}

/** Evaluates every claim; the resolver is asked once per distinct scope. */
export function evaluateClaims(claims: readonly Claim[], sources: readonly ScopeSource[], resolve: EvidenceResolver): ClaimsEvaluation {
  const cached = cachedResolver(resolve);
  return { claims: [...claims], verdicts: claims.map((c) => evaluateClaim(c, sources, cached)) };
}

/** A resolver that reads the evidence of each set of archives once (claims often share a scope). */
export function cachedResolver(resolve: EvidenceResolver): EvidenceResolver {
  const cache = new Map<string, ClaimEvidence>();
  const cached: EvidenceResolver = (shas) => {
    const key = shas.join(',');
    let hit = cache.get(key);
    if (!hit) {
      hit = resolve(shas);
      cache.set(key, hit);
    }
    return hit;
  };
  return cached;
}

/**
 * Claims and reports over a profile database: the one place that reads the store for them. Both
 * the CLI (`report`, `verify`) and the API handlers (`claims.evaluate`, `report.build`) call this.
 */
import type { Claim, ClaimsEvaluation, ClaimVerdict } from '../../../shared/claims';
import type { ReportDocument } from '../../../shared/report';
import { cachedResolver, evaluateClaim, evaluateClaims, type EvidenceResolver } from '../claims/evaluate';
import type { ClaimEvidence } from '../claims/input';
import { readClaimEvidence } from '../claims/read-input';
import { listSources } from '../store/queries/sources';
import { TOOL_NAME, VERSION } from '../version';
import { reportDocument } from './report-document';
import { scopeDocument, type ScopeContext } from './scope';
import type { WorkSteps } from './work';

export type { ScopeContext } from './scope';

/** `2026-11-28T09:30:00Z`: now, to the second. */
export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An ISO-8601 UTC instant as given (`2026-11-28T09:30:00Z`, optional fraction), or null. */
export function parseGeneratedAt(s: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/.test(s) && Number.isFinite(Date.parse(s)) ? s : null;
}

function resolverFor(ctx: ScopeContext, sourceIds: readonly number[], prebuilt?: ClaimEvidence): EvidenceResolver {
  const sources = listSources(ctx.db).filter((s) => sourceIds.includes(s.id));
  return (shas) => {
    const ids = sources.filter((s) => shas.includes(s.sha256)).map((s) => s.id);
    if (prebuilt && ids.length === sourceIds.length) return prebuilt;
    return readClaimEvidence(ctx.db, scopeDocument(ctx, ids), ids);
  };
}

function scopeSources(ctx: ScopeContext, sourceIds: readonly number[]): { sha256: string; platform: string }[] {
  return listSources(ctx.db).filter((s) => sourceIds.includes(s.id)).map((s) => ({ sha256: s.sha256, platform: s.platform }));
}

/** Verdicts for the claims over these sources (evidence keeps its event ids, for the app's timeline). */
export function evaluateInProfile(ctx: ScopeContext, sourceIds: readonly number[], claims: readonly Claim[]): ClaimsEvaluation {
  return evaluateClaims(claims, scopeSources(ctx, sourceIds), resolverFor(ctx, sourceIds));
}

export function buildReport(ctx: ScopeContext, opts: { sourceIds: readonly number[]; claims: readonly Claim[]; generatedAt: string; version?: string }): ReportDocument {
  const doc = scopeDocument(ctx, opts.sourceIds);
  const evidence = readClaimEvidence(ctx.db, doc, opts.sourceIds);
  const evaluation = evaluateClaims(opts.claims, scopeSources(ctx, opts.sourceIds), resolverFor(ctx, opts.sourceIds, evidence));
  const spans = Object.fromEntries(listSources(ctx.db).filter((s) => opts.sourceIds.includes(s.id)).map((s) => [s.sha256, { first: s.first, last: s.last }]));
  return reportDocument({ doc, spans, evaluation, generatedAt: opts.generatedAt, tool: { name: TOOL_NAME, version: opts.version ?? VERSION } });
}

/**
 * The same evaluation as evaluateInProfile, one claim per step (work.ts): progress between
 * claims, and a cancel takes effect before the next one.
 */
export async function evaluateInProfileSteps(ctx: ScopeContext, sourceIds: readonly number[], claims: readonly Claim[], w: WorkSteps): Promise<ClaimsEvaluation> {
  await w.step('Reading the export’s records');
  const sources = scopeSources(ctx, sourceIds);
  const resolve = cachedResolver(resolverFor(ctx, sourceIds));
  const verdicts: ClaimVerdict[] = [];
  for (const [i, c] of claims.entries()) {
    await w.step(`Testing claim ${i + 1} of ${claims.length}`);
    verdicts.push(evaluateClaim(c, sources, resolve));
  }
  return { claims: [...claims], verdicts };
}

/** Steps of evaluateInProfileSteps for n claims. */
export const claimSteps = (n: number): number => 1 + n;

/** The same document as buildReport, in steps: summary, evidence, each claim, the document. */
export async function buildReportSteps(ctx: ScopeContext, opts: { sourceIds: readonly number[]; claims: readonly Claim[]; generatedAt: string; version?: string }, w: WorkSteps): Promise<ReportDocument> {
  await w.step('Summarising the exports');
  const doc = scopeDocument(ctx, opts.sourceIds);
  await w.step('Reading sign-ins, devices and findings');
  const evidence = readClaimEvidence(ctx.db, doc, opts.sourceIds);
  const sources = scopeSources(ctx, opts.sourceIds);
  const resolve = cachedResolver(resolverFor(ctx, opts.sourceIds, evidence));
  const verdicts: ClaimVerdict[] = [];
  for (const [i, c] of opts.claims.entries()) {
    await w.step(`Testing claim ${i + 1} of ${opts.claims.length}`);
    verdicts.push(evaluateClaim(c, sources, resolve));
  }
  await w.step('Writing the report');
  const evaluation = { claims: [...opts.claims], verdicts };
  const spans = Object.fromEntries(listSources(ctx.db).filter((s) => opts.sourceIds.includes(s.id)).map((s) => [s.sha256, { first: s.first, last: s.last }]));
  return reportDocument({ doc, spans, evaluation, generatedAt: opts.generatedAt, tool: { name: TOOL_NAME, version: opts.version ?? VERSION } });
}

/** Steps of buildReportSteps for n claims. */
export const reportSteps = (n: number): number => 3 + n;

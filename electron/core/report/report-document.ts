/**
 * Assembles the report document (shared/report.ts) from the analyze document of the covered
 * archives and the claims' verdicts. Pure. Determinism lives here: database row ids are dropped
 * (event ids, device ids, source ids; flag ids that embed an event id are re-derived from the
 * flag's content), and every list is put in a content-defined order with code-unit comparisons.
 */
import type { AnalyzeDocument } from '../../../shared/analyze';
import type { Flag, NamedRow } from '../../../shared/api';
import { CLAIMS_SCHEMA, type ClaimsEvaluation, type ClaimVerdict, type EvidenceRef } from '../../../shared/claims';
import { GRADES } from '../../../shared/domain';
import { REPORT_SCHEMA, REPRODUCIBLE_NOTE, type ReportArchive, type ReportDocument, type ReportFlag } from '../../../shared/report';
import { stableId } from '../evidence/stable-id';
import { byText } from '../evidence/time-words';
import { whereSummary, whoSummary } from './summaries';
import type { FlagVocab } from '../../../shared/words/codes';

export interface ReportInput {
  doc: AnalyzeDocument;
  /** Archive date ranges by SHA-256 (the analyze document does not carry them). */
  spans: Readonly<Record<string, { first: string | null; last: string | null }>>;
  evaluation: ClaimsEvaluation;
  generatedAt: string;
  tool: { name: string; version: string };
}

const cmp = (a: string | number | null, b: string | number | null): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return byText(a === null ? null : String(a), b === null ? null : String(b));
};

function sortKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byText(a, b)));
}

function stripEvidence(e: EvidenceRef): EvidenceRef {
  const { eventIds: _ids, ...rest } = e;
  void _ids;
  return rest;
}

export function stripVerdict(v: ClaimVerdict): ClaimVerdict {
  return { ...v, evidence: v.evidence.map(stripEvidence) };
}

/** Flags from impossible-travel and new-country analysis embed event ids in their id; re-derive it from content. */
export function reportFlag(f: Flag): ReportFlag {
  const cites = f.evidence.map((p) => `${p.sourceSha256}:${p.member}:${p.pointer}`);
  return {
    id: stableId('flag', f.kind, f.title, f.first, f.last, ...cites),
    kind: f.kind, severity: f.severity, title: f.title, explanation: f.explanation, evidence: f.evidence, first: f.first, last: f.last,
    // Read from one flag, so the code and its params belong together (TypeScript cannot see that).
    ...({ code: f.code, params: f.params } as FlagVocab),
  };
}

const byCountThenName = (a: NamedRow, b: NamedRow): number => b.count - a.count || byText(a.name, b.name);

/** The analyze document with every list in a content-defined order (ids kept for now). */
export function sortedDocument(doc: AnalyzeDocument): AnalyzeDocument {
  const a = doc.access;
  const gradeRank = (g: string): number => GRADES.indexOf(g as (typeof GRADES)[number]);
  return {
    ...doc,
    events: { total: doc.events.total, byKind: sortKeys(doc.events.byKind) },
    access: {
      logins: a.logins,
      ips: [...a.ips].sort((x, y) => y.count - x.count || byText(x.ip, y.ip)),
      devices: a.devices
        .map((d) => ({ ...d, identifiers: sortKeys(d.identifiers) }))
        .sort((x, y) => y.count - x.count || cmp(x.model, y.model) || cmp(x.system, y.system) || byText(JSON.stringify(x.identifiers), JSON.stringify(y.identifiers))),
      countries: [...a.countries].sort((x, y) => y.logins - x.logins || cmp(x.country, y.country)),
      networks: [...a.networks].sort((x, y) => y.logins - x.logins || cmp(x.asn, y.asn) || cmp(x.org, y.org) || byText(x.networkKind, y.networkKind)),
      apps: [...a.apps].sort(byCountThenName),
      advertisers: [...a.advertisers].sort(byCountThenName),
      offPlatform: [...a.offPlatform].sort(byCountThenName),
    },
    hosts: [...doc.hosts].sort((x, y) => y.count - x.count || byText(x.host, y.host)),
    findings: [...doc.findings].sort((x, y) => gradeRank(x.grade) - gradeRank(y.grade) || y.count - x.count || byText(x.id, y.id)),
    flags: doc.flags.map((f) => ({ ...f, id: reportFlag(f).id })).sort((x, y) => cmp(x.first, y.first) || byText(x.kind, y.kind) || byText(x.id, y.id)),
  };
}

export function reportDocument(input: ReportInput): ReportDocument {
  const doc = sortedDocument(input.doc);
  const archives: ReportArchive[] = doc.sources.map((s) => ({
    file: s.file, sha256: s.sha256, bytes: s.bytes, parts: s.parts, platform: s.platform, format: s.format, parserVersion: s.parserVersion,
    records: s.records, events: s.events, facts: s.facts,
    first: input.spans[s.sha256]?.first ?? null, last: input.spans[s.sha256]?.last ?? null, coverage: s.coverage,
  }));
  const parsers = [...new Map(doc.sources.map((s) => [`${s.platform}\u0000${s.format}\u0000${s.parserVersion}`, { platform: s.platform, format: s.format, parserVersion: s.parserVersion }])).entries()]
    .sort(([a], [b]) => byText(a, b)).map(([, p]) => p);
  const a = doc.access;
  return {
    schema: REPORT_SCHEMA,
    generatedAt: input.generatedAt,
    reproducible: REPRODUCIBLE_NOTE,
    tool: { name: input.tool.name, version: input.tool.version, reportSchema: REPORT_SCHEMA, claimsSchema: CLAIMS_SCHEMA, parsers },
    archives,
    claims: input.evaluation.claims,
    verdicts: input.evaluation.verdicts.map(stripVerdict),
    summary: { who: whoSummary(doc), where: whereSummary(doc) },
    span: doc.span,
    events: doc.events,
    access: {
      logins: a.logins,
      ips: a.ips,
      devices: a.devices.map(({ id: _id, ...d }) => d),
      countries: a.countries,
      networks: a.networks,
      apps: a.apps,
      advertisers: a.advertisers,
      offPlatform: a.offPlatform.map(({ source: _s, ...o }) => o),
    },
    hosts: doc.hosts,
    findings: doc.findings.map(({ eventIds: _e, ...f }) => f),
    flags: doc.flags.map(reportFlag),
    datasets: doc.datasets,
  };
}

/** The JSON file: two-space indentation, a final newline. Same document → same bytes. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The document with the zone its HTML shows times in (UTC needs no field: reports stay as they were). */
export function withDisplayZone(doc: ReportDocument, timeZone: string | undefined): ReportDocument {
  return timeZone === undefined || timeZone === 'UTC' ? doc : { ...doc, timeZone };
}

export function reportJson(doc: ReportDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

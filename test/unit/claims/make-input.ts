/** Test helper: synthetic claim evidence (an analyze document and extras) built by hand. */
import { ANALYZE_SCHEMA_VERSION, type AnalyzeDocument } from '../../../shared/analyze';
import type { Finding } from '../../../shared/api';
import { CLAIM_TEMPLATES } from '../../../shared/claim-templates';
import type { Claim, ClaimTest } from '../../../shared/claims';
import type { Grade, LocationKind, NetworkKind, Provenance } from '../../../shared/domain';
import type { AppRecord, ClaimEvidence, FindingMeta, LoginDevice, LoginTable } from '../../../electron/core/claims/input';
import { FINDING_CODES, type FindingCode } from '../../../shared/words/codes';
import { sampleFindingVocab } from '../evidence/vocab-samples';

export const SHA = 'ab'.repeat(32);
export const cite = (n: number): Provenance => ({ sourceSha256: SHA, member: 'user_data_tiktok.json', pointer: `/Your Activity/List/${n}` });

export function emptyDoc(): AnalyzeDocument {
  return {
    schema: ANALYZE_SCHEMA_VERSION,
    tool: { name: 'whereabouts', version: 'test' },
    imports: [],
    sources: [{
      id: 1, platform: 'tiktok', format: 'tiktok-json-2024', file: 'export.zip', sha256: SHA, bytes: 1, parts: [], parserVersion: 'p1',
      records: 0, events: 0, facts: 0, coverage: { parsed: [], ignored: [], unknown: [], missing: [], errors: [], notRead: [] }, synthetic: false,
    }],
    span: { first: null, last: null },
    events: { total: 0, byKind: {} },
    access: { logins: 0, ips: [], devices: [], countries: [], networks: [], apps: [], advertisers: [], offPlatform: [] },
    hosts: [], findings: [], flags: [], datasets: [],
  };
}

export function makeInput(p: Partial<ClaimEvidence> & { doc?: AnalyzeDocument } = {}): ClaimEvidence {
  return { doc: p.doc ?? emptyDoc(), findingMeta: p.findingMeta ?? {}, loginTables: p.loginTables ?? [], loginDevices: p.loginDevices ?? [], apps: p.apps ?? [], factCounts: p.factCounts ?? {}, categorySamples: p.categorySamples ?? {} };
}

let seq = 0;
/** Restart the generated ids, so two builds of the same input are identical. */
export function resetIds(): void {
  seq = 0;
}
export function finding(kind: string, grade: Grade, first: string | null, last: string | null = first, count = 1): Finding {
  seq++;
  // The code + params only need to be well-formed here: these tests read kind, grade, counts and statement.
  const vocab = sampleFindingVocab((FINDING_CODES as readonly string[]).includes(kind) ? kind as FindingCode : 'login-country', count, first, last, grade);
  return { id: `finding-${kind}-${seq}`, kind, grade, statement: `${count} records (${kind}, grade ${grade})`, count, first, last, evidence: [cite(seq)], eventIds: [seq], ...vocab };
}

/** A location finding with its meta, added to the input. */
export function addLocation(input: ClaimEvidence, f: Finding, country: string | null, locationKind: LocationKind = 'cluster', owner: string | null = null): Finding {
  input.doc.findings.push(f);
  (input.findingMeta as Record<string, FindingMeta>)[f.id] = { type: 'location', country, locationKind, label: `place ${country}`, owner };
  return f;
}

export function addNetwork(input: ClaimEvidence, f: Finding, networkKind: NetworkKind, curated = true): Finding {
  input.doc.findings.push(f);
  input.doc.access.logins += f.count;
  (input.findingMeta as Record<string, FindingMeta>)[f.id] = { type: 'network', asn: 64500 + seq, org: 'Example Net', networkKind, provider: null, curated };
  return f;
}

export function device(label: string, grade: Grade, first: string | null, last: string | null = first, identifiers: Record<string, string> = {}): LoginDevice {
  const [model, system] = label.split(' · ');
  return { key: label, label, model: model ?? null, system: system ?? null, identifiers, count: 1, first, last, citations: [cite(1)], eventIds: [1], grade };
}

export function loginTable(first: string | null, last: string | null, grade: Grade = 'A', count = 2): LoginTable {
  return { key: `t-${first}-${last}`, sourceSha256: SHA, member: 'Login History.txt', table: '', count, first, last, citations: [cite(1)], eventIds: [], grade, oldest: cite(1), newest: cite(2) };
}

export function app(name: string, grade: Grade, first: string | null = null): AppRecord {
  return { key: name, name, count: 1, first, last: first, citations: [cite(3)], eventIds: [], grade };
}

export function claimWith(test: ClaimTest, extra: Partial<Claim> = {}): Claim {
  return { id: 'c', statement: 'A claim.', statedBy: null, appliesTo: null, subject: { platform: 'any', sourceSha256: null }, test, effectiveFrom: null, source: null, note: null, ...extra };
}

export function template(id: string): Claim {
  const t = CLAIM_TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t.claim;
}

/**
 * The document `whereabouts analyze --json` prints. Journalists script against it: fields are
 * only ever added. Schema: ../docs/analyze-json.md and contracts/analyze.schema.json (minimum).
 */
import type { AccessSummary, Finding, Flag, HostRow, SourcePart } from './api';
import type { Coverage, DatasetCredit, EventKind } from './domain';

export const ANALYZE_SCHEMA_VERSION = 'whereabouts.analyze/1';

export interface AnalyzeSource {
  id: number;
  platform: string;
  format: string;
  file: string;
  sha256: string;
  bytes: number;
  parts: SourcePart[];
  parserVersion: string;
  /** Records imported: timeline events plus untimed facts. */
  records: number;
  events: number;
  facts: number;
  coverage: Coverage;
  /** True for a synthetic export (a workshop persona or the bundled sample): not anyone's data. */
  synthetic: boolean;
}

export interface AnalyzeImport {
  path: string;
  status: 'imported' | 'already-imported' | 'failed' | 'cancelled';
  message: string | null;
}

export interface AnalyzeDocument {
  schema: typeof ANALYZE_SCHEMA_VERSION;
  tool: { name: string; version: string };
  imports: AnalyzeImport[];
  sources: AnalyzeSource[];
  span: { first: string | null; last: string | null };
  events: { total: number; byKind: Partial<Record<EventKind, number>> };
  access: {
    logins: number;
    ips: AccessSummary['ips'];
    devices: AccessSummary['devices'];
    /** Devices grouped by device, system and app (additive; older documents lack it). */
    deviceGroups?: AccessSummary['deviceGroups'];
    countries: AccessSummary['countries'];
    networks: AccessSummary['networks'];
    apps: AccessSummary['apps'];
    advertisers: AccessSummary['advertisers'];
    offPlatform: (AccessSummary['offPlatform'][number] & { source: string })[];
  };
  hosts: HostRow[];
  findings: Finding[];
  flags: Flag[];
  datasets: DatasetCredit[];
}

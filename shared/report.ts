/**
 * The report document: what `whereabouts report --out report.json` writes and what the HTML
 * report embeds (`<script type="application/json" id="whereabouts-report">`). `verify` recomputes
 * it from the archives and compares. Deterministic by construction: no database row ids, every
 * list in a content-defined order; only `generatedAt` varies between runs.
 * Format: docs/claims-and-reports.md.
 */
import type { AccessSummary, DeviceRow, Finding, Flag, HostRow, SourcePart } from './api';
import type { Claim, ClaimVerdict } from './claims';
import type { Coverage, DatasetCredit, EventKind } from './domain';

export const REPORT_SCHEMA = 'whereabouts.report/1';
export const REPORT_SCRIPT_ID = 'whereabouts-report';
export const REPRODUCIBLE_NOTE =
  'Everything in this document except generatedAt is computed from the archives (by SHA-256), the claims and the tool version; `whereabouts verify` recomputes it.';

export interface ReportArchive {
  /** File (or folder) name as given, no directory. */
  file: string;
  sha256: string;
  bytes: number;
  /** The parts of a split export (one entry for a single zip). */
  parts: SourcePart[];
  platform: string;
  format: string;
  parserVersion: string;
  records: number;
  events: number;
  facts: number;
  first: string | null;
  last: string | null;
  coverage: Coverage;
}

/** Omit on each member of a union, so a finding's or flag's code stays paired with its params. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ReportFinding = OmitEach<Finding, 'eventIds'>;
export type ReportFlag = OmitEach<Flag, 'eventIds'>;
export type ReportDevice = Omit<DeviceRow, 'id'>;

export interface ReportDocument {
  schema: typeof REPORT_SCHEMA;
  /** The one field that differs between two runs on the same inputs (`--generated-at` fixes it). */
  generatedAt: string;
  reproducible: string;
  /**
   * The zone the HTML shows times in (an IANA name; the person's display zone). Every time in this
   * JSON stays ISO-8601 UTC. Absent: the HTML shows UTC.
   */
  timeZone?: string;
  /**
   * Redacted (`--redact`, presenter mode; docs/workshops.md): exact addresses, names, handles,
   * texts, identifiers and data in paths replaced by labels. Absent in a full report. `verify`
   * recomputes the full report and redacts it the same way before comparing.
   */
  redacted?: true;
  tool: {
    name: string;
    version: string;
    reportSchema: string;
    claimsSchema: string;
    parsers: { platform: string; format: string; parserVersion: string }[];
  };
  archives: ReportArchive[];
  claims: Claim[];
  verdicts: ClaimVerdict[];
  /** Plain-words summaries of who signed in and where data was served from. */
  summary: { who: string[]; where: string[] };
  span: { first: string | null; last: string | null };
  events: { total: number; byKind: Partial<Record<EventKind, number>> };
  access: {
    logins: number;
    ips: AccessSummary['ips'];
    devices: ReportDevice[];
    countries: AccessSummary['countries'];
    networks: AccessSummary['networks'];
    apps: AccessSummary['apps'];
    advertisers: AccessSummary['advertisers'];
    offPlatform: AccessSummary['offPlatform'];
  };
  hosts: HostRow[];
  findings: ReportFinding[];
  flags: ReportFlag[];
  datasets: DatasetCredit[];
}

/** The parts `verify` compares one by one, in the order it reports them. */
export const REPORT_SECTIONS = ['archives', 'claims', 'findings', 'flags', 'access', 'hosts', 'events', 'summary', 'datasets', 'tool'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

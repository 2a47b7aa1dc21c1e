/**
 * What claim tests read: the `analyze --json` document of the archives in scope, plus a few
 * record groups the document does not carry (sign-in tables, sign-in devices, apps, untimed
 * record counts) and what each finding is about (its place, or its network). read-input.ts
 * builds this from a profile database; unit tests build it by hand.
 */
import type { AnalyzeDocument } from '../../../shared/analyze';
import type { Grade, LocationKind, NetworkKind, Provenance } from '../../../shared/domain';

/** What a finding id stands for, so a test can compare it with the claim. */
export type FindingMeta =
  | { type: 'location'; country: string | null; locationKind: LocationKind; label: string; owner: string | null }
  | { type: 'network'; asn: number; org: string | null; networkKind: NetworkKind; provider: string | null; curated: boolean };

/** Records of the export grouped for one test, with their own grade (the export's own records: A). */
export interface RecordGroup {
  /** Stable within the export: no database ids. */
  key: string;
  count: number;
  first: string | null;
  last: string | null;
  citations: Provenance[];
  eventIds: number[];
  grade: Grade;
}

/** One sign-in history table (a JSON list or a text file) of one archive. */
export interface LoginTable extends RecordGroup {
  sourceSha256: string;
  member: string;
  /** JSON pointer of the list ('' for a whole text file). */
  table: string;
  /** Citation of the oldest and newest dated sign-in. */
  oldest: Provenance | null;
  newest: Provenance | null;
}

/** Sign-ins by one device (model + system + identifiers); `label` null when the export names none. */
export interface LoginDevice extends RecordGroup {
  label: string | null;
  model: string | null;
  system: string | null;
  identifiers: Record<string, string>;
}

export interface AppRecord extends RecordGroup {
  name: string;
}

export interface ClaimEvidence {
  doc: AnalyzeDocument;
  findingMeta: Readonly<Record<string, FindingMeta>>;
  loginTables: LoginTable[];
  loginDevices: LoginDevice[];
  apps: AppRecord[];
  /** Untimed records per fact kind (advertiser, device, …). */
  factCounts: Readonly<Partial<Record<string, number>>>;
  /** One record of each category present (event kind, fact kind, "device"), for citations. */
  categorySamples: Readonly<Partial<Record<string, Provenance>>>;
}

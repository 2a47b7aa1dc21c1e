/**
 * The one API contract. Every call the UI can make is a channel here, with its request and
 * response types; every transport (Electron IPC, the loopback `serve` HTTP transport) implements
 * exactly this list. The renderer cannot tell which transport it talks to.
 *
 * Every request and response type here has a zod schema in shared/schemas/ (requests.ts,
 * responses.ts); shared/schemas/agree.ts fails to compile when a type and its schema differ, so
 * change both together. Requests are checked on entry by the core (electron/core/api/validate.ts).
 */
import type { ClaimEntry, ClaimTemplate, ClaimsEvaluation } from './claims';
import type { FindingVocab, FlagCode, FlagVocab } from './words/codes';
import type {
  Coverage, DataVersion, DatasetCredit, EventKind, Grade, LocationKind, MemberStatus, NetworkKind, Platform, Provenance, TimePrecision,
} from './domain';

// ---------- profile & sources ----------

export interface ProfileInfo {
  version: string;
  transport: 'electron' | 'serve';
  dbPath: string;
  dbBytes: number;
  sources: number;
  events: number;
  /** The bundled synthetic sample export can be imported. */
  sampleAvailable: boolean;
  /** Whether `dialog.openExport` works (Electron) or the UI must use a file input (serve). */
  nativeDialog: boolean;
  /** The current profile's name; null when the database is not in a profiles folder (`--db PATH`): switching is off. */
  profile: string | null;
  /** Presenter mode is on (DisplaySettings.presenter): every response is redacted by the core; the UI shows the banner. */
  presenter: boolean;
}

export interface SourcePart { file: string; sha256: string; bytes: number }

export interface SourceSummary {
  id: number;
  platform: Platform;
  format: string;
  /** The archive's file name (or folder name) as picked. */
  file: string;
  sha256: string;
  bytes: number;
  parts: SourcePart[];
  parserVersion: string;
  importedAt: string;
  events: number;
  facts: number;
  first: string | null;
  last: string | null;
  /** Member counts per status; `notRead`: items and values in read members that became no record. */
  coverage: { parsed: number; ignored: number; unknown: number; missing: number; errors: number; notRead: number };
  /** A synthetic export (a workshop persona or the bundled sample): never anyone's data. */
  synthetic: boolean;
}

export interface MemberRow {
  path: string;
  bytes: number;
  sha256: string | null;
  status: MemberStatus;
  records: number;
  /** Items the importer found in the member (null: not counted, e.g. imported before the ledger). */
  items: number | null;
  /** Why ignored / what was expected / the error text. */
  note: string | null;
}

// ---------- import ----------

export type ImportPhase = 'inventory' | 'hashing' | 'recognise' | 'reading' | 'analysing' | 'committing' | 'done' | 'failed' | 'cancelled';

export interface ImportProgress {
  jobId: string;
  phase: ImportPhase;
  /** The archive being read (file name only). */
  file: string;
  member: string | null;
  bytesRead: number;
  bytesTotal: number;
  membersDone: number;
  membersTotal: number;
  records: number;
}

export interface ImportResult {
  jobId: string;
  status: 'imported' | 'already-imported' | 'failed' | 'cancelled';
  sourceIds: number[];
  /** For failures: one sentence naming the file (and member) and the problem. */
  message: string | null;
  file: string | null;
  member: string | null;
}

// ---------- timeline ----------

export interface TimelineFilter {
  from?: string;
  to?: string;
  sourceIds?: number[];
  platforms?: Platform[];
  kinds?: EventKind[];
  countries?: string[];
  networkKinds?: NetworkKind[];
  deviceIds?: number[];
  flaggedOnly?: boolean;
  /** Full-text query (FTS5 syntax is escaped: plain words, all must match). */
  q?: string;
}

export type TimelineOrder = 'oldest' | 'newest';

/** `report.verify`: the same comparison as `whereabouts verify`, over the profile's sources. */
export interface ReportVerification {
  kind: 'json' | 'html';
  /** "Whereabouts 0.9.0": the tool that made the report. */
  tool: string;
  generatedAt: string;
  /** Set when the report was made by another version of the tool. */
  versionNote: string | null;
  /** The report's exports, and whether this profile holds each (by SHA-256). */
  archives: { file: string; sha256: string; inProfile: boolean }[];
  /** Per section, the first differing values by path (empty when an export is missing). */
  sections: { section: string; match: boolean; differences: string[]; more: number }[];
  /** For an HTML report: whether the page is exactly what the exports give; null for JSON. */
  html: boolean | null;
  match: boolean;
}

export interface Histogram {
  from: string | null;
  to: string | null;
  bucketMs: number;
  counts: number[];
  total: number;
}

/** A stretch of text with search hits marked; the UI renders segments as text, never HTML. */
export interface TextSegment { text: string; hit: boolean }

export interface EventRow {
  id: number;
  time: string | null;
  timeText: string;
  precision: TimePrecision;
  kind: EventKind;
  platform: Platform;
  sourceId: number;
  title: string;
  ip: string | null;
  country: string | null;
  networkKind: NetworkKind | null;
  device: string | null;
  counterpart: string | null;
  flagged: boolean;
  /** With a `q` filter: where it matched. */
  snippet: TextSegment[] | null;
}

export interface Citation extends Provenance {
  sourceFile: string;
  platform: Platform;
  format: string;
  parserVersion: string;
}

export interface EventDetail extends EventRow {
  text: string | null;
  /** The original record, pretty-printed JSON or the original lines. */
  raw: string;
  citation: Citation;
  urls: { url: string; host: string; grade: Grade | null; statement: string | null }[];
  flags: Flag[];
}

export interface TimelinePage {
  /** Offset of the first returned row among all rows matching the filter (ordered by time, id). */
  offset: number;
  total: number;
  events: EventRow[];
}

// ---------- access (Who) ----------

export interface IpRow {
  ip: string;
  count: number;
  first: string | null;
  last: string | null;
  country: string | null;
  /** Registry (RIR) country, the second opinion; null when unknown. */
  registryCountry: string | null;
  asn: number | null;
  org: string | null;
  networkKind: NetworkKind;
  /** Provider name from the curated ASN table (e.g. "Amazon / AWS"). */
  provider: string | null;
  /**
   * What decided `networkKind`: `curated`, `override: …`, `list:<id> (<date>)`,
   * `rule:owner-name "<word>"`, `default: …`, `special: …`, `none: …`; null in a database
   * the analysis has not refreshed yet. Optional so that documents written before it still read.
   */
  networkBasis?: string | null;
  platforms: Platform[];
  flagged: boolean;
}

export interface DeviceRow {
  id: number;
  model: string | null;
  system: string | null;
  identifiers: Record<string, string>;
  count: number;
  first: string | null;
  last: string | null;
  platforms: Platform[];
  /** The raw user-agent text, when the export gave one (shown in the group's detail). */
  userAgent?: string | null;
  /** Key of the DeviceGroupRow this row belongs to. Optional: documents written before it still read. */
  group?: string;
}

/**
 * Device rows that differ only in versions, grouped by device, system and app as read from the
 * user agent and model (electron/core/evidence/devices.ts): "iPhone · iOS 17 · Instagram app".
 */
export interface DeviceGroupRow {
  key: string;
  label: string;
  device: string | null;
  system: string | null;
  app: string | null;
  count: number;
  first: string | null;
  last: string | null;
  platforms: Platform[];
  /** The DeviceRow ids in the group (the raw rows, listed in the detail). */
  deviceIds: number[];
}

export interface NamedRow {
  name: string;
  /** Records naming it (events + facts). */
  count: number;
  first: string | null;
  last: string | null;
  platforms: Platform[];
  detail: string | null;
}

export type FlagKind = FlagCode;

/**
 * A flag as every channel answers it: `code` + `params` are what the store keeps (shared/words);
 * `title` and `explanation` are rendered from them at the edge (`flagWords`), so surfaces that
 * show words need not render.
 */
export type Flag = FlagFields & FlagVocab;

export interface FlagFields {
  id: string;
  /** Same as `code` (kept for documents and UIs that read `kind`). */
  kind: FlagKind;
  severity: 'info' | 'warning' | 'alert';
  title: string;
  /** Plain words: what was seen, why it is flagged, what it does not prove. */
  explanation: string;
  eventIds: number[];
  evidence: Provenance[];
  first: string | null;
  last: string | null;
}

export interface AccessSummary {
  logins: number;
  ips: IpRow[];
  devices: DeviceRow[];
  /** `devices` grouped as people know them; its length is the device count to show. Optional for older documents. */
  deviceGroups?: DeviceGroupRow[];
  countries: { country: string | null; logins: number; ips: number }[];
  networks: { asn: number | null; org: string | null; networkKind: NetworkKind; logins: number; ips: number }[];
  apps: NamedRow[];
  advertisers: NamedRow[];
  offPlatform: (NamedRow & { events: number })[];
  flags: Flag[];
  datasets: DatasetCredit[];
}

// ---------- hosts (Where) ----------

export interface HostLocation {
  label: string;
  kind: LocationKind;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface HostRow {
  host: string;
  count: number;
  first: string | null;
  last: string | null;
  owner: string | null;
  location: HostLocation;
  grade: Grade;
  statement: string;
  /** Public source behind the rule (URL or citation). */
  basis: string | null;
  /** Path tokens graded separately (TikTok `tos-maliva-…`). */
  pathHints: { token: string; location: HostLocation; grade: Grade; statement: string; count: number }[];
  platforms: Platform[];
}

/**
 * A finding as every channel answers it: `code` + `params` are what the store keeps
 * (shared/words); `statement` is rendered from them at the edge (`findingStatement`).
 */
export type Finding = FindingFields & FindingVocab;

export interface FindingFields {
  id: string;
  /** Same as `code` (kept for documents and UIs that read `kind`). */
  kind: string;
  grade: Grade;
  statement: string;
  count: number;
  first: string | null;
  last: string | null;
  evidence: Provenance[];
  eventIds: number[];
}

export interface WhereSummary {
  hosts: HostRow[];
  findings: Finding[];
  /** Login countries for the map. */
  loginCountries: { country: string; logins: number }[];
  datasets: DatasetCredit[];
}

/** Records that carry coordinates (GPS, last known location, Google locationInfos), grouped for the map. */
export interface LocationPoint {
  /** Rounded to 2 decimals (about 1 km): records within that square are one point. */
  lat: number;
  lon: number;
  count: number;
  first: string | null;
  last: string | null;
  platforms: Platform[];
  kinds: EventKind[];
  /** Up to 20 of the records behind the point (for the timeline). */
  eventIds: number[];
  /** The point's first record, cited: its title, member and pointer. */
  example: Provenance & { title: string };
}

export interface LocationRecords {
  /** Records with coordinates (all of them, also those beyond the drawn points). */
  total: number;
  points: LocationPoint[];
  /** Points left out beyond the limit (the most used are drawn). */
  more: number;
}

/** Display settings kept in the profile database, so they survive restarts of `serve` (whose origin changes). */
export interface DisplaySettings {
  theme: 'system' | 'light' | 'dark';
  /** Root font size in percent, 100–200. */
  textSize: number;
  /** The display time zone: 'system' (the computer's) or an IANA name. Absent in settings saved before it existed. */
  timeZone?: string;
  /**
   * Presenter mode (workshops, a projector): while on, the core redacts every response before it
   * leaves (electron/core/redact/): no exact IP, name, handle, message text or raw record reaches
   * the page. Settings saved before it existed read as false.
   */
  presenter: boolean;
}

/** `settings.set`: `presenter` left out keeps the saved value, so a view that does not know it cannot turn it off. */
export type DisplaySettingsUpdate = Omit<DisplaySettings, 'presenter'> & { presenter?: boolean };

export interface StatsSummary {
  total: number;
  facts: number;
  byKind: Partial<Record<EventKind, number>>;
  byPlatform: Partial<Record<Platform, number>>;
  first: string | null;
  last: string | null;
}

export interface Credits {
  datasets: DatasetCredit[];
  offline: string[];
  /** The data and rules loaded now (files and rule sets by SHA-256, dataset dates). */
  dataVersion: DataVersion;
  /** The version the open profile's enrichment, findings and flags were computed with; null before any analysis. */
  profileDataVersion: string | null;
}

export type CsvTable = 'timeline' | 'ips' | 'devices' | 'apps' | 'advertisers' | 'hosts' | 'findings';

// ---------- claims & reports (docs/claims-and-reports.md) ----------

export interface ClaimsRequest {
  /** Full claims or `{template: id, ...overrides}`; validated by the core (ApiError 'bad-request' lists the problems). */
  claims: ClaimEntry[];
  /** The sources to test; default every source in the profile. */
  sourceIds?: number[];
  /** Names the work for `work.progress` events and `work.cancel` (chosen by the caller, e.g. a UUID). */
  requestId?: string;
  /** report.build / report.pdf: the zone the HTML shows times in (IANA; the display zone). Default UTC. */
  timeZone?: string;
}

/** Progress of a long claims evaluation or report (`requestId` of its request): step of steps, in words. */
export interface WorkProgress {
  requestId: string;
  work: 'claims' | 'report';
  step: number;
  steps: number;
  label: string;
}

// ---------- workshop: personas, profiles, erase, group summaries, request letters (issue 16, docs/workshops.md) ----------

/** A synthetic workshop person (electron/core/personas/catalogue.ts); `import.persona` loads their exports. */
export interface PersonaListItem { id: string; name: string; platforms: Platform[]; story: string }

/** Profile names: what `profiles.create` accepts (a folder name that cannot climb out of the profiles folder). */
export const PROFILE_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

export interface ProfileEntry {
  name: string;
  current: boolean;
  /** The database and its -wal, in bytes. */
  dbBytes: number;
  sources: number;
  events: number;
  /** Every source in it is synthetic (persona/sample); false for an empty profile. */
  syntheticOnly: boolean;
}

export interface ProfilesList {
  /** null: the database is not in a profiles folder (`serve --db X`). */
  current: string | null;
  profiles: ProfileEntry[];
  /** false when current is null. */
  switchable: boolean;
}

/** What an erase removed and what it left alone (not written by Whereabouts), as paths (core/erase/erase-profile.ts). */
export interface EraseOutcome { removed: string[]; kept: string[] }
export interface ErasedProfile { info: ProfileInfo; erased: EraseOutcome }

export const AGGREGATE_DIMENSIONS = ['sign-in country', 'sign-in network kind', 'served-from host owner', 'platform'] as const;
export type AggregateDimension = (typeof AGGREGATE_DIMENSIONS)[number];

/** One value of a dimension: `count` participants have it, `records` records have it (summed). */
export interface AggregateCell { dimension: AggregateDimension; value: string; count: number; records: number }

export interface AggregateSuppressed {
  dimension: AggregateDimension;
  /** Cells withheld by this file's k rule (their values are not written). */
  cells: number;
  /** Cells the merged inputs had withheld (at most: one value withheld in two inputs counts twice). */
  inInputs: number;
}

/** The k-anonymous group summary (`whereabouts aggregate`, core/aggregate/format.ts). */
export interface AggregateFile {
  format: 'whereabouts-aggregate';
  version: 1;
  k: number;
  participants: number;
  /** True when any participant's summary included synthetic (persona or sample) sources. */
  synthetic: boolean;
  cells: AggregateCell[];
  suppressed: AggregateSuppressed[];
}

/** How to ask a platform for its export (core/letter/request-info.ts), each statement with its source. */
export interface RequestInfo {
  platform: Platform;
  label: string;
  /** Where the request is made. */
  howToRequest: string;
  /** The choices that make the export readable here (format, parts). */
  choose: string[];
  typicalWait: string;
  /** The categories to ask for: what this app reads for access, devices, apps and advertisers. */
  askFor: string[];
  /** Where each statement comes from (the reference section and the public sources it cites). */
  sources: string[];
}

export type Jurisdiction = 'eu' | 'us';

// ---------- the contract ----------

export interface ApiContract {
  'profile.info': { req: Record<string, never>; res: ProfileInfo };
  /** Removes the database, its -wal/-shm/-journal and the profile's uploads and temp copies (eraseProfile), then opens a fresh one. */
  'profile.erase': { req: { confirm: 'erase everything' }; res: ErasedProfile };
  'sources.list': { req: Record<string, never>; res: SourceSummary[] };
  'sources.members': { req: { sourceId: number }; res: MemberRow[] };
  'sources.coverage': { req: { sourceId: number }; res: Coverage };
  'sources.remove': { req: { sourceId: number }; res: ProfileInfo };
  /** The export's structure without its values (`whereabouts shape`), for a bug report; needs the export still on disk. */
  'sources.shape': { req: { sourceId: number }; res: { text: string; fileName: string } };
  'dialog.openExport': { req: { folder?: boolean }; res: { paths: string[] | null } };
  'import.start': { req: { paths: string[] }; res: { jobId: string } };
  'import.sample': { req: Record<string, never>; res: { jobId: string } };
  'import.cancel': { req: { jobId: string }; res: { cancelled: boolean } };
  'stats.summary': { req: { sourceIds?: number[] }; res: StatsSummary };
  'timeline.histogram': { req: { filter: TimelineFilter; buckets: number }; res: Histogram };
  /** `order: 'newest'` counts offsets from the newest event (default 'oldest'); `at` then finds the newest event at or before it. */
  'timeline.page': { req: { filter: TimelineFilter; offset?: number; at?: string; limit: number; order?: TimelineOrder }; res: TimelinePage };
  'timeline.event': { req: { id: number }; res: EventDetail | null };
  'access.summary': { req: { sourceIds?: number[] }; res: AccessSummary };
  'where.summary': { req: { sourceIds?: number[] }; res: WhereSummary };
  /** Records with coordinates for the map (location records, not sign-ins or servers). */
  'where.locations': { req: { sourceIds?: number[] }; res: LocationRecords };
  /** Display settings stored in the profile; null when none were saved yet. */
  'settings.get': { req: Record<string, never>; res: { display: DisplaySettings | null } };
  'settings.set': { req: { display: DisplaySettingsUpdate }; res: { display: DisplaySettings | null } };
  'credits.list': { req: Record<string, never>; res: Credits };
  /** `timeZone` (IANA, the display zone): the timeline CSV adds `time_in_zone` and `zone` columns. */
  'export.csv': { req: { table: CsvTable; filter?: TimelineFilter; sourceIds?: number[]; timeZone?: string }; res: { filename: string; csv: string } };
  'claims.templates': { req: Record<string, never>; res: ClaimTemplate[] };
  /** Verdicts; evidence carries event ids here (for the timeline), never in reports. */
  'claims.evaluate': { req: ClaimsRequest; res: ClaimsEvaluation };
  /** `redact`: names, handles, text and exact IPs left out (docs/workshops.md); forced on in presenter mode. */
  'report.build': { req: ClaimsRequest & { format: 'html' | 'json'; redact?: boolean }; res: { filename: string; content: string } };
  /** Electron: printed by the window (printToPDF). Serve: 'unsupported' unless Chromium is available to the server. */
  'report.pdf': { req: ClaimsRequest & { redact?: boolean }; res: { filename: string; base64: string } };
  /** A saved report (its text, JSON or HTML) checked against the profile's copies of the exports it names. */
  'report.verify': { req: { text: string }; res: ReportVerification };
  /** Stops a running claims evaluation or report named by its requestId; it then fails with 'cancelled'. */
  'work.cancel': { req: { requestId: string }; res: { cancelled: boolean } };
  // --- workshop (issue 16) ---
  'personas.list': { req: Record<string, never>; res: PersonaListItem[] };
  /** Like import.sample: one job for all of the persona's exports; its sources are marked synthetic. */
  'import.persona': { req: { id: string }; res: { jobId: string } };
  'profiles.list': { req: Record<string, never>; res: ProfilesList };
  /** `name` matches PROFILE_NAME_PATTERN; an existing profile is refused. */
  'profiles.create': { req: { name: string }; res: ProfilesList };
  /** Closes this profile and opens the other; refused (busy) while an import or a claims/report run works. */
  'profiles.switch': { req: { name: string }; res: ProfileInfo };
  /** Erasing the current profile leaves it empty and current (a fresh database), like profile.erase. */
  'profiles.erase': { req: { name: string; confirm: 'erase everything' }; res: ProfilesList & { erased: EraseOutcome } };
  /** One participant's k-anonymous summary of this profile (synthetic sources only when asked). */
  'aggregate.make': { req: { k: number; includeSynthetic: boolean }; res: AggregateFile };
  /** Summaries' texts merged into a group view; a refused file is named in the message. */
  'aggregate.merge': { req: { files: { name: string; text: string }[] }; res: AggregateFile };
  'letter.info': { req: { platform: Platform }; res: RequestInfo };
  /** The follow-up request naming what this profile's exports of the platform lacked; plain text to edit. */
  'letter.compose': { req: { platform: Platform; jurisdiction: Jurisdiction }; res: { text: string; fileName: string } };
}

export type Channel = keyof ApiContract;
export type Req<C extends Channel> = ApiContract[C]['req'];
export type Res<C extends Channel> = ApiContract[C]['res'];

/** The allow-list: the preload exposes, and the main process registers, exactly these. */
export const CHANNELS = [
  'profile.info', 'profile.erase', 'sources.list', 'sources.members', 'sources.coverage', 'sources.remove', 'sources.shape',
  'dialog.openExport', 'import.start', 'import.sample', 'import.cancel', 'stats.summary',
  'timeline.histogram', 'timeline.page', 'timeline.event', 'access.summary', 'where.summary', 'where.locations', 'settings.get', 'settings.set',
  'credits.list', 'export.csv', 'claims.templates', 'claims.evaluate', 'report.build', 'report.pdf', 'report.verify', 'work.cancel',
  // workshop (issue 16)
  'personas.list', 'import.persona', 'profiles.list', 'profiles.create', 'profiles.switch', 'profiles.erase',
  'aggregate.make', 'aggregate.merge', 'letter.info', 'letter.compose',
] as const satisfies readonly Channel[];

// Compile-time proof that CHANNELS lists every channel of the contract.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allListed: Missing extends never ? true : never = true;
void _allListed;

/** Events pushed from the core to the UI. */
export interface ApiEvents {
  'import.progress': ImportProgress;
  'import.done': ImportResult;
  'work.progress': WorkProgress;
}
export type EventName = keyof ApiEvents;
export const EVENT_NAMES = ['import.progress', 'import.done', 'work.progress'] as const satisfies readonly EventName[];

/** What `window.api` is, in Electron and in serve mode alike. */
export type Api = { [C in Channel]: (req: Req<C>) => Promise<Res<C>> } & {
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  /** Turn a dropped or picked File into a path the core can read (Electron: its path; serve: an upload). */
  resolveFile(file: File): Promise<string>;
};

/**
 * Errors crossing a transport: the envelope `{code, message, detail?}` of shared/errors.ts
 * (codes documented in docs/errors.md).
 */
export type { ErrorEnvelope as ApiErrorShape } from './errors';

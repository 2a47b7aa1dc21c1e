/**
 * Every row the analysis step reads or writes, behind named functions: the sign-ins and security
 * events it analyses, the link groups it aggregates in SQL, the stored classifications it
 * refreshes, its meta keys, and the derived findings and flags it writes back (as code + params,
 * never as sentences: shared/words renders them). The analysis modules hold no SQL.
 */
import type { Finding, Flag, HostLocation } from '../../../shared/api';
import type { Grade, Platform, Provenance } from '../../../shared/domain';
import type { Db } from './db';
import { eventPointerSql } from './compact';
import { hiddenSourceIds } from './queries/visible';
import { iso } from './queries/rows';

// ---------- sources ----------

/** SHA-256s of the given sources (null: every source, no filter). */
export function sourceShas(db: Db, sourceIds?: readonly number[]): Set<string> | null {
  if (!sourceIds) return null;
  return new Set(db.prepare(`SELECT sha256 FROM sources WHERE id IN (${sourceIds.map(() => '?').join(',') || 'NULL'})`).pluck().all(...sourceIds) as string[]);
}

// ---------- sign-ins and security events ----------

/** A login as the access analysis needs it; the IP's enrichment is looked up again from the datasets. */
export interface LoginInput {
  eventId: number;
  time: string;
  ip: string;
  deviceId: number | null;
  platform: Platform;
  provenance: Provenance;
}

export interface SecurityInput {
  eventId: number;
  time: string;
  ts: number;
  kind: 'password_change' | 'logout' | 'security';
  platform: Platform;
  provenance: Provenance;
}

// Seconds, as every summary and the analyze document (docs/analyze-json.md).
const seconds = (ts: number): string => iso(ts) as string;

export function loadLogins(db: Db): LoginInput[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.ts, e.platform, e.device_id, ${eventPointerSql('e')} AS pointer, m.path AS member, s.sha256, i.address
       FROM events e JOIN ips i ON i.id = e.ip_id JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
       WHERE e.kind = 'login' AND s.state = 'complete' ORDER BY e.ts, e.id`,
    )
    .all() as { id: number; ts: number; platform: Platform; device_id: number | null; pointer: string; member: string; sha256: string; address: string }[];
  return rows.map((r) => ({
    eventId: r.id, time: seconds(r.ts), ip: r.address, deviceId: r.device_id, platform: r.platform,
    provenance: { sourceSha256: r.sha256, member: r.member, pointer: r.pointer },
  }));
}

export function loadSecurity(db: Db): SecurityInput[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.ts, e.kind, e.platform, ${eventPointerSql('e')} AS pointer, m.path AS member, s.sha256
       FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
       WHERE e.kind IN ('password_change', 'logout', 'security') AND s.state = 'complete' ORDER BY e.ts, e.id`,
    )
    .all() as { id: number; ts: number; kind: SecurityInput['kind']; platform: Platform; pointer: string; member: string; sha256: string }[];
  return rows.map((r) => ({
    eventId: r.id, time: seconds(r.ts), ts: r.ts, kind: r.kind, platform: r.platform,
    provenance: { sourceSha256: r.sha256, member: r.member, pointer: r.pointer },
  }));
}

// ---------- link groups (findings about where links were served from) ----------

/** One group of links: a host rule or a path-token rule, with its location label, over some sources. */
export interface LinkGroupKey {
  by: 'host' | 'path';
  ruleId: string;
  label: string;
  /** Restrict to these sources (a report on part of the profile); undefined: all. */
  sourceIds?: readonly number[];
}

export interface LinkGroupRow {
  ruleId: string;
  label: string;
  grade: Grade;
  /** One host name (host groups) or URL (path groups) of the group, to classify it again. */
  sample: string;
  count: number;
  /** Epoch ms of the first and last event, null when undated. */
  lo: number | null;
  hi: number | null;
}

/**
 * The chosen sources, never an import still under way (staged commits): an analysis started while
 * one runs (removing a source, rebuilding stale findings on open) must not link its events.
 */
function sourceFilter(sourceIds?: readonly number[], hidden: readonly number[] = []): { sql: string; params: number[] } {
  const unfinished = hidden.length === 0 ? '' : ` AND e.source_id NOT IN (${hidden.map((n) => Math.trunc(n)).join(',')})`;
  if (!sourceIds) return { sql: unfinished, params: [] };
  return { sql: ` AND e.source_id IN (${sourceIds.map(() => '?').join(',') || 'NULL'})${unfinished}`, params: [...sourceIds] };
}

/**
 * Link groups per (rule, label): memory grows with the number of groups, not of URLs. Host groups
 * are counted per host through the urls_host index and summed over the hosts of a group here: a
 * GROUP BY on the host's rule and label sorted every urls row in a temporary b-tree (1.2 s against
 * 0.3 s at 1 M links, bench/README.md). Rows come in (rule, label) order, NULL rule first, as the
 * GROUP BY gave them.
 */
export function linkGroups(db: Db, by: 'host' | 'path', sourceIds?: readonly number[]): LinkGroupRow[] {
  const sf = sourceFilter(sourceIds, hiddenSourceIds(db));
  if (by === 'path') {
    return db.prepare(
      `SELECT p.rule_id AS ruleId, p.location_label AS label, p.grade, min(u.url) AS sample, count(*) AS count, min(e.ts) AS lo, max(e.ts) AS hi
       FROM urls u JOIN path_hints p ON p.id = u.path_hint_id JOIN events e ON e.id = u.event_id
       WHERE 1 = 1${sf.sql} GROUP BY p.rule_id, p.location_label`,
    ).all(...sf.params) as LinkGroupRow[];
  }
  const perHost = db.prepare(
    `SELECT u.host_id AS hostId, count(*) AS count, min(e.ts) AS lo, max(e.ts) AS hi
     FROM urls u JOIN events e ON e.id = u.event_id WHERE 1 = 1${sf.sql} GROUP BY u.host_id`,
  ).all(...sf.params) as { hostId: number; count: number; lo: number | null; hi: number | null }[];
  const hosts = new Map(
    (db.prepare(`SELECT id, rule_id AS ruleId, coalesce(location_label, '') AS label, grade, name FROM hosts`).all() as
      { id: number; ruleId: string | null; label: string; grade: Grade; name: string }[]).map((h) => [h.id, h]),
  );
  const groups = new Map<string, LinkGroupRow>();
  for (const c of perHost) {
    const h = hosts.get(c.hostId);
    if (!h) continue; // every urls row has its host (foreign key); kept total anyway
    const key = `${h.ruleId === null ? '0' : `1${h.ruleId}`}\u0000${h.label}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { ruleId: h.ruleId as string, label: h.label, grade: h.grade, sample: h.name, count: c.count, lo: c.lo, hi: c.hi });
      continue;
    }
    g.count += c.count;
    if (h.name < g.sample) g.sample = h.name;
    g.lo = minTs(g.lo, c.lo);
    g.hi = maxTs(g.hi, c.hi);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

function minTs(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxTs(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** The SELECT of one group's distinct event ids, with its parameters (kept inside this module). */
function groupEventsSql(db: Db, key: LinkGroupKey): { sql: string; params: unknown[] } {
  const sf = sourceFilter(key.sourceIds, hiddenSourceIds(db));
  const sql = key.by === 'host'
    ? `SELECT DISTINCT u.event_id FROM urls u JOIN hosts h ON h.id = u.host_id JOIN events e ON e.id = u.event_id
       WHERE h.rule_id = ? AND coalesce(h.location_label, '') = ?${sf.sql}`
    : `SELECT DISTINCT u.event_id FROM urls u JOIN path_hints p ON p.id = u.path_hint_id JOIN events e ON e.id = u.event_id
       WHERE p.rule_id = ? AND p.location_label = ?${sf.sql}`;
  return { sql, params: [key.ruleId, key.label, ...sf.params] };
}

export function linkGroupEventIds(db: Db, key: LinkGroupKey): number[] {
  const g = groupEventsSql(db, key);
  return db.prepare(`${g.sql} ORDER BY 1`).pluck().all(...g.params) as number[];
}

/** A group's event ids in time order, one at a time (streamed output: a group can hold every event). */
export function iterateLinkGroupEventIds(db: Db, key: LinkGroupKey): IterableIterator<number> {
  const g = groupEventsSql(db, key);
  return db.prepare(`SELECT e.id FROM events e WHERE e.id IN (${g.sql}) ORDER BY e.ts, e.id`).pluck().iterate(...g.params) as IterableIterator<number>;
}

/** Whether a group has an event in these sources. */
export function linkGroupTouches(db: Db, key: LinkGroupKey, sourceIds: readonly number[]): boolean {
  const g = groupEventsSql(db, key);
  return db
    .prepare(`SELECT 1 FROM events e WHERE e.id IN (${g.sql}) AND e.source_id IN (${sourceIds.map(() => '?').join(',')}) LIMIT 1`)
    .get(...g.params, ...sourceIds) !== undefined;
}

/**
 * The first `cap` citations of a group, in time order. With `walk` (the caller's choice for a group
 * holding at least half of the events: walkPays) it is read by walking events in time order and stopping at `cap` (the CDN
 * host of a TikTok export holds nearly every event: collecting and sorting a million ids took
 * 0.85 s at 1 M, the walk under 1 ms); a smaller group is collected and sorted, which is cheap.
 * Both give the same rows.
 */
export function linkGroupEvidence(db: Db, key: LinkGroupKey, cap: number, walk = false): Provenance[] {
  const head = `SELECT s.sha256, m.path AS member, ${eventPointerSql('e')} AS pointer FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id`;
  let rows: { sha256: string; member: string; pointer: string }[];
  if (walk) {
    const sf = sourceFilter(key.sourceIds, hiddenSourceIds(db));
    const inGroup = key.by === 'host'
      ? `EXISTS (SELECT 1 FROM urls u JOIN hosts h ON h.id = u.host_id WHERE u.event_id = e.id AND h.rule_id = ? AND coalesce(h.location_label, '') = ?)`
      : `EXISTS (SELECT 1 FROM urls u JOIN path_hints p ON p.id = u.path_hint_id WHERE u.event_id = e.id AND p.rule_id = ? AND p.location_label = ?)`;
    rows = db.prepare(`${head} WHERE ${inGroup}${sf.sql} ORDER BY e.ts, e.id LIMIT ?`)
      .all(key.ruleId, key.label, ...sf.params, cap) as typeof rows;
  } else {
    const g = groupEventsSql(db, key);
    rows = db.prepare(`${head} WHERE e.id IN (${g.sql}) ORDER BY e.ts, e.id LIMIT ?`).all(...g.params, cap) as typeof rows;
  }
  return rows.map((r) => ({ sourceSha256: r.sha256, member: r.member, pointer: r.pointer }));
}

/** Whether walking events in time order beats collecting a group's ids: counted once per analysis, not per group. */
export function walkPays(db: Db): (groupSize: number) => boolean {
  const total = db.prepare(`SELECT count(*) FROM events`).pluck().get() as number;
  return (groupSize) => groupSize * 2 >= total;
}

/**
 * Ties a stored finding to its group of links (schema 12): the finding row names the group (host or
 * path rule + label) and its events are read through urls when asked for (linkGroupCitations),
 * instead of one finding_events row per event — the analysis of a 1 M-event export linked every
 * watched video to its CDN finding, ~15 % of the database (bench/README.md). Only for findings
 * about the whole profile (a report's findings over some sources are not stored).
 */
export function linkFindingToGroup(db: Db, findingId: string, key: LinkGroupKey): void {
  if (key.sourceIds !== undefined) throw new Error('internal: a stored finding covers the whole profile, not some sources');
  db.prepare(`UPDATE findings SET link_by = ?, link_rule = ?, link_label = ? WHERE id = ?`).run(key.by, key.ruleId, key.label, findingId);
}

/** A stored finding's group of links, or null for a finding linked event by event (finding_events). */
export function storedLinkGroup(row: { link_by: 'host' | 'path' | null; link_rule: string | null; link_label: string | null }): LinkGroupKey | null {
  if (row.link_by === null || row.link_rule === null || row.link_label === null) return null;
  return { by: row.link_by, ruleId: row.link_rule, label: row.link_label };
}

/**
 * What finding_events gives a finding linked event by event, for a group of links: every event id
 * in time order and the first `cap` citations. Events of an import still under way are left out.
 */
export function linkGroupCitations(db: Db, key: LinkGroupKey, cap: number): { eventIds: number[]; evidence: Provenance[] } {
  const g = groupEventsSql(db, key);
  const rows = db
    .prepare(`SELECT e.id, ${eventPointerSql('e')} AS pointer, m.path AS member, s.sha256
              FROM events e JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
              WHERE e.id IN (${g.sql}) ORDER BY e.ts, e.id`)
    .all(...g.params) as { id: number; pointer: string; member: string; sha256: string }[];
  return {
    eventIds: rows.map((r) => r.id),
    evidence: rows.slice(0, cap).map((r) => ({ sourceSha256: r.sha256, member: r.member, pointer: r.pointer })),
  };
}

// ---------- stored classifications (refreshed when the rules change) ----------

export interface StoredHost {
  id: number;
  name: string;
  owner: string | null;
  rule_id: string | null;
  grade: string;
  location_label: string | null;
  location_kind: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  statement: string | null;
  basis: string | null;
}

export function storedHosts(db: Db): StoredHost[] {
  return db.prepare(`SELECT id, name, owner, rule_id, grade, location_label, location_kind, country, lat, lon, statement, basis FROM hosts`).all() as StoredHost[];
}

export interface HostClassification {
  owner: string | null;
  ruleId: string;
  grade: Grade;
  location: HostLocation;
  statement: string;
  basis: string | null;
}

/** A writer for host classifications (one prepared statement for the whole refresh). */
export function hostClassificationWriter(db: Db): (hostId: number, c: HostClassification) => void {
  const update = db.prepare(
    `UPDATE hosts SET owner = ?, rule_id = ?, grade = ?, location_label = ?, location_kind = ?, country = ?, lat = ?, lon = ?,
       statement = ?, basis = ? WHERE id = ?`,
  );
  return (hostId, c) => {
    const l = c.location;
    update.run(c.owner, c.ruleId, c.grade, l.label, l.kind, l.country, l.lat, l.lon, c.statement, c.basis, hostId);
  };
}

/** An address's stored enrichment: every column an import writes from the IP datasets. */
export interface StoredNetwork {
  id: number;
  address: string;
  version: number | null;
  country: string | null;
  registry_country: string | null;
  asn: number | null;
  org: string | null;
  network_kind: string;
  provider: string | null;
  network_basis: string | null;
  special: string | null;
}

export function storedNetworks(db: Db): StoredNetwork[] {
  return db.prepare(`SELECT id, address, version, country, registry_country, asn, org, network_kind, provider, network_basis, special FROM ips`).all() as StoredNetwork[];
}

export interface NetworkClassification {
  version: number | null;
  country: string | null;
  registryCountry: string | null;
  asn: number | null;
  org: string | null;
  networkKind: string;
  provider: string | null;
  networkBasis: string;
  special: string | null;
}

export function networkClassificationWriter(db: Db): (ipId: number, c: NetworkClassification) => void {
  const update = db.prepare(
    `UPDATE ips SET version = ?, country = ?, registry_country = ?, asn = ?, org = ?, network_kind = ?, provider = ?, network_basis = ?, special = ?
     WHERE id = ?`,
  );
  return (ipId, c) => {
    update.run(c.version, c.country, c.registryCountry, c.asn, c.org, c.networkKind, c.provider, c.networkBasis, c.special, ipId);
  };
}

// ---------- stored path hints (a URL's location token, refreshed when the path rules change) ----------

export interface StoredUrl { id: number; url: string; path_hint_id: number | null }

/** URLs in id order after `afterId`, `limit` at a time: the refresh never holds them all. */
export function urlBatch(db: Db, afterId: number, limit: number): StoredUrl[] {
  return db.prepare(`SELECT id, url, path_hint_id FROM urls WHERE id > ? ORDER BY id LIMIT ?`).all(afterId, limit) as StoredUrl[];
}

export interface PathHintRow {
  key: string; token: string; ruleId: string; grade: string; statement: string; basis: string | null;
  location: { label: string; kind: string; country: string | null; lat: number | null; lon: number | null };
}

/**
 * Finds or writes the path_hints row of a hint (by key), rewriting its fields so a row kept
 * from older rules says what the current ones say; returns its id. One call per distinct key.
 */
export function pathHintUpserter(db: Db): (h: PathHintRow) => number {
  const upsert = db.prepare(
    `INSERT INTO path_hints (key, token, rule_id, grade, location_label, location_kind, country, lat, lon, statement, basis)
     VALUES (@key, @token, @ruleId, @grade, @label, @kind, @country, @lat, @lon, @statement, @basis)
     ON CONFLICT (key) DO UPDATE SET token = excluded.token, rule_id = excluded.rule_id, grade = excluded.grade,
       location_label = excluded.location_label, location_kind = excluded.location_kind, country = excluded.country,
       lat = excluded.lat, lon = excluded.lon, statement = excluded.statement, basis = excluded.basis
     RETURNING id`,
  );
  return (h) => {
    const l = h.location;
    return (upsert.get({ key: h.key, token: h.token, ruleId: h.ruleId, grade: h.grade, label: l.label, kind: l.kind, country: l.country, lat: l.lat, lon: l.lon, statement: h.statement, basis: h.basis }) as { id: number }).id;
  };
}

export function urlHintWriter(db: Db): (urlId: number, hintId: number | null) => void {
  const update = db.prepare(`UPDATE urls SET path_hint_id = ? WHERE id = ?`);
  return (urlId, hintId) => {
    update.run(hintId, urlId);
  };
}

/** Path hints no URL names any more (the rules changed). */
export function pruneUnusedPathHints(db: Db): number {
  return db.prepare(`DELETE FROM path_hints WHERE id NOT IN (SELECT path_hint_id FROM urls WHERE path_hint_id IS NOT NULL)`).run().changes;
}

// ---------- meta ----------

export function metaValue(db: Db, key: string): string | null {
  return (db.prepare(`SELECT value FROM meta WHERE key = ?`).pluck().get(key) as string | undefined) ?? null;
}

export function setMetaValue(db: Db, key: string, value: string): void {
  db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(key, value);
}

export function deleteMetaValue(db: Db, key: string): void {
  db.prepare(`DELETE FROM meta WHERE key = ?`).run(key);
}

/**
 * Set by a migration that drops the derived findings and flags (schema 9); cleared by
 * writeDerived. While set, the core re-runs the analysis when it opens the profile.
 */
export const ANALYSIS_STALE_KEY = 'analysis-stale';

// ---------- derived findings and flags ----------

/**
 * Rebuilds the derived tables whole (so they always match the sources present): each finding and
 * flag as its code + params (JSON), times as epoch ms, and the events behind it. Link findings'
 * events are linked afterwards with linkFindingToGroup.
 */
export function writeDerived(db: Db, flags: readonly Flag[], findings: readonly Finding[]): void {
  db.exec(`DELETE FROM flag_events; DELETE FROM flags; DELETE FROM finding_events; DELETE FROM findings; UPDATE events SET flagged = 0 WHERE flagged = 1;`);
  const ms = (t: string | null) => (t === null ? null : Date.parse(t));
  const insFlag = db.prepare(`INSERT INTO flags (id, code, severity, params, first_ts, last_ts, ord) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insFlagEvent = db.prepare(`INSERT OR IGNORE INTO flag_events (flag_id, event_id) VALUES (?, ?)`);
  const mark = db.prepare(`UPDATE events SET flagged = 1 WHERE id = ?`);
  flags.forEach((f, ord) => {
    insFlag.run(f.id, f.code, f.severity, JSON.stringify(f.params), ms(f.first), ms(f.last), ord);
    for (const id of f.eventIds) {
      insFlagEvent.run(f.id, id);
      mark.run(id);
    }
  });
  const insFinding = db.prepare(`INSERT INTO findings (id, code, grade, params, count, first_ts, last_ts, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insFindingEvent = db.prepare(`INSERT OR IGNORE INTO finding_events (finding_id, event_id) VALUES (?, ?)`);
  findings.forEach((f, ord) => {
    insFinding.run(f.id, f.code, f.grade, JSON.stringify(f.params), f.count, ms(f.first), ms(f.last), ord);
    for (const id of f.eventIds) insFindingEvent.run(f.id, id);
  });
  deleteMetaValue(db, ANALYSIS_STALE_KEY);
}

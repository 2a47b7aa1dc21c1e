/**
 * Writes one source's records inside the caller's transaction. Entities (IPs, devices, hosts,
 * apps, advertisers) are shared across sources: the first source to mention one creates it,
 * with its enrichment; later ones reuse the row. Prepared statements and in-memory id caches
 * keep the per-record cost to a few index probes.
 *
 * A staged import (run-import.ts) commits in batches: endBatch() before each commit puts the
 * batch's events in the full-text index, so no committed event is ever unindexed.
 */
import type { Platform } from '../../../shared/domain';
import { RAW_TEXT, type DeviceRef, type EventRecord, type FactRecord, type ImportRecord, type WithRawText } from '../../../shared/records';
import type { Db } from './db';
import type { Enricher } from './enrichment';
import { dayOf } from './queries/day-counts';
import { splitPointer, storedTimeText, TIME_AS_STORED, type PointerSplit, type TimeAsStored } from './compact';
import { msOfIso } from './iso-time';
import { IN_PACKED_BLOCK, INLINE_RAW_CHARS, PackedBlockQueue, RawBlockWriter, type PackedBlock } from './raw-blocks';
import { HostNames, normaliseIp } from './urls';
import { EventUrlRows, PlainEventRows } from './plain-rows';


/**
 * The highest event id handed out on each connection. Two writers may share a transaction (tests
 * do, interleaving two sources): each takes ids above every id either has handed out, so rows
 * waiting in one writer's buffer never collide with the other's.
 */
const handedOut = new WeakMap<Db, number>();

/** Pointer bases kept in memory per import; beyond it they are looked up again (UNIQUE index). */
const MAX_CACHED_BASES = 10_000;

export interface SourceInsert {
  platform: Platform;
  format: string;
  importer: string;
  file: string;
  path: string;
  bytes: number;
  sha256: string;
  parts: { file: string; sha256: string; bytes: number }[];
  parserVersion: string;
  importedAt: string;
  /** A staged import (run-import.ts): 'importing' until finishSource. Otherwise complete at once. */
  staged?: boolean;
}

export interface MemberInsert {
  path: string;
  bytes: number;
}

/**
 * The source row. Staged: 'importing' (invisible to every query) until finishSource marks it
 * complete; import_pid lets the next open tell an abandoned import from one still running.
 */
export function insertSource(db: Db, s: SourceInsert): number {
  const info = db
    .prepare(
      `INSERT INTO sources (platform, format, importer, file, path, bytes, sha256, parts, parser_version, imported_at, state, import_pid)
       VALUES (@platform, @format, @importer, @file, @path, @bytes, @sha256, @parts, @parserVersion, @importedAt, @state, @pid)`,
    )
    .run({
      platform: s.platform, format: s.format, importer: s.importer, file: s.file, path: s.path, bytes: s.bytes, sha256: s.sha256,
      parts: JSON.stringify(s.parts), parserVersion: s.parserVersion, importedAt: s.importedAt,
      state: s.staged ? 'importing' : 'complete', pid: s.staged ? process.pid : null,
    });
  return Number(info.lastInsertRowid);
}

export function deviceKey(d: DeviceRef): string | null {
  const ids = d.identifiers ? Object.entries(d.identifiers).filter(([, v]) => v && v.trim() !== '') : [];
  if (d.model || d.system) return `m:${d.model ?? ''}|${d.system ?? ''}`;
  if (ids.length > 0) return `i:${ids.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join('&')}`;
  if (d.userAgent) return `ua:${d.userAgent}`;
  return null;
}

export class RecordWriter {
  private readonly memberIds = new Map<string, number>();
  private readonly memberRecords = new Map<string, number>();
  private readonly ipIds = new Map<string, number>();
  private readonly deviceIds = new Map<string, number>();
  private readonly hostIds = new Map<string, number>();
  private readonly appIds = new Map<string, number>();
  private readonly advertiserIds = new Map<string, number>();
  private readonly hintIds = new Map<string, number>();
  private readonly baseIds = new Map<string, number>();
  /** URL → host name, by scheme + authority: most URLs skip the URL parser. */
  private readonly hostNames = new HostNames();
  private lastBase: { memberId: number; head: string; rest: string; id: number } | null = null;
  private readonly blocks: RawBlockWriter;
  private readonly packed: PackedBlockQueue;
  /** Events per kind and UTC day, written to event_days by flushDayCounts. */
  private readonly dayCounts = new Map<string, Map<number, number>>();
  private readonly stmt;
  events = 0;
  facts = 0;
  /**
   * The id the next event gets. Events take their ids from here (max(id) + 1 when a batch starts,
   * what SQLite would choose, unless this connection handed out higher ones), so rows can wait in a
   * buffer and still be linked (urls, raw blocks).
   */
  private nextEventId: number | null = null;
  /** Plain events and event URL rows not inserted yet. */
  private readonly plainRows: PlainEventRows;
  private readonly urlRows: EventUrlRows;
  /** Events written since the last endBatch(): one rowid range (one writer per transaction). */
  private firstEventId: number | null = null;
  private lastEventId: number | null = null;
  firstTs: number | null = null;
  lastTs: number | null = null;

  constructor(
    private readonly db: Db,
    private readonly sourceId: number,
    private readonly platform: Platform,
    private readonly enricher: Enricher,
  ) {
    this.blocks = new RawBlockWriter(db, sourceId);
    this.packed = new PackedBlockQueue(db, sourceId);
    // Most events of a large export name no entity and carry no extra (a watched video, a like):
    // they skip the full statement's eleven NULLs and bind what they share once (plain-rows.ts).
    this.plainRows = new PlainEventRows(db, sourceId, platform);
    this.urlRows = new EventUrlRows(db);
    this.stmt = {
      member: db.prepare(`INSERT INTO members (source_id, path, bytes, status) VALUES (?, ?, ?, 'unknown')`),
      findIp: db.prepare(`SELECT id FROM ips WHERE address = ?`),
      insertIp: db.prepare(
        `INSERT INTO ips (address, version, country, registry_country, asn, org, network_kind, provider, special, network_basis)
         VALUES (@address, @version, @country, @registryCountry, @asn, @org, @networkKind, @provider, @special, @networkBasis)`,
      ),
      findDevice: db.prepare(`SELECT id, identifiers FROM devices WHERE key = ?`),
      insertDevice: db.prepare(`INSERT INTO devices (key, model, system, identifiers, user_agent) VALUES (?, ?, ?, ?, ?)`),
      mergeDeviceIds: db.prepare(`UPDATE devices SET identifiers = ? WHERE id = ?`),
      findHost: db.prepare(`SELECT id FROM hosts WHERE name = ?`),
      insertHost: db.prepare(
        `INSERT INTO hosts (name, owner, rule_id, grade, location_label, location_kind, country, lat, lon, statement, basis)
         VALUES (@name, @owner, @ruleId, @grade, @label, @kind, @country, @lat, @lon, @statement, @basis)`,
      ),
      findApp: db.prepare(`SELECT id FROM apps WHERE name = ?`),
      insertApp: db.prepare(`INSERT INTO apps (name) VALUES (?)`),
      findAdvertiser: db.prepare(`SELECT id FROM advertisers WHERE name = ?`),
      insertAdvertiser: db.prepare(`INSERT INTO advertisers (name) VALUES (?)`),
      // Positional parameters in column order: no object of 22 named fields per record.
      event: db.prepare(
        `INSERT INTO events (id, source_id, member_id, pointer, pointer_base, platform, kind, ts, time_text, precision, title, body, raw,
           ip_id, device_id, app_id, advertiser_id, counterpart, off_source, off_event, network_type, carrier, lat, lon)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      nextEventId: db.prepare(`SELECT coalesce(max(id), 0) + 1 FROM events`).pluck(),
      findBase: db.prepare(`SELECT id FROM pointer_bases WHERE member_id = ? AND head = ? AND rest = ?`),
      insertBase: db.prepare(`INSERT INTO pointer_bases (member_id, head, rest) VALUES (?, ?, ?)`),
      fact: db.prepare(
        `INSERT INTO facts (source_id, member_id, pointer, platform, fact, name, value, details, raw, device_id, app_id, advertiser_id)
         VALUES (@sourceId, @memberId, @pointer, @platform, @fact, @name, @value, @details, @raw, @deviceId, @appId, @advertiserId)`,
      ),
      factUrl: db.prepare(`INSERT INTO urls (host_id, fact_id, url, path_hint_id) VALUES (?, ?, ?, ?)`),
      findHint: db.prepare(`SELECT id FROM path_hints WHERE key = ?`),
      insertHint: db.prepare(
        `INSERT INTO path_hints (key, token, rule_id, grade, location_label, location_kind, country, lat, lon, statement, basis)
         VALUES (@key, @token, @ruleId, @grade, @label, @kind, @country, @lat, @lon, @statement, @basis)`,
      ),
      fts: db.prepare(`INSERT INTO events_fts (rowid, title, body) SELECT id, title, body FROM events WHERE id BETWEEN ? AND ? AND +source_id = ?`),
      dayCount: db.prepare(
        `INSERT INTO event_days (day, source_id, platform, kind, n) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (day, source_id, platform, kind) DO UPDATE SET n = n + excluded.n`,
      ),
    };
  }

  /**
   * Adds the events written so far to event_days (per UTC day and kind), which the timeline's
   * counts, positions and histogram read instead of scanning events. Call after the last write,
   * inside the import's transaction.
   */
  private flushDayCounts(): void {
    for (const [kind, days] of this.dayCounts) {
      for (const [day, n] of days) this.stmt.dayCount.run(day, this.sourceId, this.platform, kind, n);
    }
    this.dayCounts.clear();
  }

  /**
   * Before each commit of a staged import: this batch's events into the full-text index in one
   * statement (schema migration 4 has no per-row trigger). Committed events must never be
   * unindexed: the delete trigger, which a cleanup fires, assumes they are indexed.
   */
  endBatch(): void {
    this.flushRows();
    this.nextEventId = null; // another connection may write between two batches
    this.blocks.flush();
    if (this.firstEventId === null) return;
    // Within one transaction this writer's events are one rowid range; reading them by rowid
    // feeds FTS5 in order, which it indexes ~6x faster than out of order. The unary + keeps
    // the planner off the source index, which would read them in time order.
    this.stmt.fts.run(this.firstEventId, this.lastEventId, this.sourceId);
    this.firstEventId = null;
    this.lastEventId = null;
  }

  /**
   * After the last write, in the import's final transaction: per-day counts (event_days, which
   * the timeline reads; written last so they appear with the source) and any unindexed events.
   */
  finish(): void {
    this.endBatch();
    this.packed.checkEmpty();
    this.flushDayCounts();
  }

  /**
   * Raw blocks built where the records were read (block-packer.ts), before or after the records
   * they cover: each record marked IN_PACKED_BLOCK takes its place in the next one.
   */
  addPackedBlocks(blocks: readonly PackedBlock[]): void {
    this.packed.add(blocks);
  }

  addMembers(members: MemberInsert[]): void {
    for (const m of members) {
      const info = this.stmt.member.run(this.sourceId, m.path, m.bytes);
      this.memberIds.set(m.path, Number(info.lastInsertRowid));
    }
  }

  memberId(path: string): number | undefined {
    return this.memberIds.get(path);
  }

  /** Records written per member, for coverage. */
  recordsPerMember(): ReadonlyMap<string, number> {
    return this.memberRecords;
  }

  write(rec: ImportRecord): 'event' | 'fact' {
    const memberId = this.memberIds.get(rec.member);
    if (memberId === undefined) throw new Error(`internal: record names member ${rec.member}, which is not in the archive`);
    this.memberRecords.set(rec.member, (this.memberRecords.get(rec.member) ?? 0) + 1);
    // A time computed where the record was read (TIME_AS_STORED) is a dated event's: its UTC text is not needed.
    const pre = (rec as { [TIME_AS_STORED]?: TimeAsStored })[TIME_AS_STORED];
    if (rec.type === 'event' && (pre !== undefined || rec.time.utc !== null)) {
      if (pre !== undefined) this.writeEvent(rec, memberId, pre[0], pre[1]);
      else {
        const ts = msOfIso(rec.time.utc!);
        this.writeEvent(rec, memberId, ts, storedTimeText(ts, rec.time.text));
      }
      return 'event';
    }
    this.writeFact(rec.type === 'fact' ? rec : eventAsFact(rec), memberId);
    return 'fact';
  }

  private writeEvent(rec: EventRecord, memberId: number, ts: number, timeText: string): void {
    const packed = (rec as { [IN_PACKED_BLOCK]?: true })[IN_PACKED_BLOCK] === true;
    const raw = packed ? '' : recordRawText(rec);
    const inBlock = packed || raw.length <= INLINE_RAW_CHARS;
    // Each URL's host and path hint first. A block holds the text of every URL with a host (its
    // urls rows, in order); a row keeps the text too when a path hint needs it in SQL.
    const urls: { url: string; hostId: number; hintId: number | null }[] = [];
    const blockUrls: string[] = [];
    for (const url of rec.urls ?? []) {
      const hostId = this.hostId(url);
      if (hostId === null) continue;
      urls.push({ url, hostId, hintId: this.pathHintId(url) });
      if (inBlock && !packed) blockUrls.push(url);
    }
    const split = splitPointer(rec.pointer);
    const base = split === null ? null : this.pointerBase(memberId, split);
    const plain = !rec.ip && !rec.device && !rec.app && !rec.advertiser && rec.counterpart == null && !rec.offPlatform && !rec.network && !rec.geo;
    const eventId = this.newEventId();
    const pointer = base === null ? rec.pointer : split!.tail;
    if (plain) {
      this.plainRows.add(memberId, base, rec.kind, rec.time.precision, rec.title, eventId, pointer, ts, timeText, rec.text ?? null, inBlock ? '' : raw);
    } else {
      this.stmt.event.run(
        eventId, this.sourceId, memberId, pointer, base, this.platform, rec.kind, ts,
        timeText, rec.time.precision, rec.title, rec.text ?? null, inBlock ? '' : raw,
        rec.ip ? this.ipId(rec.ip) : null,
        rec.device ? this.deviceId(rec.device) : null,
        rec.app ? this.namedId(rec.app, this.appIds, this.stmt.findApp, this.stmt.insertApp) : null,
        rec.advertiser ? this.namedId(rec.advertiser, this.advertiserIds, this.stmt.findAdvertiser, this.stmt.insertAdvertiser) : null,
        rec.counterpart ?? null, rec.offPlatform?.source ?? null, rec.offPlatform?.event ?? null,
        rec.network?.type ?? null, rec.network?.carrier ?? null, rec.geo?.lat ?? null, rec.geo?.lon ?? null,
      );
    }
    this.firstEventId ??= eventId;
    this.lastEventId = eventId;
    if (packed) this.packed.take(eventId);
    else if (inBlock) this.blocks.add(eventId, raw, blockUrls);
    for (const u of urls) this.urlRows.add(u.hostId, eventId, inBlock && u.hintId === null ? '' : u.url, u.hintId);
    // URL rows go in once every event they name is in: a foreign-key check (on when other
    // sources exist) sees each statement, and so would any reader of the transaction.
    if (this.plainRows.size === 0) this.urlRows.insert(false);
    this.events++;
    let days = this.dayCounts.get(rec.kind);
    if (days === undefined) this.dayCounts.set(rec.kind, (days = new Map<number, number>()));
    const day = dayOf(ts);
    days.set(day, (days.get(day) ?? 0) + 1);
    if (this.firstTs === null || ts < this.firstTs) this.firstTs = ts;
    if (this.lastTs === null || ts > this.lastTs) this.lastTs = ts;
  }

  private newEventId(): number {
    const own = (this.nextEventId ??= this.stmt.nextEventId.get() as number);
    const shared = handedOut.get(this.db);
    const id = shared !== undefined && shared >= own ? shared + 1 : own;
    handedOut.set(this.db, id);
    this.nextEventId = id + 1;
    return id;
  }

  /** The rows still in the buffers: the events, then the URL rows that name them. */
  private flushRows(): void {
    this.plainRows.flush();
    this.urlRows.insert(true);
  }

  /** The pointer_bases row of a member's pointer head and rest (compact.ts), found or made. */
  private pointerBase(memberId: number, p: PointerSplit): number {
    // A member's items share one base: the last one answers without building and hashing a key.
    const last = this.lastBase;
    if (last !== null && last.memberId === memberId && last.head === p.head && last.rest === p.rest) return last.id;
    const id = this.pointerBaseOf(memberId, p);
    this.lastBase = { memberId, head: p.head, rest: p.rest, id };
    return id;
  }

  private pointerBaseOf(memberId: number, p: PointerSplit): number {
    const key = `${memberId}:${p.head.length}:${p.head}${p.rest}`; // the length keeps head and rest apart
    const cached = this.baseIds.get(key);
    if (cached !== undefined) return cached;
    const found = this.stmt.findBase.get(memberId, p.head, p.rest) as { id: number } | undefined;
    const id = found ? found.id : Number(this.stmt.insertBase.run(memberId, p.head, p.rest).lastInsertRowid);
    // Bounded: a member whose pointers share no base (digits in every key) must not grow memory.
    if (this.baseIds.size >= MAX_CACHED_BASES) this.baseIds.clear();
    this.baseIds.set(key, id);
    return id;
  }

  private writeFact(rec: FactRecord, memberId: number): void {
    const isAdvertiser = rec.fact === 'advertiser' || rec.fact === 'data_partner';
    const isApp = rec.fact === 'app' || rec.fact === 'off_platform';
    const info = this.stmt.fact.run({
      sourceId: this.sourceId,
      memberId,
      pointer: rec.pointer,
      platform: this.platform,
      fact: rec.fact,
      name: rec.name,
      value: rec.value ?? null,
      details: rec.details ? JSON.stringify(rec.details) : null,
      raw: recordRawText(rec),
      deviceId: rec.device ? this.deviceId(rec.device) : null,
      appId: isApp ? this.namedId(rec.name, this.appIds, this.stmt.findApp, this.stmt.insertApp) : null,
      advertiserId: isAdvertiser
        ? this.namedId(rec.name, this.advertiserIds, this.stmt.findAdvertiser, this.stmt.insertAdvertiser)
        : null,
    });
    const factId = Number(info.lastInsertRowid);
    for (const url of rec.urls ?? []) {
      const hostId = this.hostId(url);
      if (hostId !== null) this.stmt.factUrl.run(hostId, factId, url, this.pathHintId(url));
    }
    this.facts++;
  }

  private ipId(raw: string): number | null {
    const address = normaliseIp(raw);
    if (address === null) return null;
    const cached = this.ipIds.get(address);
    if (cached !== undefined) return cached;
    const found = this.stmt.findIp.get(address) as { id: number } | undefined;
    let id: number;
    if (found) id = found.id;
    else {
      const e = this.enricher.ip(address);
      id = Number(this.stmt.insertIp.run({ address, ...e }).lastInsertRowid);
    }
    this.ipIds.set(address, id);
    return id;
  }

  private deviceId(d: DeviceRef): number | null {
    const key = deviceKey(d);
    if (key === null) return null;
    const cached = this.deviceIds.get(key);
    if (cached !== undefined) return cached;
    const found = this.stmt.findDevice.get(key) as { id: number; identifiers: string } | undefined;
    let id: number;
    if (found) {
      id = found.id;
      if (d.identifiers) {
        const merged = { ...(JSON.parse(found.identifiers) as Record<string, string>), ...d.identifiers };
        this.stmt.mergeDeviceIds.run(JSON.stringify(merged), id);
      }
    } else {
      id = Number(
        this.stmt.insertDevice.run(key, d.model ?? null, d.system ?? null, JSON.stringify(d.identifiers ?? {}), d.userAgent ?? null)
          .lastInsertRowid,
      );
    }
    this.deviceIds.set(key, id);
    return id;
  }

  private hostId(url: string): number | null {
    const name = this.hostNames.of(url);
    if (name === null) return null;
    const cached = this.hostIds.get(name);
    if (cached !== undefined) return cached;
    const found = this.stmt.findHost.get(name) as { id: number } | undefined;
    let id: number;
    if (found) id = found.id;
    else {
      const e = this.enricher.host(name);
      id = Number(
        this.stmt.insertHost.run({
          name, owner: e.owner, ruleId: e.ruleId, grade: e.grade, label: e.location.label, kind: e.location.kind,
          country: e.location.country, lat: e.location.lat, lon: e.location.lon, statement: e.statement, basis: e.basis,
        }).lastInsertRowid,
      );
    }
    this.hostIds.set(name, id);
    return id;
  }

  private pathHintId(url: string): number | null {
    const hint = this.enricher.pathHint(url);
    if (hint === null) return null;
    const cached = this.hintIds.get(hint.key);
    if (cached !== undefined) return cached;
    const found = this.stmt.findHint.get(hint.key) as { id: number } | undefined;
    const id = found
      ? found.id
      : Number(
          this.stmt.insertHint.run({
            key: hint.key, token: hint.token, ruleId: hint.ruleId, grade: hint.grade, label: hint.location.label,
            kind: hint.location.kind, country: hint.location.country, lat: hint.location.lat, lon: hint.location.lon,
            statement: hint.statement, basis: hint.basis,
          }).lastInsertRowid,
        );
    this.hintIds.set(hint.key, id);
    return id;
  }

  private namedId(
    name: string,
    cache: Map<string, number>,
    find: { get(n: string): unknown },
    insert: { run(n: string): { lastInsertRowid: number | bigint } },
  ): number {
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    const found = find.get(name) as { id: number } | undefined;
    const id = found ? found.id : Number(insert.run(name).lastInsertRowid);
    cache.set(name, id);
    return id;
  }
}

/** An event whose time could not be read is kept, as a fact, rather than dropped. */
function eventAsFact(rec: EventRecord): FactRecord {
  const fact: FactRecord & WithRawText = {
    type: 'fact', fact: 'profile', name: `undated ${rec.kind}`, value: rec.title,
    details: { time: rec.time.text }, member: rec.member, pointer: rec.pointer, raw: rec.raw, urls: rec.urls,
    device: rec.device,
  };
  const text = (rec as WithRawText)[RAW_TEXT];
  if (text !== undefined) fact[RAW_TEXT] = text;
  return fact;
}

/** The text the store keeps of a record's raw: as the export wrote it when the reader kept that (RAW_TEXT), else rawText. */
export function recordRawText(rec: ImportRecord): string {
  return (rec as WithRawText)[RAW_TEXT] ?? rawText(rec.raw);
}

/**
 * Stored compact: pretty-printing tripled the raw copy (issue 15, database ≤ 2.5× its JSON). The
 * event detail pretty-prints it on read (queries/timeline.ts prettyRaw).
 */
export function rawText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  return JSON.stringify(raw) ?? 'null';
}

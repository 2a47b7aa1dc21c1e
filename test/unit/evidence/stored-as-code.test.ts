/**
 * Findings and flags live in the database as a code plus params (schema 9), never as sentences:
 * the tables have no sentence column, what the API answers is rendered from the stored params
 * (change the params and the words change), and a profile written before schema 9 loses its
 * stored sentences on upgrade and is re-analysed when it is opened (analyseIfStale).
 * Real SQLite, the real enricher and evidence kit; the sign-ins are those of analysis-refresh.test.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../shared/records';
import { FINDING_CODES, FLAG_CODES, type FindingVocab, type FlagVocab } from '../../../shared/words/codes';
import { findingStatement } from '../../../shared/words/findings';
import { flagWords } from '../../../shared/words/flags';
import { evidenceFromKit } from '../../../electron/core/analysis/evidence';
import { ANALYSIS_STALE_KEY, metaValue } from '../../../electron/core/store/analysis-rows';
import { openDb, schemaVersion, type Db } from '../../../electron/core/store/db';
import { listFlags } from '../../../electron/core/store/queries/flags';
import { listFindings } from '../../../electron/core/store/queries/where';
import { insertSource, RecordWriter } from '../../../electron/core/store/writer';
import { evidenceKit } from './data';

const MEMSET = '5.153.248.10'; // hosting (reviewed override), GB
const COMCAST = '73.15.1.1'; // home internet provider, US
const LOGINS = 20; // alternating MEMSET / Comcast, 30 minutes apart
const VA_LINK = 'https://p16-sign-va.tiktokcdn.com/obj/tos-maliva-p-0068/abc';

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'wa-vocab-')), 'p.db');
const columns = (db: Db, table: string): string[] => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

/** 20 sign-ins and one post with a TikTok -va link, written by the real writer and enricher. */
function writeProfile(db: Db): number {
  const enricher = evidenceFromKit(evidenceKit()).enricher;
  let sourceId = 0;
  db.transaction(() => {
    sourceId = insertSource(db, {
      platform: 'x', format: 'x-archive', importer: 'x', file: 'twitter.zip', path: '/twitter.zip', bytes: 1, sha256: 'c'.repeat(64),
      parts: [], parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
    });
    const w = new RecordWriter(db, sourceId, 'x', enricher);
    w.addMembers([{ path: 'data/ip-audit.js', bytes: 1 }, { path: 'data/tweets.js', bytes: 1 }]);
    for (let k = 0; k < LOGINS; k++) {
      const utc = new Date(Date.UTC(2025, 4, 1) + k * 1_800_000).toISOString().replace('.000Z', 'Z');
      const ip = k % 2 === 0 ? MEMSET : COMCAST;
      const rec: ImportRecord = {
        type: 'event', kind: 'login', time: { utc, text: utc, precision: 'second' }, title: `Login from ${ip}`, ip,
        member: 'data/ip-audit.js', pointer: `/${k}/ipAudit`, raw: {},
      };
      w.write(rec);
    }
    w.write({
      type: 'event', kind: 'post', time: { utc: '2025-05-02T00:00:00Z', text: '', precision: 'second' }, title: 'tweet',
      urls: [VA_LINK], member: 'data/tweets.js', pointer: '/0/tweet', raw: {},
    });
    w.finish();
  })();
  return sourceId;
}

describe('findings and flags stored as code + params', () => {
  let db: Db;
  beforeAll(() => {
    db = openDb(tmpDb());
    writeProfile(db);
    const evidence = evidenceFromKit(evidenceKit());
    db.transaction(() => evidence.analyse(db))();
  });
  afterAll(() => db.close());

  it('the tables have code and params, and no sentence column', () => {
    expect(columns(db, 'findings')).toEqual(expect.arrayContaining(['id', 'code', 'grade', 'params', 'count']));
    expect(columns(db, 'findings')).not.toEqual(expect.arrayContaining(['statement']));
    expect(columns(db, 'findings')).not.toContain('kind');
    expect(columns(db, 'flags')).toEqual(expect.arrayContaining(['id', 'code', 'severity', 'params']));
    for (const sentence of ['title', 'explanation', 'kind']) expect(columns(db, 'flags')).not.toContain(sentence);
  });

  it('holds exactly the expected codes: a host and a path finding, two networks, two countries, one hosting flag', () => {
    const codes = (db.prepare(`SELECT code FROM findings ORDER BY code`).pluck().all() as string[]);
    expect(codes).toEqual(['host-location', 'login-country', 'login-country', 'login-network', 'login-network', 'path-location']);
    for (const c of codes) expect(FINDING_CODES).toContain(c);
    const flags = db.prepare(`SELECT code, params FROM flags`).all() as { code: string; params: string }[];
    expect(flags.map((f) => f.code)).toEqual(['datacenter-login']);
    expect(FLAG_CODES).toContain(flags[0]?.code);
    expect(JSON.parse(flags[0]?.params ?? '{}')).toMatchObject({ kind: 'hosting', count: LOGINS / 2, addresses: 1, first: '2025-05-01T00:00:00Z' });
    const network = (db.prepare(`SELECT params FROM findings WHERE code = 'login-network'`).pluck().all() as string[]).map((p) => JSON.parse(p) as { count: number });
    expect(network.map((p) => p.count)).toEqual([LOGINS / 2, LOGINS / 2]);
  });

  it('what the API answers is rendered from the stored code + params', () => {
    const stored = new Map((db.prepare(`SELECT id, code, params FROM findings`).all() as { id: string; code: FindingVocab['code']; params: string }[])
      .map((r) => [r.id, { code: r.code, params: JSON.parse(r.params) as FindingVocab['params'] } as FindingVocab]));
    const listed = listFindings(db);
    expect(listed).toHaveLength(6);
    for (const f of listed) {
      const v = stored.get(f.id);
      expect(v).toBeDefined();
      expect(f.code).toBe(v?.code);
      expect(f.kind).toBe(v?.code);
      expect(f.params).toEqual(v?.params);
      expect(f.statement).toBe(findingStatement(v as FindingVocab));
    }
    const link = listed.find((f) => f.code === 'host-location');
    expect(link?.statement).toBe('1 link in this export, dated 2025-05-02, was served from TikTok\'s Virginia (US-East) cluster '
      + '(inferred from the `-va` host token; public evidence, medium confidence).');
    const [flag] = listFlags(db);
    expect(flag && { title: flag.title, explanation: flag.explanation }).toEqual(flagWords(flag as FlagVocab));
    expect(flag?.title).toBe('Sign-ins from a hosting company\'s network: MEMSET Ltd');
  });

  it('the params are the source of truth: change them and the words change', () => {
    db.prepare(`UPDATE flags SET params = json_set(params, '$.name', 'Example Hosting Ltd', '$.count', 3)`).run();
    db.prepare(`UPDATE findings SET params = json_set(params, '$.count', 7) WHERE code = 'host-location'`).run();
    const [flag] = listFlags(db);
    expect(flag?.title).toBe('Sign-ins from a hosting company\'s network: Example Hosting Ltd');
    expect(flag?.explanation).toMatch(/^3 sign-ins on 2025-05-01 came from 1 address in network AS/);
    expect(listFindings(db).find((f) => f.code === 'host-location')?.statement).toMatch(/^7 links in this export, dated 2025-05-02, were served from/);
  });
});

describe('a profile from before schema 9', () => {
  it('drops its stored sentences on upgrade and is re-analysed once when opened', () => {
    const path = tmpDb();
    const old = openDb(path, { upTo: 8 });
    // What schema 8 stored: sentences, no params. (The writer of today needs today's schema, so
    // the records are written after the upgrade; the derived rows are what the upgrade is about.)
    old.prepare(`INSERT INTO findings (id, kind, grade, statement, count, first_ts, last_ts, ord) VALUES ('finding-old', 'login-network', 'C', 'An old sentence.', 1, NULL, NULL, 0)`).run();
    old.prepare(`INSERT INTO flags (id, kind, severity, title, explanation, first_ts, last_ts, ord) VALUES ('flag-old', 'datacenter-login', 'warning', 'Old title', 'Old words.', NULL, NULL, 0)`).run();
    expect(columns(old, 'findings')).toContain('statement');
    old.close();

    const db = openDb(path);
    try {
      expect(schemaVersion(db)).toBeGreaterThanOrEqual(9);
      expect(columns(db, 'findings')).not.toContain('statement');
      expect(db.prepare(`SELECT count(*) FROM findings`).pluck().get()).toBe(0);
      expect(db.prepare(`SELECT count(*) FROM flags`).pluck().get()).toBe(0);
      expect(metaValue(db, ANALYSIS_STALE_KEY)).not.toBeNull();
      writeProfile(db);

      const evidence = evidenceFromKit(evidenceKit());
      expect(evidence.analyseIfStale(db)).toBe(true);
      expect(metaValue(db, ANALYSIS_STALE_KEY)).toBeNull();
      expect(listFindings(db).map((f) => f.code).sort()).toEqual(['host-location', 'login-country', 'login-country', 'login-network', 'login-network', 'path-location']);
      expect(listFlags(db).map((f) => [f.code, f.eventIds.length])).toEqual([['datacenter-login', LOGINS / 2]]);
      expect(db.prepare(`SELECT count(*) FROM events WHERE flagged = 1`).pluck().get()).toBe(LOGINS / 2);
      // Once: the next open finds nothing stale.
      expect(evidence.analyseIfStale(db)).toBe(false);
    } finally {
      db.close();
    }
  });
});

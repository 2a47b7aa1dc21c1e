/**
 * The store alone (issue 15): CPU per record of RecordWriter writing N synthetic TikTok-like
 * events into a fresh profile the way a first import does (staged source, foreign keys off,
 * secondary indexes dropped and built after the last batch, batches committed with a WAL
 * checkpoint), and the database size it leaves. Not part of `npm run bench`: run it directly,
 *
 *   npx tsx bench/store-write.ts [events=200000] [runs=3]
 *
 * and compare figures from one run (the machine is shared). CPU time from process.cpuUsage(),
 * which moves less than wall time under load. The records imitate the bench's TikTok export:
 * a watch item with a date and a link; every third a login with an IP and a device.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportRecord } from '../shared/records';
import { restoreDroppedIndexes, dropIndexesForBulk } from '../electron/core/store/bulk-indexes';
import { openDb } from '../electron/core/store/db';
import { NO_ENRICHMENT } from '../electron/core/store/enrichment';
import { beginImport, commitBatch, commitImport, finishSource } from '../electron/core/store/import-rows';
import { checkpointWal, setForeignKeys } from '../electron/core/store/wal';
import { insertSource, RecordWriter } from '../electron/core/store/writer';

const BATCH = 50_000;

function* records(n: number): Generator<ImportRecord> {
  let seed = 42;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < n; i++) {
    const ts = Date.UTC(2024, 0, 1) + Math.floor(rand() * 500 * 86_400) * 1000;
    const text = new Date(ts).toISOString().slice(0, 19).replace('T', ' ');
    const time = { utc: new Date(ts).toISOString(), text, precision: 'second' as const };
    if (i % 3 === 0) {
      const ip = `81.${i % 7}.${i % 11}.${i % 13}`;
      yield {
        type: 'event', kind: 'login', time, title: `Login from iPhone14,2 (${ip})`, member: 'user_data_tiktok.json',
        pointer: `/Your Activity/Login History/LoginHistoryList/${i}`, ip, device: { model: 'iPhone14,2', system: `iOS 17.${i % 5}` },
        network: { type: 'Wi-Fi', carrier: 'Telekom.de' },
        raw: { Carrier: 'Telekom.de', Date: text, DeviceModel: 'iPhone14,2', DeviceSystem: `iOS 17.${i % 5}`, IP: ip, NetworkType: 'Wi-Fi' },
      };
    } else {
      const link = `https://www.tiktokv.com/share/video/${7_000_000_000_000_000_000n + BigInt(Math.floor(rand() * 1e15))}/`;
      yield {
        type: 'event', kind: 'watch', time, title: 'Watched a video', member: 'user_data_tiktok.json',
        pointer: `/Your Activity/Watch History/VideoList/${i}`, urls: [link], raw: { Date: text, Link: link },
      };
    }
  }
}

interface Once { usPerRecord: number; dbBytes: number; phases: Record<string, number> }

function once(n: number): Once {
  const dir = mkdtempSync(join(tmpdir(), 'wa-store-write-'));
  const path = join(dir, 'p.db');
  const db = openDb(path);
  const recs = [...records(n)]; // made before the clock starts: only the store is timed
  const t0 = process.cpuUsage();
  setForeignKeys(db, false);
  beginImport(db);
  const sourceId = insertSource(db, {
    staged: true, platform: 'tiktok', format: 'tiktok-json', importer: 'tiktok-json', file: 'x.zip', path: '/x.zip', bytes: 1,
    sha256: 'pending', parts: [], parserVersion: '1', importedAt: '2026-01-01T00:00:00Z',
  });
  const w = new RecordWriter(db, sourceId, 'tiktok', NO_ENRICHMENT);
  w.addMembers([{ path: 'user_data_tiktok.json', bytes: 1 }]);
  const bulk = dropIndexesForBulk(db, sourceId);
  const phases: Record<string, number> = { rows: 0, 'text index': 0, commits: 0, indexes: 0 };
  const cpu = (): number => { const c = process.cpuUsage(); return c.user + c.system; };
  let at = cpu();
  const lap = (phase: string): void => { const now = cpu(); phases[phase]! += now - at; at = now; };
  let k = 0;
  for (const r of recs) {
    w.write(r);
    if (++k % BATCH === 0) {
      lap('rows');
      w.endBatch();
      lap('text index');
      commitBatch(db);
      lap('commits');
    }
  }
  lap('rows');
  w.endBatch();
  lap('text index');
  commitImport(db);
  lap('commits');
  setForeignKeys(db, true);
  if (bulk) restoreDroppedIndexes(db, () => checkpointWal(db));
  lap('indexes');
  beginImport(db);
  w.finish();
  finishSource(db, sourceId, { sha256: 'abc', firstTs: w.firstTs, lastTs: w.lastTs, events: w.events, facts: w.facts });
  commitImport(db);
  const c = process.cpuUsage(t0);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const dbBytes = statSync(path).size;
  rmSync(dir, { recursive: true, force: true });
  for (const p of Object.keys(phases)) phases[p] = phases[p]! / n;
  return { usPerRecord: (c.user + c.system) / n, dbBytes, phases };
}

const n = Number(process.argv[2] ?? 200_000);
const runs = Number(process.argv[3] ?? 3);
const results = Array.from({ length: runs }, () => once(n));
const us = results.map((r) => r.usPerRecord).sort((a, b) => a - b);
process.stdout.write(
  `${n} records, ${runs} runs: ${us.map((u) => u.toFixed(1)).join(' / ')} µs/record CPU (median ${us[Math.floor(runs / 2)]!.toFixed(1)}); ` +
  `database ${(results[0]!.dbBytes / 1e6).toFixed(1)} MB = ${(results[0]!.dbBytes / n).toFixed(0)} B/record\n` +
  `  µs/record by phase (first run): ${Object.entries(results[0]!.phases).map(([p, v]) => `${p} ${v.toFixed(1)}`).join(', ')}\n`,
);

/**
 * Generated inputs, cached under os.tmpdir()/whereabouts-bench/ (never committed):
 *
 * - a 2024-format user_data_tiktok.json of N events (the test generator, written in chunks),
 *   as a folder and as a zip (streamed through yazl, so a 1 GB member never sits in memory);
 * - the same records as newline-delimited JSON, for the sqlite-utils baseline;
 * - a synthetic 10 M-event store written straight through the schema (see store-builder.ts);
 * - a 1 M-event profile made by the real importer, for the cold-start group.
 *
 * Every cache entry is written under a temporary name and renamed when complete, so an
 * interrupted run never leaves a half-written input that a later run would trust. Names carry a
 * short hash of the code that produced them: change the generator and the cache misses.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { writeTikTokJsonStream } from '../test/fixtures/generators/tiktok';
import { loadEvidence } from '../electron/core/analysis/evidence';
import { openDb } from '../electron/core/store/db';
import { parseUnits } from './parser';
import { buildSyntheticStore, STORE_BUILDER_VERSION } from './store-builder';
import { log, ROOT, runChild } from './util';

/** The JSON member's name inside the export, as TikTok names it. */
export const MEMBER = 'user_data_tiktok.json';

function codeHash(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 8);
}

const GENERATOR_FILES = ['test/fixtures/generators/tiktok.ts', 'test/fixtures/generators/rng.ts', 'test/fixtures/generators/tiktok-model.ts'];

export interface TikTokInput {
  events: number;
  /** Records in the file: `events` watch items plus 8 logins. */
  records: number;
  /** Folder holding user_data_tiktok.json (a folder import). */
  folder: string;
  json: string;
  jsonBytes: number;
}

export async function ensureTikTokJson(cache: string, events: number, seed = 1): Promise<TikTokInput> {
  const folder = join(cache, `tiktok-json-${events}-s${seed}-${codeHash(GENERATOR_FILES)}`);
  const json = join(folder, MEMBER);
  // Written last: its presence says the folder is complete. It sits beside the folder, not in
  // it, because the importer would list it as a member of the export.
  const meta = `${folder}.meta.json`;
  if (!existsSync(meta)) {
    log(`generating ${events.toLocaleString('en-US')} events of TikTok JSON → ${folder}`);
    const tmp = `${folder}.tmp`;
    for (const p of [folder, tmp]) rmSync(p, { recursive: true, force: true });
    const res = await writeTikTokJsonStream(join(tmp, MEMBER), { events, seed });
    renameSync(tmp, folder);
    writeFileSync(meta, JSON.stringify({ records: res.events, bytes: res.bytes }));
  }
  const m = JSON.parse(readFileSync(meta, 'utf8')) as { records: number; bytes: number };
  return { events, records: m.records, folder, json, jsonBytes: m.bytes };
}

function folderName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

/** The same export as a zip (deflated), streamed: what people actually import. */
export async function ensureTikTokZip(cache: string, input: TikTokInput): Promise<{ path: string; bytes: number }> {
  const path = join(cache, `${folderName(input.folder)}.zip`);
  if (!existsSync(path)) {
    log(`zipping ${input.json} → ${path}`);
    const zip = new ZipFile();
    // Same mtime and DOS timestamp as the test fixtures' deterministic zips.
    zip.addReadStream(createReadStream(input.json), `TikTok_Data/${MEMBER}`, {
      mtime: new Date(2025, 0, 1), forceDosTimestamp: true, mode: 0o100644, compress: true, size: input.jsonBytes,
    });
    zip.end();
    const tmp = `${path}.tmp`;
    await pipeline(zip.outputStream, createWriteStream(tmp));
    renameSync(tmp, path);
  }
  return { path, bytes: statSync(path).size };
}

/**
 * The export's records as newline-delimited JSON, one object per line, for `sqlite-utils insert
 * --nl`: derived by streaming the JSON through the importer's parser, so both tools get the same
 * records. Logins come first so sqlite-utils sees all columns in its first batch.
 */
export async function ensureNdjson(cache: string, input: TikTokInput): Promise<{ path: string; bytes: number }> {
  const path = join(cache, `${folderName(input.folder)}.ndjson`);
  if (!existsSync(path)) {
    log(`writing NDJSON for the sqlite-utils baseline → ${path}`);
    const tmp = `${path}.tmp`;
    const out = createWriteStream(tmp);
    await parseUnits(createReadStream(input.json), MEMBER, async (units) => {
      const lines: string[] = [];
      for (const u of units) if (u.kind === 'item') lines.push(`${JSON.stringify(u.value)}\n`);
      if (lines.length > 0 && !out.write(lines.join(''))) await once(out, 'drain');
    });
    out.end();
    await once(out, 'close');
    renameSync(tmp, path);
  }
  return { path, bytes: statSync(path).size };
}

/**
 * The synthetic N-event store (store-builder.ts). Keyed by the builder's version, not the schema:
 * a store cached before a new migration is upgraded by openDb like any older profile.
 */
export function ensureSyntheticStore(cache: string, events: number): string {
  const path = join(cache, `store-${events}-v${STORE_BUILDER_VERSION}.db`);
  if (!existsSync(path)) {
    log(`building a synthetic ${events.toLocaleString('en-US')}-event store → ${path} (once; cached)`);
    const t = performance.now();
    buildSyntheticStore(path, events);
    log(`  built in ${Math.round((performance.now() - t) / 1000)} s`);
  }
  // Applies any migration added since the store was cached, then does what the app does when it
  // opens a profile (evidence.analyseIfStale): a store cached under other data or rules is
  // re-analysed, and sources the Who view has no counts for are counted.
  const db = openDb(path);
  try {
    const t = performance.now();
    const ran = loadEvidence().analyseIfStale(db);
    const ms = performance.now() - t;
    if (ran || ms > 1000) log(`  on open: ${ran ? 're-analysed (other data version)' : 'counted the Who view'} in ${Math.round(ms)} ms`);
  } finally {
    db.close();
  }
  return path;
}

/** A profile made by the real importer from the N-event folder export, for the cold-start group. */
export async function ensureProfileDb(cache: string, input: TikTokInput): Promise<string> {
  const path = join(cache, `profile-${folderName(input.folder)}-${codeHash(['electron/core/store/schema.ts'])}.db`);
  if (!existsSync(path)) {
    log(`importing ${input.records.toLocaleString('en-US')} records into a profile for cold start → ${path}`);
    const tmp = `${path}.tmp`;
    for (const s of ['', '-wal', '-shm']) rmSync(tmp + s, { force: true });
    const run = await runChild<{ status: string; message: string | null }>('import', [input.folder, tmp]);
    if (run.result?.status !== 'imported') throw new Error(`profile import failed: ${run.result?.message ?? run.stderrTail}`);
    renameSync(tmp, path);
  }
  return path;
}

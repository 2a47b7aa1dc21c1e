/**
 * Entry of the benchmark's child processes: one measurement per fresh process, so memory peaks
 * belong to one import and load times are cold. Run by util.runChild as
 * `node --import tsx bench/child.ts <task> …`; prints one `BENCH-RESULT {json}` line.
 *
 *   import <export> <db> [thread|inline]
 *                          the real pipeline (runImport + evidence), timed; RSS per phase; the
 *                          reader in its own thread (the default for an export this size) or in-line
 *   analyze-json <export> <db>
 *                          `whereabouts analyze <export> --db <db> --json` in this process, the
 *                          document written to /dev/null; peak RSS
 *   bound <export>         inflate/read the member + the importer's streaming parser, no storage
 *   parse-map <export>     the importer's records (parse + map), no storage
 *   ip-load <what>         loadIpIntel or loadEvidenceKit, timed in a fresh process
 */
import { LedgerBook } from '../electron/core/importers/common/unread';
import { createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import { createAnalyzeCommand } from '../electron/cli/analyze-command';
import type { CliIo } from '../electron/cli/command';
import { loadEvidence } from '../electron/core/analysis/evidence';
import { openArchive } from '../electron/core/archive/open';
import { loadEvidenceKit, loadIpIntel } from '../electron/core/evidence';
import { runImport } from '../electron/core/import/run-import';
import { chooseImporter, IMPORTERS } from '../electron/core/importers/registry';
import type { ImportContext } from '../electron/core/importers/types';
import { openDb } from '../electron/core/store/db';
import { MEMBER } from './fixtures';
import { parseUnits } from './parser';
import { MB, procMemory, sendMark, sendResult } from './util';

export interface ImportChildResult {
  status: string;
  message: string | null;
  ms: number;
  records: number;
  /** process.resourceUsage().maxRSS, in MB (10^6 bytes). */
  maxRssMB: number;
  /** VmHWM when each phase began (the peak so far), MB; `end` after the commit. */
  phases: Record<string, number>;
  /** Milliseconds spent in each phase (inventory, hashing, recognise, reading, analysing, committing). */
  phaseMs: Record<string, number>;
  heapUsedMB: number;
  /** Size of the database file after the import (WAL checkpointed), bytes. */
  dbBytes: number;
  /** Largest -wal file seen while importing (sampled at each progress report), bytes. */
  walPeakBytes: number;
  /** CPU seconds of the whole process (all threads), user + system. */
  cpuS: number;
  /** CPU seconds of the thread that owns the database (the writer), user + system. */
  mainCpuS: number;
}

export interface RateChildResult {
  ms: number;
  records: number;
  bytes: number;
  maxRssMB: number;
}

const rssMB = (): number => (process.resourceUsage().maxRSS * 1024) / MB;
const hwmMB = (): number => {
  const m = procMemory('self');
  return m ? (m.hwmMiB * 1024 * 1024) / MB : rssMB();
};

async function importTask(path: string, dbPath: string, reader: 'thread' | 'inline'): Promise<ImportChildResult> {
  for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
  const evidence = loadEvidence(); // not timed: the app loads it once per process
  const db = openDb(dbPath);
  const phases: Record<string, number> = {};
  const phaseMs: Record<string, number> = {};
  let phase = '';
  let phaseStart = 0;
  let walPeakBytes = 0;
  let lastWalCheck = 0;
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuS();
  const out = await runImport({
    db, paths: [path], enricher: evidence.enricher, analyse: evidence.analyse, readerThread: reader === 'thread' ? 'always' : 'never',
    onProgress: (p) => {
      const now = performance.now();
      if (now - lastWalCheck > 200) {
        lastWalCheck = now;
        walPeakBytes = Math.max(walPeakBytes, fileBytes(`${dbPath}-wal`));
      }
      if (p.phase !== phase) {
        const now = performance.now();
        if (phase) phaseMs[phase] = (phaseMs[phase] ?? 0) + now - phaseStart;
        phase = p.phase;
        phaseStart = now;
        const peak = Math.round(hwmMB());
        phases[phase] = peak;
        sendMark(phase, peak); // the parent learns how far a run got even if it dies
      }
    },
  });
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const mainCpuS = mainThreadCpuS() - main0;
  phases.end = Math.round(hwmMB());
  walPeakBytes = Math.max(walPeakBytes, fileBytes(`${dbPath}-wal`));
  const counts = db.prepare(`SELECT coalesce(sum(events), 0) + coalesce(sum(facts), 0) AS n FROM sources`).get() as { n: number };
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return {
    status: out.status, message: out.message, ms, records: counts.n, maxRssMB: rssMB(), phases, phaseMs,
    heapUsedMB: process.memoryUsage().heapUsed / MB, dbBytes: fileBytes(dbPath), walPeakBytes,
    cpuS: (cpu.user + cpu.system) / 1e6, mainCpuS,
  };
}

/** CPU seconds of this process's main thread (the one that owns the database), from /proc (Linux); NaN elsewhere. */
function mainThreadCpuS(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start at state; utime and stime are 14 and 15.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function boundTask(path: string): Promise<RateChildResult> {
  const t = performance.now();
  const archive = await openArchive([path]);
  const entry = archive.inventory.entries.find((e) => e.path.endsWith(MEMBER));
  if (!entry) throw new Error(`${path} holds no ${MEMBER}`);
  let items = 0;
  const { bytes } = await parseUnits(await archive.open(entry.path), entry.path, (units) => {
    for (const u of units) if (u.kind === 'item') items++;
  });
  await archive.close();
  return { ms: performance.now() - t, records: items, bytes, maxRssMB: rssMB() };
}

async function parseMapTask(path: string): Promise<RateChildResult> {
  const t = performance.now();
  const archive = await openArchive([path]);
  const choice = await chooseImporter(archive.inventory, (p, n) => archive.peek(p, n), IMPORTERS);
  if (!choice) throw new Error(`${path}: no importer recognises it`);
  let bytes = 0;
  const ctx: ImportContext = {
    inventory: archive.inventory,
    format: choice.recognition.format,
    open: async (p) => {
      const s = await archive.open(p);
      s.on('data', (c: Buffer) => (bytes += c.length));
      return s;
    },
    problem: () => undefined,
    parsed: () => undefined, ledger: new LedgerBook(),
    signal: new AbortController().signal,
  };
  let records = 0;
  // As the pipeline reads (read-archive.ts): the importer's batches when it offers them.
  if (choice.importer.importBatches) {
    for await (const batch of choice.importer.importBatches(ctx)) for (const rec of batch) if (rec.type) records++;
  } else {
    for await (const rec of choice.importer.import(ctx)) if (rec.type) records++;
  }
  await archive.close();
  return { ms: performance.now() - t, records, bytes, maxRssMB: rssMB() };
}

export interface AnalyzeChildResult {
  code: number;
  ms: number;
  /** Characters of JSON written. */
  chars: number;
  maxRssMB: number;
  /** VmHWM when the document began to be written (the import's peak), MB. */
  importPeakMB: number;
}

async function analyzeJsonTask(path: string, dbPath: string): Promise<AnalyzeChildResult> {
  for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
  const sink = createWriteStream('/dev/null');
  let chars = 0;
  let importPeakMB = 0;
  const io: CliIo = {
    out: (line) => void (chars += line.length),
    err: () => undefined,
    write: (text) => {
      if (chars === 0) importPeakMB = hwmMB();
      chars += text.length;
      return new Promise((resolve) => (sink.write(text) ? resolve() : sink.once('drain', resolve)));
    },
  };
  const t = performance.now();
  const code = await createAnalyzeCommand(io).run([path, '--db', dbPath, '--json', '--quiet']);
  const ms = performance.now() - t;
  sink.end();
  for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
  return { code, ms, chars, maxRssMB: hwmMB(), importPeakMB: Math.round(importPeakMB) };
}

function ipLoadTask(what: string): { ms: number } {
  const t = performance.now();
  if (what === 'kit') loadEvidenceKit();
  else loadIpIntel();
  return { ms: performance.now() - t };
}

async function main(): Promise<void> {
  const [task, a, b, c] = process.argv.slice(2);
  switch (task) {
    case 'import':
      sendResult(await importTask(a!, b!, c === 'inline' ? 'inline' : 'thread'));
      break;
    case 'analyze-json':
      sendResult(await analyzeJsonTask(a!, b!));
      break;
    case 'bound':
      sendResult(await boundTask(a!));
      break;
    case 'parse-map':
      sendResult(await parseMapTask(a!));
      break;
    case 'ip-load':
      sendResult(ipLoadTask(a ?? 'ip'));
      break;
    default:
      throw new Error(`unknown child task ${task ?? '(none)'}`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

/**
 * Group `memory`: peak RSS of the real import of one single-member TikTok JSON of 100 MB, 500 MB
 * (default) and 1 GB, 2 GB (`--full`), each in its own child process; and of `whereabouts analyze
 * --json` on the same input (import, then the document streamed to /dev/null: issue 15 measured
 * 827 MB at a million records when the document was one string). The peak is the child's
 * VmHWM (process.resourceUsage().maxRSS), cross-checked by polling /proc/<pid>/status from here;
 * the VmHWM at each phase change shows whether reading or the analysis afterwards sets it.
 * Inputs are folder imports (no 1 GB deflate to generate them) and cached; databases are deleted
 * after each run.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzeChildResult, ImportChildResult } from './child';
import { ensureTikTokJson } from './fixtures';
import { figure, type Figure } from './report';
import { log, MB, round, runChild } from './util';

export const DEFAULT_SIZES_MB = [100, 500];
export const FULL_SIZES_MB = [100, 500, 1000, 2000];
/** Bytes the generator writes per watch-history item (measured: 97.0 B). */
const BYTES_PER_EVENT = 97;
const TARGET_MB = 600;
/** The TikTok import issue's own bar, for a 500 MB JSON. */
const TIKTOK_ISSUE_TARGET_MB = 400;
/** "Flat": the largest size may use at most this much more than the smallest. */
const FLAT_RATIO = 1.25;

export interface MemoryOptions {
  cache: string;
  sizesMB: number[];
}

interface SizeResult {
  sizeMB: number;
  jsonMB: number;
  records: number;
  peakMB: number | null;
  polledMB: number | null;
  phases: Record<string, number>;
  seconds: number;
  outcome: string;
  /** For a crashed run: the phase it died in. */
  lastPhase: string | null;
  /** `analyze --json` on the same input: peak RSS (MB), null when it failed; and its outcome. */
  analyze: { peakMB: number | null; importPeakMB: number | null; seconds: number; outcome: string; chars: number };
}

export async function runMemoryGroup(o: MemoryOptions): Promise<Figure[]> {
  const results: SizeResult[] = [];
  for (const sizeMB of o.sizesMB) {
    const input = await ensureTikTokJson(o.cache, Math.round((sizeMB * MB) / BYTES_PER_EVENT));
    const db = join(o.cache, `run-memory-${sizeMB}.db`);
    log(`memory: importing ${round(input.jsonBytes / MB)} MB of JSON (${input.records.toLocaleString('en-US')} records) in a child process`);
    const run = await runChild<ImportChildResult>('import', [input.folder, db]);
    for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
    const r = run.result;
    const polledMB = run.polledPeakMiB === null ? null : (run.polledPeakMiB * 1024 * 1024) / MB;
    // A child that dies (V8's heap limit) sends no result; its phase marks say how far it got.
    const phases = r?.phases ?? Object.fromEntries(run.marks.map((m) => [m.name, m.value]));
    const lastPhase = run.marks[run.marks.length - 1]?.name ?? 'first';
    const why = run.fatal ?? run.stderrTail.split('\n').find((l) => l.trim() !== '') ?? '';
    const outcome = r ? r.status : `crashed in the ${lastPhase} phase (${run.signal ?? `exit ${run.code}`}) after ${Math.round(run.wallMs / 1000)} s: ${why}`;
    log(`  peak ${Math.round(r?.maxRssMB ?? polledMB ?? Number.NaN)} MB, ${outcome}, ${Math.round((r?.ms ?? run.wallMs) / 1000)} s`);
    log(`memory: analyze --json of the same ${round(input.jsonBytes / MB)} MB in a child process`);
    const an = await runChild<AnalyzeChildResult>('analyze-json', [input.folder, db]);
    for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
    const a = an.result;
    const anPolled = an.polledPeakMiB === null ? null : (an.polledPeakMiB * 1024 * 1024) / MB;
    const anOutcome = a ? (a.code === 0 ? 'ok' : `exit ${a.code}`) : `crashed (${an.signal ?? `exit ${an.code}`}): ${an.fatal ?? an.stderrTail.split('\n')[0] ?? ''}`;
    log(`  peak ${Math.round(a?.maxRssMB ?? anPolled ?? Number.NaN)} MB, ${anOutcome}, ${Math.round((a?.ms ?? an.wallMs) / 1000)} s, ${round((a?.chars ?? 0) / MB)} M chars of JSON`);
    results.push({
      sizeMB, jsonMB: input.jsonBytes / MB, records: input.records, peakMB: r ? r.maxRssMB : polledMB, polledMB,
      phases, lastPhase: r ? null : lastPhase, seconds: (r?.ms ?? run.wallMs) / 1000, outcome,
      analyze: { peakMB: a ? a.maxRssMB : anPolled, importPeakMB: a?.importPeakMB ?? null, seconds: (a?.ms ?? an.wallMs) / 1000, outcome: anOutcome, chars: a?.chars ?? 0 },
    });
  }

  const figures: Figure[] = [];
  for (const r of results) {
    const reading = r.phases.analysing ?? null;
    const stats: Record<string, number | string> = {
      'peak while reading MB': reading ?? '—', 'polled MB': r.polledMB === null ? '—' : Math.round(r.polledMB),
      records: r.records, s: round(r.seconds, 0), 'rec/s': r.outcome === 'imported' ? Math.round(r.records / r.seconds) : '—',
    };
    const note = r.outcome === 'imported' ? undefined : `import ${r.outcome}`;
    figures.push(figure({
      group: 'memory', id: `memory.peak_rss.${r.sizeMB}mb`, label: `peak RSS, import of ${round(r.jsonMB, 0)} MB JSON`, value: r.peakMB, unit: 'MB',
      stats, note, target: { cmp: '<', value: TARGET_MB },
      question: missQuestion(r),
    }));
    if (r.sizeMB === 500) {
      figures.push(figure({
        group: 'memory', id: 'memory.peak_rss.500mb.tiktok_issue', label: 'peak RSS, 500 MB TikTok JSON (TikTok import issue bar)', value: r.peakMB, unit: 'MB',
        target: { cmp: '<', value: TIKTOK_ISSUE_TARGET_MB }, question: missQuestion(r),
      }));
    }
  }
  for (const r of results) {
    figures.push(figure({
      group: 'memory', id: `memory.peak_rss.analyze_json.${r.sizeMB}mb`,
      label: `peak RSS, analyze --json of ${round(r.jsonMB, 0)} MB JSON (${r.records.toLocaleString('en-US')} records)`, value: r.analyze.peakMB, unit: 'MB',
      stats: { 'peak before the document MB': r.analyze.importPeakMB ?? '—', 'JSON M chars': round(r.analyze.chars / MB, 1), s: round(r.analyze.seconds, 0) },
      note: r.analyze.outcome === 'ok' ? undefined : `analyze ${r.analyze.outcome}`, target: { cmp: '<', value: TARGET_MB },
      question: 'What does the document hold per event rather than per entity (a finding\'s event ids are streamed from SQLite; the access and where summaries are per entity)?',
    }));
  }
  const measuredAnalyze = results.filter((r) => r.analyze.peakMB !== null);
  if (measuredAnalyze.length >= 2) {
    const small = measuredAnalyze[0]!;
    const big = measuredAnalyze[measuredAnalyze.length - 1]!;
    figures.push(figure({
      group: 'memory', id: 'memory.flatness.analyze_json', label: `peak RSS of analyze --json, ${round(big.jsonMB, 0)} MB ÷ ${round(small.jsonMB, 0)} MB`,
      value: big.analyze.peakMB! / small.analyze.peakMB!, unit: '×', target: { cmp: '<', value: FLAT_RATIO },
      ratioOf: { numerator: `${round(big.jsonMB, 0)} MB analyze --json`, denominator: `${round(small.jsonMB, 0)} MB analyze --json` },
      question: 'What grows with the number of records between the end of the import and the end of the document?',
    }));
  }
  const measured = results.filter((r) => r.peakMB !== null);
  if (measured.length >= 2) {
    const small = measured[0]!;
    const big = measured[measured.length - 1]!;
    figures.push(figure({
      group: 'memory', id: 'memory.flatness', label: `peak RSS ${round(big.jsonMB, 0)} MB ÷ ${round(small.jsonMB, 0)} MB (flat in size)`,
      value: big.peakMB! / small.peakMB!, unit: '×', target: { cmp: '<', value: FLAT_RATIO },
      note: big.outcome === 'imported' ? undefined : `the ${round(big.jsonMB, 0)} MB import died, so its peak is a lower bound`,
      ratioOf: { numerator: `${round(big.jsonMB, 0)} MB import`, denominator: `${round(small.jsonMB, 0)} MB import` },
      question: (big.phases.analysing ?? 0) > (small.phases.analysing ?? Number.POSITIVE_INFINITY) * FLAT_RATIO
        ? `Memory grows while reading (${small.phases.analysing} → ${big.phases.analysing} MB at the end of reading): what per-record state does the pipeline keep (entity caches, per-member maps, the parser's stack, SQLite's page cache)?`
        : `While reading, the peak stays near ${small.phases.analysing ?? '?'}–${big.phases.analysing ?? '?'} MB (streaming works); the whole import goes from ${Math.round(small.peakMB!)} to ${Math.round(big.peakMB!)} MB, so the analysis after it holds state per record. Can every part of it be an aggregate per group (host, path hint, IP) with a capped sample of citing events, so memory depends on the number of groups, not records?`,
    }));
  }
  return figures;
}

function missQuestion(r: SizeResult): string {
  const reading = r.phases.analysing;
  if (r.lastPhase === 'analysing' && reading !== undefined) {
    return `Reading peaks at ${reading} MB; the analysis after it grew the process to ${Math.round(r.peakMB ?? 0)} MB and it died there (V8's default heap limit is about 4 GB): an export this size cannot be imported. What in analysis/ holds state per record rather than per group, and can it be an SQL aggregate with a capped sample of citations?`;
  }
  if (reading !== undefined && r.peakMB !== null && r.peakMB > reading * 1.2) {
    return `Reading peaks at ${reading} MB; the analysis after it takes the process to ${Math.round(r.peakMB)} MB. What in analysis/ holds state per record rather than per group, and can it be an SQL aggregate with a capped sample of citations?`;
  }
  return 'Memory rises while reading: what per-record state does the pipeline keep (progress, hashes, entity caches, SQLite page cache)?';
}

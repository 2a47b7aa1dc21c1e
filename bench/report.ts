/**
 * The benchmark's output: every figure beside its target, every ratio beside the baseline it was
 * measured against in the same run, printed as a table and written to bench/results/<date>.json.
 * A missed target is reported (with the design question it raises), never thrown.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from './util';

export type Cmp = '<' | '>=';

export interface Target {
  cmp: Cmp;
  value: number;
  /** Which statistic the target applies to, e.g. `p95`; default: the value. */
  on?: string;
}

export type Status = 'ok' | 'MISS' | 'info' | 'n/a';

export interface Figure {
  group: string;
  /** Stable id for comparing runs, e.g. `import.zip.records_per_s`. */
  id: string;
  label: string;
  /** The figure the target is judged on (null: not measured, see note). */
  value: number | null;
  unit: string;
  /** Extra statistics shown beside the value (p50, runs, MB/s, …). */
  stats?: Record<string, number | string>;
  target?: Target;
  /** For ratios: what was divided by what, both measured in this run. */
  ratioOf?: { numerator: string; denominator: string };
  note?: string;
  /** For a miss: the design question it raises. */
  question?: string;
  status: Status;
}

export function judge(value: number | null, target?: Target): Status {
  if (!target) return value === null ? 'n/a' : 'info';
  if (value === null || !Number.isFinite(value)) return 'n/a';
  return (target.cmp === '<' ? value < target.value : value >= target.value) ? 'ok' : 'MISS';
}

export function figure(f: Omit<Figure, 'status'> & { status?: Status }): Figure {
  return { ...f, status: f.status ?? judge(f.value, f.target) };
}

export function fmt(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const n = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit === '×' ? `${n}×` : `${n} ${unit}`;
}

function fmtTarget(t: Target | undefined, unit: string): string {
  if (!t) return '';
  return `${t.on ? `${t.on} ` : ''}${t.cmp === '<' ? '<' : '≥'} ${fmt(t.value, unit)}`;
}

function fmtStats(s: Figure['stats']): string {
  if (!s) return '';
  return Object.entries(s)
    .map(([k, v]) => `${k} ${typeof v === 'number' ? fmt(v, '').trim() : v}`)
    .join(', ');
}

export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.group,
    f.label,
    fmt(f.value, f.unit),
    fmtTarget(f.target, f.unit),
    f.status,
    [fmtStats(f.stats), f.ratioOf ? `${f.ratioOf.numerator} ÷ ${f.ratioOf.denominator}` : '', f.note ?? ''].filter(Boolean).join('; '),
  ]);
  const head = ['group', 'measure', 'value', 'target', 'result', 'details'];
  const widths = head.map((h, i) => Math.min(i === 5 ? 200 : 60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function misses(figures: readonly Figure[]): string {
  const m = figures.filter((f) => f.status === 'MISS');
  if (m.length === 0) return 'No target missed.';
  return m
    .map((f) => `- ${f.label}: ${fmt(f.value, f.unit)} (target ${fmtTarget(f.target, f.unit)})${f.question ? `\n  Design question: ${f.question}` : ''}`)
    .join('\n');
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memGiB: number;
  node: string;
  platform: string;
  sqlite: string;
  sqliteUtils: string | null;
  chromium: string | null;
  commit: string | null;
  dirty: boolean | null;
}

export function machine(): Machine {
  const sh = (cmd: string, args: string[]): string | null => {
    try {
      return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    } catch {
      return null;
    }
  };
  const mem = new Database(':memory:');
  const sqlite = (mem.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  mem.close();
  const status = sh('git', ['status', '--porcelain']);
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    sqlite,
    sqliteUtils: sh('sqlite-utils', ['--version']),
    chromium: sh(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']),
    commit: sh('git', ['rev-parse', '--short', 'HEAD']),
    dirty: status === null ? null : status.length > 0,
  };
}

export interface RunRecord {
  date: string;
  args: string[];
  options: Record<string, unknown>;
  machine: Machine;
  durationS: number;
  figures: Figure[];
}

/** Writes bench/results/<YYYY-MM-DD>.json (a second run the same day gets -2, -3, …). */
export function writeResults(rec: RunRecord, dir = join(ROOT, 'bench', 'results')): string {
  mkdirSync(dir, { recursive: true });
  const day = rec.date.slice(0, 10);
  let path = join(dir, `${day}.json`);
  for (let i = 2; existsSync(path); i++) path = join(dir, `${day}-${i}.json`);
  writeFileSync(path, `${JSON.stringify(rec, null, 2)}\n`);
  return path;
}

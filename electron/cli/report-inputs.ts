/**
 * What `report` and `verify` share: a working database (the given profile, or a temporary one
 * removed afterwards), importing the archives in argument order, and reading claims options.
 */
import { termSafe } from './term-safe';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { CLAIM_TEMPLATES } from '../../shared/claim-templates';
import { parseClaims, parseClaimsFile, type Claim } from '../../shared/claims';
import type { Evidence } from '../core/analysis/evidence';
import { runImport } from '../core/import/run-import';
import { openDb, type Db } from '../core/store/db';
import { listSources } from '../core/store/queries/sources';
import { ArgsError, type ParsedArgs } from './args';
import type { CliIo } from './command';
import { groupExportPaths } from './group-paths';

export interface WorkDb {
  db: Db;
  path: string;
  close(): void;
}

/** `--db PATH` keeps the imports in that profile; otherwise a fresh database that is deleted on close. */
export function openWorkDb(dbPath: string | undefined): WorkDb {
  if (dbPath !== undefined) {
    const db = openDb(resolve(dbPath));
    return { db, path: resolve(dbPath), close: () => db.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'whereabouts-report-'));
  const path = join(dir, 'work.db');
  const db = openDb(path);
  return {
    db, path,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ImportedArchive {
  /** The paths of one export (several for a split export). */
  paths: string[];
  label: string;
  sourceId: number | null;
  sha256: string | null;
  failure: string | null;
}

/** Imports each export (split parts grouped) in argument order; an export imported before is reused. */
export async function importArchives(db: Db, paths: readonly string[], evidence: Evidence, io: CliIo, quiet: boolean): Promise<ImportedArchive[]> {
  const out: ImportedArchive[] = [];
  evidence.analyseIfStale(db); // a profile opened with --db may predate schema 9 (findings as code + params)
  for (const group of groupExportPaths(paths.map((p) => resolve(p)))) {
    const outcome = await runImport({
      db, paths: group, enricher: evidence.enricher, analyse: evidence.analyse,
      onProgress: quiet ? undefined : (p) => process.stderr.write(`\r${p.phase} ${termSafe(p.file)} ${p.records} records   `),
    });
    if (!quiet) process.stderr.write('\n');
    const ok = outcome.status === 'imported' || outcome.status === 'already-imported';
    const id = ok ? outcome.sourceIds[0] ?? null : null;
    const sha = id === null ? null : listSources(db).find((s) => s.id === id)?.sha256 ?? null;
    if (!ok) io.err(outcome.message ?? `${group.map((g) => basename(g)).join(' + ')}: import failed`);
    out.push({ paths: group, label: group.map((g) => basename(g)).join(' + '), sourceId: id, sha256: sha, failure: ok ? null : outcome.message ?? 'import failed' });
  }
  return out;
}

/** `--claims FILE` and/or `--template NAME` (repeatable): the claims to test, validated. */
export function claimsFromArgs(args: ParsedArgs): Claim[] {
  const file = args.values.claims;
  const templates = args.values.template;
  const names = Array.isArray(templates) ? templates : typeof templates === 'string' ? [templates] : [];
  if (typeof file !== 'string' && names.length === 0) {
    throw new ArgsError(`Give the claims to test: --claims FILE (see docs/claims-and-reports.md) or --template NAME (${CLAIM_TEMPLATES.map((t) => t.id).join(', ')}).`);
  }
  const entries: unknown[] = names.map((template) => ({ template }));
  if (typeof file === 'string') {
    let text: string;
    try {
      text = readFileSync(resolve(file), 'utf8');
    } catch (err) {
      throw new ClaimsFileError([`${file}: cannot read it (${err instanceof Error ? err.message : String(err)})`]);
    }
    const parsed = parseClaimsFile(text, CLAIM_TEMPLATES);
    if (!parsed.ok) throw new ClaimsFileError(parsed.errors.map((e) => `${basename(file)} ${e}`));
    entries.push(...parsed.value);
  }
  const all = parseClaims(entries, CLAIM_TEMPLATES);
  if (!all.ok) throw new ClaimsFileError(all.errors.map((e) => e.replace(/^\$\.claims/, 'claims')));
  return all.value;
}

export class ClaimsFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`The claims are not valid:\n  ${problems.join('\n  ')}`);
    this.name = 'ClaimsFileError';
  }
}

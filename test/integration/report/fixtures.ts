/** Fixtures for the report tests: generated TikTok exports (some altered on purpose) and CLI runs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTikTokExport, writeTikTokZip, type TikTokVariant } from '../../fixtures/generators/tiktok';
import { writeDeterministicZip } from '../../fixtures/generators/zip';
import { createReportCommand } from '../../../electron/cli/report-command';
import { createVerifyCommand } from '../../../electron/cli/verify-command';
import type { Core } from '../../../electron/core/api/types';
import { createCore } from '../../../electron/core/api/core';
import { evidenceFromKit } from '../../../electron/core/analysis/evidence';
import { loadEvidenceKit } from '../../../electron/core/evidence/load';
import { runImport } from '../../../electron/core/import/run-import';
import { openDb } from '../../../electron/core/store/db';

export const GENERATED_AT = '2026-01-01T00:00:00Z';

export const ALL_TEMPLATES = [
  'tiktok-us-data-oracle', 'tiktok-eea-data-clover', 'no-datacenter-logins', 'only-my-devices', 'no-third-party-apps',
  'login-history-max-days', 'export-contains-logins-devices-advertisers',
];

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'wa-report-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function variantZip(dir: string, variant: TikTokVariant, seed = 1): Promise<string> {
  const path = join(dir, `tiktok-${variant}-${seed}.zip`);
  await writeTikTokZip(path, { variant, seed });
  return path;
}

/** A generated export with its text edited (e.g. a host replaced) before zipping. */
export async function editedZip(dir: string, name: string, variant: TikTokVariant, edit: (text: string) => string, seed = 1): Promise<string> {
  const { files } = generateTikTokExport({ variant, seed });
  const path = join(dir, name);
  await writeDeterministicZip(path, files.map((f) => ({ path: f.path, content: typeof f.content === 'string' ? edit(f.content) : f.content })));
  return path;
}

export interface Run { code: number; out: string; err: string }

export async function runCommand(which: 'report' | 'verify', argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  const cmd = which === 'report' ? createReportCommand(io) : createVerifyCommand(io);
  const code = await cmd.run(argv);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export const templateArgs = (ids: readonly string[]): string[] => ids.flatMap((id) => ['--template', id]);

/**
 * A real core (serve transport, in-process imports) over a profile holding one imported TikTok
 * export (json-2024): what the claims and report channel tests start from. Close it with `done()`.
 */
export async function coreWithOneExport(): Promise<{ core: Core; dir: string; done: () => Promise<void> }> {
  const tmp = tempDir();
  const zip = await variantZip(tmp.dir, 'json-2024');
  const dbPath = join(tmp.dir, 'profile.db');
  const evidence = evidenceFromKit(loadEvidenceKit());
  const db = openDb(dbPath);
  await runImport({ db, paths: [zip], enricher: evidence.enricher, analyse: evidence.analyse });
  db.close();
  const core = await createCore({ dbPath, transport: 'serve', inProcess: true, tempDir: tmp.dir });
  return {
    core,
    dir: tmp.dir,
    done: async () => {
      await core.close();
      tmp.remove();
    },
  };
}

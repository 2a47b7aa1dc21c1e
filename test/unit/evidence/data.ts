/** Test helper: the compiled datasets, built on demand so the suite runs on a fresh checkout. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadEvidenceKit, type EvidenceKit } from '../../../electron/core/evidence/load';

export const ROOT = path.resolve(__dirname, '../../..');
export const GENERATED = path.join(ROOT, 'resources', 'generated');

let kit: EvidenceKit | undefined;

export function evidenceKit(): EvidenceKit {
  if (!kit) {
    // Idempotent and fast when the outputs are current (it only compares modification times).
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-data.mjs')], { cwd: ROOT, stdio: 'pipe' });
    kit = loadEvidenceKit(GENERATED);
  }
  return kit;
}

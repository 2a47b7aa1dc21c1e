/**
 * A folder export with a sub-folder or file the system will not let us read imports what it can
 * and lists what it could not, instead of being refused as a whole. Permissions do not bind root,
 * so as root the walk runs in a child process as `nobody`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Inventory } from '../../../electron/core/archive/types';

const ROOT = nodePath.resolve(__dirname, '..', '..', '..');
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const made: string[] = [];
afterAll(() => {
  for (const d of made) {
    spawnSync('chmod', ['-R', 'u+rwx', d]);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

function openAsOtherUser(path: string): { ok: true; inventory: Inventory } | { ok: false; message: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', nodePath.join(__dirname, 'helpers', 'inventory-child.ts'), path], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { ok: true; inventory: Inventory } | { ok: false; message: string };
}

describe.skipIf(process.platform === 'win32')('a folder export with parts the system will not let us read', () => {
  it('lists the readable files and names the unreadable folder and file, with the cause', () => {
    const base = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'wa-unreadable-'));
    made.push(base);
    const root = nodePath.join(base, 'export');
    fs.mkdirSync(nodePath.join(root, 'ok'), { recursive: true });
    fs.mkdirSync(nodePath.join(root, 'locked'));
    fs.writeFileSync(nodePath.join(root, 'ok', 'a.json'), '[]');
    fs.writeFileSync(nodePath.join(root, 'locked', 'b.json'), '[]');
    fs.writeFileSync(nodePath.join(root, 'secret.json'), '{}');
    fs.writeFileSync(nodePath.join(root, 'open.json'), '{}');
    fs.chmodSync(base, 0o755);
    fs.chmodSync(nodePath.join(root, 'locked'), 0o000);
    fs.chmodSync(nodePath.join(root, 'secret.json'), 0o000);

    const r = openAsOtherUser(root);
    expect(r.ok, r.ok ? '' : r.message).toBe(true);
    if (!r.ok) return;
    expect(r.inventory.entries.map((e) => e.path)).toEqual(['ok/a.json', 'open.json']);
    expect(r.inventory.problems).toEqual([
      { kind: 'unreadable', path: 'locked/', reason: 'this folder could not be read: Whereabouts is not allowed to read this (permission denied by the system)' },
      { kind: 'unreadable', path: 'secret.json', reason: 'Whereabouts is not allowed to read this (permission denied by the system)' },
    ]);
  });
});

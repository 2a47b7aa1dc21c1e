/**
 * Removing the app's private upload copies (`<tempDir>/upload-*`, made by serve/upload.ts; the
 * desktop app's drops use the same prefix). They are copies of the person's export, possibly
 * tens of GB: they go after their import (core.ts), on "Erase everything" (handlers.ts), and when
 * serve starts (the ones left by a process that ended before importing them). Only names the app
 * makes are touched; anything else in the folder is left alone.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UPLOAD_PREFIX } from '../erase/erase-profile';

/**
 * Removes every `upload-*` entry of `dir` (all of them, or only those last changed before
 * `olderThan`, a time in ms); returns the removed paths. A missing folder is nothing to do.
 */
export function removeUploads(dir: string, olderThan?: number): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of entries) {
    if (!name.startsWith(UPLOAD_PREFIX)) continue;
    const p = join(dir, name);
    try {
      if (olderThan !== undefined && statSync(p).mtimeMs >= olderThan) continue;
      rmSync(p, { recursive: true, force: true });
      removed.push(p);
    } catch {
      // Vanished meanwhile or not ours to remove: the next start tries again.
    }
  }
  return removed;
}

/** When this process started, in ms since the epoch (uploads changed before it are stale). */
export function processStartedAt(): number {
  return Date.now() - process.uptime() * 1000;
}

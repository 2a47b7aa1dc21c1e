/**
 * A size-limited filesystem for fault tests (disk full, read-only). Only root can mount one
 * (`mount -t tmpfs -o size=…`); elsewhere `mountTmpfs` returns null and the test skips visibly
 * with that reason.
 */
import { execFileSync } from 'node:child_process';

export interface Mounted {
  dir: string;
  remount(mode: 'ro' | 'rw'): void;
  unmount(): void;
}

export function mountTmpfs(dir: string, size: string): Mounted | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  let mounted = true;
  return {
    dir,
    remount(mode) {
      execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'ignore' });
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      } catch {
        // Already gone; nothing to undo.
      }
    },
  };
}

export const TMPFS_SKIP = 'SKIPPED: needs root on Linux to mount a size-limited tmpfs';

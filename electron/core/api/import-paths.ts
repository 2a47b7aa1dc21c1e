/**
 * Which paths `import.start` may read. A page (or a renderer) asks the app to import a path; it
 * must not be able to make the app read any file the person can read. So an import is confined
 * to paths the person handed over in this session:
 *
 *  - serve: the files uploaded through `POST /api/upload` in this session (the server records
 *    each one; electron/core/serve/server.ts checks every import.start before the core sees it);
 *  - the desktop app: the paths the native picker returned (and the files the person dropped),
 *    recorded by the main process, which checks import.start before forwarding it.
 *
 * Plain functions and one small class, so both transports use the same rule and wording.
 */
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError, type FieldIssue } from '../../../shared/errors';

/** Paths handed over in this session, compared after `path.resolve` (no `..`, no doubled slashes). */
export class HandedOverPaths {
  private readonly paths = new Set<string>();

  remember(paths: readonly string[]): void {
    for (const p of paths) this.paths.add(resolve(p));
  }

  forget(paths: readonly string[]): void {
    for (const p of paths) this.paths.delete(resolve(p));
  }

  /** Exactly a remembered path (a folder the picker returned allows the folder, not its neighbours). */
  has(p: string): boolean {
    return this.paths.has(resolve(p));
  }
}

/** Also requires an uploaded path to still be a regular file (not replaced by a symlink). */
export function isUploadedFile(handed: HandedOverPaths, p: string): boolean {
  if (!handed.has(p)) return false;
  try {
    return lstatSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Throws a `bad-request` naming each refused entry (`paths[1]: …`) unless every path is allowed.
 * `why` ends the sentence: "not a file uploaded in this session".
 */
export function confineImportPaths(paths: readonly string[], allowed: (p: string) => boolean, why: string): void {
  const issues: FieldIssue[] = [];
  paths.forEach((p, i) => {
    if (typeof p !== 'string' || !allowed(p)) issues.push({ path: `paths[${i}]`, message: why });
  });
  if (issues.length === 0) return;
  throw new ApiError('bad-request', `${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}. Only files you chose or uploaded can be imported.`, {
    channel: 'import.start',
    issues,
  });
}

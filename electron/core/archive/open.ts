/**
 * The archive layer's entry point: whatever the person picked (one zip, one folder, or the zip
 * parts of one split export) becomes one ArchiveReader with one inventory.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import { fsError } from './errors';
import { openFolder } from './folder-reader';
import { DEFAULT_LIMITS, resolveLimits } from './limits';
import { baseName } from './names';
import { missingParts, orderParts, quoteList, splitName } from './split';
import { ArchiveError, type ArchiveLimits, type ArchiveReader } from './types';
import { openZipParts } from './zip-reader';

export { DEFAULT_LIMITS };

export async function openArchive(paths: string[], limits?: Partial<ArchiveLimits>): Promise<ArchiveReader> {
  const resolvedLimits = resolveLimits(limits);
  // The same file picked twice (drag and drop plus the dialog) is still one export.
  const unique = [...new Set(paths.map((p) => nodePath.resolve(p)))];
  if (unique.length === 0) throw new ArchiveError('not-found', '(nothing)', 'no file or folder was chosen');

  const picked = await Promise.all(
    unique.map(async (path) => {
      const name = baseName(path);
      try {
        return { path, name, isDir: (await fs.promises.stat(path)).isDirectory() };
      } catch (err) {
        throw fsError(err, name);
      }
    }),
  );

  if (picked.length === 1) {
    const only = picked[0]!;
    if (only.isDir) return openFolder(only.path, resolvedLimits, only.name);
    const reader = await openZipParts([only.path], resolvedLimits, only.name);
    return withPartProblems(reader, [only.path]);
  }

  const everyName = quoteList(picked.map((p) => p.name)).replace(/[“”]/g, '');
  if (picked.some((p) => p.isDir)) {
    throw new ArchiveError('not-an-archive', everyName, 'pick one folder, or the zip file(s) of one export — not several folders, nor folders and files together');
  }
  const order = orderParts(picked);
  if ('problem' in order) throw new ArchiveError('not-an-archive', everyName, order.problem);
  const reader = await openZipParts(
    order.ordered.map((p) => p.path),
    resolvedLimits,
    `${order.stem} (${order.ordered.length} zip parts)`,
  );
  return withPartProblems(reader, order.ordered.map((p) => p.path));
}

/**
 * A split export read without some of its parts imports what it has, and says which parts it
 * lacks: a gap in the numbers, or a part lying beside the chosen ones that was not chosen.
 */
async function withPartProblems(reader: ArchiveReader, chosen: string[]): Promise<ArchiveReader> {
  const first = splitName(baseName(chosen[0]!));
  if (first === null) return reader;
  const dir = nodePath.dirname(chosen[0]!);
  let siblings: string[] = [];
  try {
    siblings = await fs.promises.readdir(dir);
  } catch {
    // The folder cannot be listed: gaps in the chosen numbers are still reported.
  }
  const found = missingParts(chosen.map(baseName), siblings);
  if (found.length > 0) reader.inventory.problems = [...(reader.inventory.problems ?? []), ...found];
  return reader;
}

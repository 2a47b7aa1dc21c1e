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
import { orderParts, quoteList } from './split';
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
    return only.isDir ? openFolder(only.path, resolvedLimits, only.name) : openZipParts([only.path], resolvedLimits, only.name);
  }

  const everyName = quoteList(picked.map((p) => p.name)).replace(/[“”]/g, '');
  if (picked.some((p) => p.isDir)) {
    throw new ArchiveError('not-an-archive', everyName, 'pick one folder, or the zip file(s) of one export — not several folders, nor folders and files together');
  }
  const order = orderParts(picked);
  if ('problem' in order) throw new ArchiveError('not-an-archive', everyName, order.problem);
  return openZipParts(
    order.ordered.map((p) => p.path),
    resolvedLimits,
    `${order.stem} (${order.ordered.length} zip parts)`,
  );
}

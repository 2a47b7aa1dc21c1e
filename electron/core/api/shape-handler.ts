/**
 * `sources.shape`: the structure of an imported export without its values (the same text as
 * `whereabouts shape`), so the Sources view can offer it when something was not recognised or not
 * read. It re-reads the export from where it was imported; browser-mode uploads are deleted after
 * their import, so there it says to run the command on the person's own copy.
 */
import { existsSync } from 'node:fs';
import { ApiError } from '../../../shared/errors';
import { shapeExports } from '../shape/shape-export';
import type { Db } from '../store/db';
import { sourceOrigin } from '../store/queries/sources';

/** Large enough for any real export's structure; a shape beyond it is cut with a note. */
const MAX_SHAPE_CHARS = 8 * 1024 * 1024;

export async function shapeOfSource(db: Db, sourceId: number): Promise<{ text: string; fileName: string }> {
  const origin = sourceOrigin(db, sourceId);
  if (origin === null) throw new ApiError('not-found', `No source with id ${sourceId}.`);
  const missing = origin.paths.filter((p) => !existsSync(p));
  if (origin.paths.length === 0 || missing.length > 0) {
    throw new ApiError(
      'not-found',
      `${origin.file} is no longer where it was imported from, so its structure cannot be read here. Run "whereabouts shape <your copy of the export>" in a terminal; it writes the same description.`,
    );
  }
  const blocks: string[] = [];
  let size = 0;
  let cut = false;
  await shapeExports([origin.paths], (block) => {
    if (cut) return;
    if (size + block.length > MAX_SHAPE_CHARS) {
      cut = true;
      blocks.push('\n(… the rest was left out: the description reached its size limit)\n');
      return;
    }
    size += block.length;
    blocks.push(block);
  });
  const stem = origin.file.replace(/\.zip$/i, '').replace(/[^\w.-]+/g, '_').slice(0, 80) || 'export';
  return { text: blocks.join(''), fileName: `${stem}-shape.txt` };
}

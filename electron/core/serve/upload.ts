/**
 * `POST /api/upload`: stream the raw body into a fresh private folder under `uploadDir`.
 * Exports are tens of GB, so the body is piped to disk and never buffered; there is no size cap
 * beyond the disk. A failed or aborted upload leaves nothing behind.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { coreEnvelope } from '../api/errors';
import { sendEnvelope, sendJson } from './http-util';
import { sanitizeUploadName } from './upload-name';

/** Resolves with the stored file's path (the caller records it as handed over), or null on failure. */
export async function receiveUpload(req: IncomingMessage, res: ServerResponse, uploadDir: string): Promise<string | null> {
  const name = sanitizeUploadName(req.headers['x-filename']);
  await mkdir(uploadDir, { recursive: true, mode: 0o700 });
  // A unique folder per upload: two uploads of "export.zip" never collide, and the sender's name
  // never picks the folder.
  const dir = await mkdtemp(join(uploadDir, 'upload-'));
  const dest = join(dir, name);
  try {
    await pipeline(req, createWriteStream(dest, { flags: 'wx', mode: 0o600 }));
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    // The sender went away or stalled past the idle timeout: nobody to answer, nothing to log.
    if (req.destroyed && res.destroyed) return null;
    // A full disk says so; anything else is logged and answered without its internal text.
    sendEnvelope(res, coreEnvelope(err, 'upload'));
    return null;
  }
  sendJson(res, 200, { path: dest });
  return dest;
}

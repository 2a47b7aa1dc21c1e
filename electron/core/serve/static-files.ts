/** Serving the built renderer (`out/renderer`) over the loopback server. */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { head, sendError } from './http-util';
import { isInside, resolveStaticPath } from './static-path';

export async function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string, pathname: string): Promise<void> {
  const target = resolveStaticPath(staticDir, pathname);
  if (target.kind === 'refused') {
    sendError(res, 'bad-request', 'That path is not allowed.');
    return;
  }
  // Symlinks inside the build must not lead out of it either.
  let real: string;
  try {
    real = await realpath(target.path);
    const root = await realpath(staticDir);
    if (!isInside(root, real) || !(await stat(real)).isFile()) throw new Error('not a file inside the root');
  } catch {
    const missingUi = target.fallback || pathname === '/' || pathname === '/index.html';
    sendError(res, 'not-found', missingUi ? 'The user interface is not built: run npm run build.' : 'Not found.');
    return;
  }
  const size = (await stat(real)).size;
  head(res, 200, {
    'Content-Type': target.contentType,
    'Content-Length': size,
    // Everything is local and rebuilt in place; revalidating costs nothing.
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(real);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * `import.start` in the desktop app reads only what the person handed over in this session: the
 * paths the native picker returned and the files they dropped on the window (the preload tells
 * main those on an internal channel the page cannot reach; see routing.ts). A page — or script
 * injected into it — cannot make the app read any other file the person can read. Plain (no
 * electron import): the IPC harness runs exactly this.
 */
import { fromEnvelope } from '../../shared/errors';
import { confineImportPaths, HandedOverPaths } from '../core/api/import-paths';
import type { Handlers } from '../core/api/types';
import type { CallEnvelope } from '../core/host/protocol';

export { HandedOverPaths };

/**
 * Checks the paths before the core process sees the request. The rest of the request's shape is
 * the core's schema gate's job (main carries no schema code: see main-boot.test.ts), so a request
 * without a list of paths goes on to be refused there, naming the field.
 */
export function createConfinedImportStart(
  handed: HandedOverPaths,
  forward: (req: unknown) => Promise<CallEnvelope>,
): Handlers['import.start'] {
  return async (req) => {
    const paths: unknown = (req as { paths?: unknown } | null)?.paths;
    if (Array.isArray(paths)) confineImportPaths(paths as string[], (p) => handed.has(p), 'not a file you chose or dropped in this session');
    const answer = await forward(req);
    if (!answer.ok) throw fromEnvelope(answer.error);
    return answer.value as { jobId: string };
  };
}

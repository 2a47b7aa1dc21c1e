/**
 * `whereabouts serve [--db PATH | --profile NAME] [--port N] [--no-open]`: the whole app in a browser over the
 * loopback transport, for machines without an Electron runtime. Prints exactly one
 * `Whereabouts is running at http://127.0.0.1:PORT/#token=…` line (the e2e harness parses it),
 * then runs until SIGINT/SIGTERM and closes cleanly.
 *
 * The core factory is injected (commands.ts passes the real createCore) so this file can be
 * tested with a small in-test core.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Core, CoreOptions } from '../core/api/types';
import { defaultDbFromEnv, profilesDirFromEnv } from './default-db';
import { checkedProfileName, PROFILE_OPTION } from './profile-option';
import { DB_FILE_NAME } from '../core/profile-path';
import { startServer } from '../core/serve/server';
import { processStartedAt, removeUploads } from '../core/api/uploads';
import { ArgsError, boolOpt, intOpt, parseArgs, stringOpt } from './args';
import type { CliIo, Command } from './command';
import { processIo } from './command';
import { openBrowser, type Spawner } from './open-browser';
import { defaultResourcesDir } from '../core/resources';
import { PERSONA_OPTION, personaPathsFromArgs } from './persona-command';
import { importSyntheticExports } from './persona-import';

export const RUNNING_PREFIX = 'Whereabouts is running at ';

export interface ServeDeps {
  createCore(opts: CoreOptions): Promise<Core>;
  io?: CliIo;
  /** The built renderer; default: out/renderer beside this bundle (out/main). */
  staticDir?: string;
  /** Default profile database when --db and --profile are absent. */
  defaultDb?: () => string;
  /** The profiles folder (default: <appData>/profiles); profiles.* work when the database is in it. */
  profilesDir?: () => string;
  /** Replaces the whole browser hand-off (tests that do not care how it opens). */
  openUrl?: (url: string) => void;
  /** Starts the browser launcher with this argv (tests read it: it must never hold the token). */
  spawnBrowser?: Spawner;
  /** Where the one-time redirect page goes; default: the system temp folder. */
  handOffDir?: string;
  /** Where the built personas and datasets are; default: resources/generated (core/resources.ts). */
  resourcesDir?: string;
  /** Uploads changed before this time (ms) are stale; default: when this process started. */
  startedAt?: number;
  /** Resolves with the signal name when serving should stop. */
  waitForStop?: () => Promise<string>;
}

export const SERVE_USAGE = `Usage: whereabouts serve [--db PATH | --profile NAME] [--port N] [--no-open] [--persona ID]

Runs Whereabouts in your browser, on this computer only (127.0.0.1), until Ctrl+C.

  --db PATH    profile database (default: the app's data folder, the same one the desktop app uses)
  --profile NAME  the app's profile NAME (whereabouts profile list); the page can switch profiles
               unless --db is given
  --port N     port on 127.0.0.1 (default 0: any free port)
  --no-open    do not open the browser; just print the address
  --persona ID import a synthetic workshop persona into the profile before starting (repeatable;
               whereabouts persona list)`;

export function waitForSignal(): Promise<string> {
  return new Promise((resolveStop) => {
    const signals: NodeJS.Signals[] = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const onSignal = (signal: NodeJS.Signals): void => {
      for (const s of signals) process.off(s, onSignal);
      // A second Ctrl+C while closing means "now".
      for (const s of signals) process.once(s, () => process.exit(130));
      resolveStop(signal);
    };
    for (const s of signals) process.on(s, onSignal);
  });
}

export function createServeCommand(deps: ServeDeps): Command {
  const io = deps.io ?? processIo;
  return {
    name: 'serve',
    summary: 'Open the app in your browser (no Electron needed), on 127.0.0.1 only',
    usage: SERVE_USAGE,
    async run(argv) {
      const args = parseArgs(argv, { db: { type: 'string' }, port: { type: 'string' }, open: { type: 'boolean' }, ...PERSONA_OPTION, ...PROFILE_OPTION });
      if (args.positionals.length > 0) throw new ArgsError(`Unexpected argument "${args.positionals[0]}".`);
      const port = intOpt(args, 'port', 0, 65535) ?? 0;
      const profilesDir = (deps.profilesDir ?? profilesDirFromEnv)();
      const given = stringOpt(args, 'db');
      const profile = stringOpt(args, 'profile');
      if (given !== undefined && profile !== undefined) throw new ArgsError('Give --db PATH or --profile NAME, not both.');
      const dbPath = resolve(profile !== undefined ? join(profilesDir, checkedProfileName(profile), DB_FILE_NAME) : (given ?? (deps.defaultDb ?? defaultDbFromEnv)()));
      const staticDir = deps.staticDir ?? join(__dirname, '..', 'renderer');
      const uploadDir = join(dirname(dbPath), 'uploads');
      mkdirSync(dirname(dbPath), { recursive: true });
      // Personas are imported before the core opens the profile: the page starts on loaded data.
      const personaPaths = personaPathsFromArgs(args, deps.resourcesDir ?? defaultResourcesDir());
      if (!(await importSyntheticExports(dbPath, personaPaths, deps.resourcesDir ?? defaultResourcesDir(), io))) return 1;
      if (!existsSync(join(staticDir, 'index.html'))) io.err(`Note: the user interface is not built (${staticDir}); run npm run build.`);

      // Uploads left by an earlier serve that ended before importing them are private copies
      // of someone's export: they go now (files of this process are younger and stay).
      removeUploads(uploadDir, deps.startedAt ?? processStartedAt());
      // With --db the database is not a profile (profile null, switching off); else the page can switch.
      const core = await deps.createCore({ dbPath, transport: 'serve', tempDir: uploadDir, ...(given === undefined ? { profilesDir } : {}) });
      let server;
      try {
        server = await startServer({ core, staticDir, port, uploadDir: () => core.currentTempDir?.() ?? uploadDir });
      } catch (err) {
        await core.close();
        const code = (err as NodeJS.ErrnoException).code;
        io.err(code === 'EADDRINUSE' ? `Port ${port} on 127.0.0.1 is already in use; try another --port or 0.` : `Could not start the server: ${String(err)}`);
        return 1;
      }
      io.out(`${RUNNING_PREFIX}${server.url}`);
      io.out('Press Ctrl+C to stop.');
      let removeHandOff = (): void => undefined;
      if (boolOpt(args, 'open', true)) {
        if (deps.openUrl) deps.openUrl(server.url);
        // The launcher gets a private one-time page, never the URL: argv is public (open-browser.ts).
        else removeHandOff = openBrowser(server.url, deps.handOffDir ?? tmpdir(), deps.spawnBrowser);
      }

      await (deps.waitForStop ?? waitForSignal)();
      removeHandOff();
      await server.close();
      await core.close();
      return 0;
    },
  };
}

/**
 * Which better-sqlite3 native binding to load. Under Node (CLI, serve, tests) better-sqlite3
 * finds its own build. Under Electron a checkout keeps an Electron-ABI build beside it,
 * `build/electron/better_sqlite3.node` (`npm run rebuild:electron`), chosen here with
 * better-sqlite3's `nativeBinding` option; a packaged app has its node_modules rebuilt for
 * Electron by electron-builder and needs nothing. `npm start` checks the ABI before launch
 * (scripts/native-abi.mjs).
 */
import fs from 'node:fs';
import path from 'node:path';

export const ELECTRON_BINDING = path.join('build', 'electron', 'better_sqlite3.node');

export interface BindingContext {
  /** `process.versions.electron`: set only under Electron. */
  electron: string | undefined;
  /** Folders to look upward from for the project's build/electron (this bundle's folder). */
  starts: string[];
  /** WHEREABOUTS_NATIVE_BINDING: an explicit binding file. */
  override?: string | undefined;
  exists?: (p: string) => boolean;
}

/** The `nativeBinding` path to pass to better-sqlite3, or undefined for its own lookup. */
export function chooseNativeBinding(ctx: BindingContext): string | undefined {
  const exists = ctx.exists ?? ((p: string) => fs.existsSync(p));
  if (ctx.override) return ctx.override;
  if (!ctx.electron) return undefined;
  for (const start of ctx.starts) {
    let dir = path.resolve(start);
    for (;;) {
      const candidate = path.join(dir, ELECTRON_BINDING);
      if (exists(candidate)) return candidate;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

export function nativeBindingForThisProcess(): string | undefined {
  // Only upward from this bundle (out/main in a checkout): a packaged app started from inside a
  // checkout must not pick up that checkout's build. `__dirname` exists in the CommonJS bundle.
  const starts = typeof __dirname === 'string' ? [__dirname] : [];
  return chooseNativeBinding({ electron: process.versions.electron, starts, override: process.env.WHEREABOUTS_NATIVE_BINDING });
}

/** better-sqlite3's "compiled against a different Node.js version" turned into what to run. */
export function explainBindingError(err: unknown): Error | null {
  const text = err instanceof Error ? err.message : '';
  if (!/NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF header|not a valid Win32 application/.test(text)) return null;
  const runtime = process.versions.electron ? `Electron ${process.versions.electron}` : `Node ${process.versions.node}`;
  return new Error(
    `The SQLite module (better-sqlite3) was built for a different runtime than ${runtime} (ABI ${process.versions.modules}). ` +
      (process.versions.electron ? 'Run npm run rebuild:electron, then start again.' : 'Run npm rebuild better-sqlite3, then start again.'),
  );
}

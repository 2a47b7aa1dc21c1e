/**
 * Open the serve URL in the person's default browser (`serve` without --no-open). This starts a
 * local program; it is not a network request by us. Failures are ignored: the URL is printed.
 *
 * The URL carries the session token (`#token=…`), and a program's command line is readable by
 * every local user (/proc/PID/cmdline, `ps`). So the launcher never gets the URL: it gets the
 * path of a one-time HTML page, readable by this user only (0600 in a 0700 folder), that sends
 * the browser on to the URL. The page is deleted once the browser has had time to read it, and
 * when serve stops.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Launch {
  cmd: string;
  args: string[];
}

export function browserCommand(platform: NodeJS.Platform, target: string): Launch {
  if (platform === 'darwin') return { cmd: 'open', args: [target] };
  // explorer.exe takes the target as one argument; `cmd /c start` would re-parse it through cmd.exe.
  if (platform === 'win32') return { cmd: 'explorer.exe', args: [target] };
  return { cmd: 'xdg-open', args: [target] };
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The redirect page: meta refresh (no script needed), with a link if the browser blocks it. */
export function redirectPage(url: string): string {
  const u = escapeAttr(url);
  return `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0; url=${u}"><title>Whereabouts</title><p><a href="${u}">Open Whereabouts</a></p>\n`;
}

export interface HandOff {
  /** What the launcher is given: the page's file:// URL, never the token. */
  launch: Launch;
  /** The page (private to this user). */
  file: string;
  /** Delete the page and its folder (idempotent). */
  remove(): void;
}

/** Write the one-time page under `dir` (a private folder of the profile) and build the launch. */
export function prepareHandOff(url: string, dir: string, platform: NodeJS.Platform = process.platform): HandOff {
  const folder = mkdtempSync(join(dir, 'open-'));
  const file = join(folder, 'open.html');
  writeFileSync(file, redirectPage(url), { mode: 0o600, flag: 'wx' });
  let removed = false;
  return {
    launch: browserCommand(platform, pathToFileURL(file).href),
    file,
    remove() {
      if (removed) return;
      removed = true;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export type Spawner = (cmd: string, args: string[]) => void;

const spawnDetached: Spawner = (cmd, args) => {
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this system; the printed URL is enough.
  }
};

/** How long the page stays: a cold browser start can take a while. */
export const HAND_OFF_MS = 120_000;

/** Open the URL through a one-time page in `dir`; returns the remover (serve calls it on stop). */
export function openBrowser(url: string, dir: string, spawner: Spawner = spawnDetached, platform: NodeJS.Platform = process.platform): () => void {
  let handOff: HandOff;
  try {
    handOff = prepareHandOff(url, dir, platform);
  } catch {
    // Cannot write the page: do not fall back to putting the token on a command line.
    return () => undefined;
  }
  spawner(handOff.launch.cmd, handOff.launch.args);
  const timer = setTimeout(() => handOff.remove(), HAND_OFF_MS);
  timer.unref();
  return () => {
    clearTimeout(timer);
    handOff.remove();
  };
}

/**
 * Open the serve URL in the person's default browser (`serve` without --no-open). This starts a
 * local program; it is not a network request by us. Failures are ignored: the URL is printed.
 */
import { spawn } from 'node:child_process';

export function browserCommand(platform: NodeJS.Platform, url: string): { cmd: string; args: string[] } {
  if (platform === 'darwin') return { cmd: 'open', args: [url] };
  // explorer.exe takes the URL as one argument; `cmd /c start` would re-parse it through cmd.exe.
  if (platform === 'win32') return { cmd: 'explorer.exe', args: [url] };
  return { cmd: 'xdg-open', args: [url] };
}

export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const { cmd, args } = browserCommand(platform, url);
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this system; the printed URL is enough.
  }
}

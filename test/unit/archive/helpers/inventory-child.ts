/**
 * Opens an export and prints its inventory as JSON: run in a child process by tests that need
 * another user (as root, file permissions do not apply, so "unreadable" is tested as nobody).
 */
import { openArchive } from '../../../../electron/core/archive/open';

async function main(): Promise<void> {
  try {
    const r = await openArchive(process.argv.slice(2));
    process.stdout.write(JSON.stringify({ ok: true, inventory: r.inventory }));
    await r.close();
  } catch (err) {
    process.stdout.write(JSON.stringify({ ok: false, message: (err as Error).message }));
  }
}
void main();

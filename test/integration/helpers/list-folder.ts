/** Every path below a folder (files and folders, relative, sorted): what erase tests show is left. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listAll(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      out.push(relative(dir, p));
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}

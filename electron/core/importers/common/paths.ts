/**
 * Member path helpers. Exports are found by file name, never by fixed path
 * (reference/export-formats.md §0.1): zips wrap folders, platforms move them.
 */

/** The last path segment. */
export function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** The path without its last segment ('' at the top). */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The folder names of a path, outermost first (`a/b/c.json` → `['a', 'b']`). */
export function folders(path: string): string[] {
  const parts = path.split('/');
  parts.pop();
  return parts;
}

/** Whether `path` is `name` or ends with `/name` (a path-boundary suffix, the KnownFile rule). */
export function endsWithPath(path: string, name: string): boolean {
  return path === name || path.endsWith(`/${name}`);
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

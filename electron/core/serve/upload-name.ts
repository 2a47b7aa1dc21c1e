/**
 * Turning an untrusted upload name (`X-Filename`, percent-encoded) into a safe base name. The name
 * is only ever used as the last path component inside a fresh folder we created; it never
 * chooses the folder.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME_BYTES = 200;

export function sanitizeUploadName(header: string | string[] | undefined): string {
  let name = typeof header === 'string' ? header : '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not valid percent-encoding: use it verbatim; the steps below still make it safe.
  }
  // Last component only, whatever separator the sender's OS used.
  name = name.split(/[/\\]/).pop() ?? '';
  name = name
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '') // no hidden files, no "." / ".."
    .replace(/[.\s]+$/, ''); // Windows strips these silently
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  name = truncateUtf8(name, MAX_NAME_BYTES);
  return name === '' ? 'upload' : name;
}

/** Keep the extension (it tells the importer zip from folder listing) while shortening. */
function truncateUtf8(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  let stem = name.slice(0, name.length - ext.length);
  while (Buffer.byteLength(stem + ext) > maxBytes) stem = Array.from(stem).slice(0, -1).join('');
  return stem + ext;
}

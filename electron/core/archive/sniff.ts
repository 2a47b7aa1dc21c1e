/**
 * What a file is, from its first bytes, so that "not a zip" can say what it is instead: people
 * pick the PDF confirmation mail, the .tgz Takeout, or a half-downloaded file.
 */

/** How many leading bytes `sniff` wants (tar's magic sits at offset 257). */
export const SNIFF_BYTES = 264;

export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'empty' }
  | { kind: 'other-archive'; name: string }
  | { kind: 'unknown'; start: string };

export function sniff(head: Buffer): Sniffed {
  if (head.length === 0) return { kind: 'empty' };
  // Local file header, or end of central directory for an empty zip, or a spanning marker.
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && [0x0403, 0x0605, 0x0807].includes(head.readUInt16LE(2))) {
    return { kind: 'zip' };
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return { kind: 'other-archive', name: 'a .tgz / .gz archive (Google Takeout offers this format too)' };
  if (head.subarray(257, 262).toString('latin1') === 'ustar') return { kind: 'other-archive', name: 'a .tar archive' };
  if (head.subarray(0, 6).equals(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))) return { kind: 'other-archive', name: 'a 7-Zip archive' };
  if (head.subarray(0, 4).toString('latin1') === 'Rar!') return { kind: 'other-archive', name: 'a RAR archive' };
  return { kind: 'unknown', start: describeStart(head) };
}

/** `'%PDF'` when the start is readable text, otherwise the bytes in hex. */
function describeStart(head: Buffer): string {
  const first = head.subarray(0, 4);
  const printable = [...first].every((b) => b >= 0x20 && b < 0x7f);
  if (printable) return `it starts with '${first.toString('latin1')}'`;
  const hex = [...first].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');
  return `it starts with the bytes ${hex}`;
}

export function notAnArchiveMessage(s: Exclude<Sniffed, { kind: 'zip' }>): string {
  switch (s.kind) {
    case 'empty':
      return 'this file is empty (0 bytes), so it is not a zip archive; the download or copy probably failed — download the export again';
    case 'other-archive':
      return `this is ${s.name}, not a zip. Whereabouts reads .zip files and folders: unpack it with your system’s archive tool and open the folder it creates`;
    case 'unknown':
      return `this file is not a zip archive or a folder (${s.start})`;
  }
}

/**
 * Member names: turning stored bytes into text, cleaning paths, recognising junk and unsafe
 * names, and the one sort order every list in this layer uses.
 */
import { crc32 } from 'node:zlib';
import { decodeCp437 } from './cp437';

const UTF8_FLAG = 0x800; // general purpose bit 11: "name and comment are UTF-8"
const INFOZIP_UNICODE_PATH = 0x7075;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bit 11 set → UTF-8. Otherwise many tools (macOS Archive Utility, Java, most platforms' export
 * jobs) write UTF-8 without setting the flag, and CP437 text that is not plain ASCII is almost
 * never valid UTF-8 by accident, so valid UTF-8 wins; anything else is CP437.
 * An Info-ZIP Unicode Path extra field (written by 7-Zip and WinZip next to a legacy name)
 * overrides both when its checksum shows it belongs to this very name.
 */
export function decodeMemberName(raw: Uint8Array, flags: number, extraFields: readonly { id: number; data: Buffer }[] = []): string {
  const unicodePath = infoZipUnicodePath(raw, extraFields);
  if (unicodePath !== null) return unicodePath;
  if (isAscii(raw)) return Buffer.from(raw).toString('latin1');
  if ((flags & UTF8_FLAG) !== 0) return Buffer.from(raw).toString('utf8');
  try {
    return strictUtf8.decode(raw);
  } catch {
    return decodeCp437(raw);
  }
}

function infoZipUnicodePath(raw: Uint8Array, extraFields: readonly { id: number; data: Buffer }[]): string | null {
  for (const field of extraFields) {
    if (field.id !== INFOZIP_UNICODE_PATH || field.data.length < 6 || field.data[0] !== 1) continue;
    // A stale field (the name was changed by a tool that did not update it) must be ignored.
    if (field.data.readUInt32LE(1) !== crc32(raw)) continue;
    try {
      return strictUtf8.decode(field.data.subarray(5));
    } catch {
      continue;
    }
  }
  return null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

export type NormalisedName =
  | { kind: 'file' | 'folder'; path: string }
  | { kind: 'empty' }
  | { kind: 'unsafe'; why: string };

/**
 * Forward slashes, no `.` or empty segments. Names that would land outside the folder they are
 * unpacked into are reported, not repaired: a zip that contains them was made to attack
 * unzip tools, and we refuse it rather than guess what it meant.
 */
export function normaliseMemberName(name: string): NormalisedName {
  const slashed = name.replace(/\\/g, '/');
  if (slashed.startsWith('/')) return { kind: 'unsafe', why: 'it is an absolute path' };
  if (/^[A-Za-z]:/.test(slashed)) return { kind: 'unsafe', why: 'it starts with a drive letter' };
  const segments = slashed.split('/');
  if (segments.includes('..')) return { kind: 'unsafe', why: 'it climbs out of the archive with “..”' };
  const kept = segments.filter((s) => s !== '' && s !== '.');
  if (kept.length === 0) return { kind: 'empty' };
  const isFolder = slashed.endsWith('/');
  return { kind: isFolder ? 'folder' : 'file', path: kept.join('/') };
}

/** Why a member is left out of the inventory although it is a file, or null to keep it. */
export function junkReason(path: string): string | null {
  const segments = path.split('/');
  if (segments.includes('__MACOSX')) return 'macOS resource data (__MACOSX), added when the zip was made on a Mac; not part of the export';
  const base = segments[segments.length - 1] ?? '';
  if (base === '.DS_Store') return 'macOS folder-view settings (.DS_Store); not part of the export';
  if (base.toLowerCase() === 'thumbs.db') return 'Windows thumbnail cache (Thumbs.db); not part of the export';
  return null;
}

/**
 * Code-point order, which is also UTF-8 byte order: the order `LC_ALL=C sort` gives, so the
 * folder manifest (see hash.ts) can be rebuilt with standard tools. Plain `<` compares UTF-16
 * units and puts U+E000…U+FFFF after astral characters.
 */
export function comparePaths(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000; // surrogates stand for ≥ U+10000
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

export function baseName(p: string): string {
  const trimmed = p.replace(/[\\/]+$/, '');
  const i = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return i >= 0 ? trimmed.slice(i + 1) : trimmed;
}

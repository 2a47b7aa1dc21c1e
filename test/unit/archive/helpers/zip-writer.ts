/**
 * A tiny zip writer for cases yazl will not produce: raw name bytes (CP437, unflagged UTF-8),
 * encryption flags, lying sizes, overlapping members. Stored or deflated, one disk, no zip64.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface HandEntry {
  name: string | Buffer;
  data?: Buffer;
  method?: 0 | 8;
  /** General purpose flags, written to both headers (bit 11 = UTF-8 name, bit 0 = encrypted). */
  flags?: number;
  /** Override what the central directory declares. */
  declaredSize?: number;
  crc?: number;
  /** Unix mode for "made by Unix" entries (e.g. 0o120777 for a symlink). */
  unixMode?: number;
  /** Point this central entry at the local header of the entry with this index (overlap bomb). */
  sameDataAs?: number;
}

export function buildZip(entries: HandEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const data = e.data ?? Buffer.alloc(0);
    const method = e.method ?? 0;
    const stored = method === 8 ? deflateRawSync(data) : data;
    const crc = e.crc ?? crc32(data);
    const flags = e.flags ?? 0;
    const declared = e.declaredSize ?? data.length;

    let localOffset = offset;
    if (e.sameDataAs !== undefined) {
      localOffset = offsets[e.sameDataAs]!;
    } else {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(flags, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt16LE(0, 10);
      local.writeUInt16LE(0x21, 12); // 1980-01-01
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(stored.length, 18);
      local.writeUInt32LE(declared, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      locals.push(local, name, stored);
      offset += local.length + name.length + stored.length;
    }
    offsets.push(localOffset);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.unixMode === undefined ? 20 : (3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30);
    central.writeUInt16LE(0, 32);
    central.writeUInt16LE(0, 34);
    central.writeUInt16LE(0, 36);
    central.writeUInt32LE(e.unixMode === undefined ? 0 : (e.unixMode << 16) >>> 0, 38);
    central.writeUInt32LE(localOffset, 42);
    centrals.push(central, name);
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/**
 * SHA-256 of archives and members, streamed. The archive hash is what a report cites, so anyone
 * must be able to recompute it with standard tools:
 *
 * - one zip:   the SHA-256 of the file.
 *                `sha256sum TikTok_Data_1700000000.zip`
 * - split zip: the SHA-256 of the parts' bytes concatenated in part order (001, 002, …).
 *                `cat takeout-…-001.zip takeout-…-002.zip takeout-…-003.zip | sha256sum`
 * - folder:    the SHA-256 of a manifest with one line `<sha256 of member>  <path>\n` per listed
 *              file, sorted by path in byte order: exactly what sha256sum prints. Paths are the
 *              inventory's (relative, `/`, wrapping folder stripped); skipped files (.DS_Store,
 *              Thumbs.db, __MACOSX/) are not in it. For a folder without links:
 *                `cd <folder> && find . -type f ! -name .DS_Store ! -iname Thumbs.db ! -path './__MACOSX/*' -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`
 *              (when Inventory.strippedFolder is set, `cd` into that folder first).
 */
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { fsError } from './errors';
import { baseName, comparePaths } from './names';
import type { Inventory } from './types';

export interface HashOptions {
  /** Called with each chunk's size, for progress. */
  onBytes?: (n: number) => void;
  signal?: AbortSignal;
}

export async function sha256File(path: string, options: HashOptions = {}): Promise<string> {
  const hash = createHash('sha256');
  await feed(path, [hash], options);
  return hash.digest('hex');
}

async function feed(path: string, hashes: Hash[], { onBytes, signal }: HashOptions): Promise<void> {
  try {
    for await (const chunk of fs.createReadStream(path, { highWaterMark: 1024 * 1024, signal })) {
      const buf = chunk as Buffer; // no encoding given, so chunks are Buffers
      for (const h of hashes) h.update(buf);
      onBytes?.(buf.length);
    }
  } catch (err) {
    if (signal?.aborted) throw err; // a cancel is not a problem with the file
    throw fsError(err, baseName(path));
  }
}

/** Per-part hashes and the concatenated (split-zip) hash, reading every part once. */
export async function hashParts(paths: readonly string[], options: HashOptions = {}): Promise<{ parts: { path: string; sha256: string; bytes: number }[]; sha256: string }> {
  const whole = createHash('sha256');
  const parts: { path: string; sha256: string; bytes: number }[] = [];
  for (const path of paths) {
    const one = createHash('sha256');
    let bytes = 0;
    await feed(path, [one, whole], {
      ...options,
      onBytes: (n) => {
        bytes += n;
        options.onBytes?.(n);
      },
    });
    parts.push({ path, sha256: one.digest('hex'), bytes });
  }
  return { parts, sha256: whole.digest('hex') };
}

/** A pass-through that hashes and counts what flows through it; `digest()` once it has ended. */
export class HashingTap extends Transform {
  private readonly hash = createHash('sha256');
  private count = 0;
  private hex: string | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.count += chunk.length;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.hex = this.hash.digest('hex');
    callback();
  }

  /** Bytes seen so far. */
  get bytes(): number {
    return this.count;
  }

  /** Hex SHA-256 of everything that flowed through. Only after the stream has ended. */
  digest(): string {
    if (this.hex === null) throw new Error('HashingTap.digest() called before the stream ended');
    return this.hex;
  }
}

export function hashingTap(): HashingTap {
  return new HashingTap();
}

/**
 * The archive's SHA-256 (definitions at the top of this file). Folders need the member hashes
 * (path → hex), which the import computes anyway while streaming every member.
 */
export async function archiveSha256(inventory: Inventory, memberHashes?: ReadonlyMap<string, string>, options: HashOptions = {}): Promise<string> {
  switch (inventory.kind) {
    case 'zip':
      return sha256File(inventory.parts[0]!.path, options);
    case 'split-zip':
      return (await hashParts(inventory.parts.map((p) => p.path), options)).sha256;
    case 'folder':
      if (memberHashes === undefined) throw new Error('archiveSha256: a folder’s hash needs the SHA-256 of every member');
      return folderSha256(inventory, memberHashes);
  }
}

export function folderSha256(inventory: Inventory, memberHashes: ReadonlyMap<string, string>): string {
  return createHash('sha256').update(folderManifest(inventory, memberHashes), 'utf8').digest('hex');
}

/** The manifest text itself, so a report can include it next to the hash. */
export function folderManifest(inventory: Inventory, memberHashes: ReadonlyMap<string, string>): string {
  const paths = inventory.entries.map((e) => e.path).sort(comparePaths);
  let out = '';
  for (const path of paths) {
    const sha = memberHashes.get(path);
    if (sha === undefined) throw new Error(`folderManifest: no SHA-256 for member ${path}`);
    out += sha256sumLine(sha, path);
  }
  return out;
}

/** sha256sum's own escaping: a name with a backslash or newline gets a leading `\`. */
function sha256sumLine(sha: string, path: string): string {
  if (!/[\\\n]/.test(path)) return `${sha}  ${path}\n`;
  return `\\${sha}  ${path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n`;
}

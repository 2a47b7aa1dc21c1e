/**
 * `whereabouts shape`: the structure of an export (zip, split zips or folder, through the archive
 * layer) in the real-layout text format — member paths, key trees, value classes — and no values,
 * so a person can attach it to a bug report. One block per member, streamed: a member of several
 * GB is read once, chunk by chunk, into a bounded shape tree.
 */
import type { Readable } from 'node:stream';
import { openArchive } from '../archive/open';
import { ArchiveError, type ArchiveLimits, type ArchiveReader, type InventoryEntry } from '../archive/types';
import { textChunks, type TextInfo } from '../importers/common/text-decoding';
import { MemberError } from '../importers/types';
import { reducePath } from './classify';
import { JsonShapeBuilder } from './json-shape';
import { renderValue } from './render';
import { CsvShapeBuilder, TxtShapeBuilder } from './text-shape';

type MemberKind = 'json' | 'js' | 'txt' | 'csv' | 'listed' | 'binary';

const KIND_BY_EXT: Readonly<Record<string, MemberKind>> = {
  json: 'json', js: 'js', txt: 'txt', csv: 'csv', html: 'listed', htm: 'listed',
};

/** A JS member's preface (`window.YTD.account.part0 =`) must be found within this many characters. */
const PREFACE_MAX = 4096;
const PREFACE_SHAPE = /^[A-Za-z_$][\w$.]*\s*=$/;

export interface ShapeOptions {
  limits?: Partial<ArchiveLimits>;
  signal?: AbortSignal;
}

export interface ShapeSummary {
  members: number;
  unreadable: number;
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** A reason that names no value: archive and text errors by kind, JSON errors by a fixed phrase. */
function reasonOf(err: unknown): string {
  if (err instanceof ArchiveError) return `the archive could not give this file (${err.code})`;
  // A problem text names the file and positions, not values; quoted bits are dropped to be sure.
  if (err instanceof MemberError) return err.problem.replace(/"[^"]*"/g, '…');
  if (err instanceof Error && /^(the JSON text ends|no JSON)/.test(err.message)) return err.message;
  return 'not valid JSON';
}

async function shapeJson(chunks: AsyncIterable<Uint8Array | string>, withPreface: boolean): Promise<string[]> {
  const builder = new JsonShapeBuilder();
  const out: string[] = [];
  let head = withPreface ? '' : null;
  for await (const chunk of chunks) {
    if (head === null) {
      builder.write(chunk);
      continue;
    }
    head += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const start = head.search(/[[{]/);
    if (start === -1) {
      if (head.length > PREFACE_MAX) throw new Error('no JSON value after the preface');
      continue;
    }
    const preface = head.slice(0, start).trim();
    if (preface !== '') out.push(`preface: ${PREFACE_SHAPE.test(preface) ? preface : `<text len ${preface.length}>`}`);
    builder.write(head.slice(start));
    head = null;
  }
  if (head !== null) throw new Error('no JSON value after the preface');
  builder.end();
  out.push(...renderValue(builder.root, ''));
  return out;
}

async function shapeLines(chunks: AsyncIterable<Uint8Array | string>, builder: TxtShapeBuilder | CsvShapeBuilder): Promise<string[]> {
  for await (const chunk of chunks) builder.write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  return builder.end();
}

async function shapeMember(stream: Readable, member: string, kind: MemberKind, signal?: AbortSignal): Promise<string[]> {
  const info: TextInfo = { encoding: 'utf-8', bytesRead: 0, bomBytes: 0 };
  // JSON gets validated UTF-8 bytes (no decoding cost); the others need text.
  const chunks = textChunks(stream, member, { bytes: kind === 'json', signal }, info);
  switch (kind) {
    case 'json': return shapeJson(chunks, false);
    case 'js': return shapeJson(chunks, true);
    case 'txt': return shapeLines(chunks, new TxtShapeBuilder(/^readme\b/i.test(member.slice(member.lastIndexOf('/') + 1))));
    case 'csv': return shapeLines(chunks, new CsvShapeBuilder(member));
    default: return [];
  }
}

interface Aggregate { files: number; bytes: number }

/** An X data file starts `window.YTD.<name>.part0 = [`; other scripts (the archive viewer's own code) are not data. */
const DATA_SCRIPT = /^(\uFEFF)?\s*[A-Za-z_$][\w$.]*\s*=\s*[[{]/;

async function isDataScript(reader: ArchiveReader, entry: InventoryEntry): Promise<boolean> {
  if (entry.bytes === 0) return true; // shown as an empty member, like any data file
  try {
    return DATA_SCRIPT.test((await reader.peek(entry.path, 512)).toString('utf8'));
  } catch {
    return true; // let the read report what is wrong with it
  }
}

/**
 * Shapes each export (a group of paths: one zip, the parts of one split zip, or one folder) and
 * hands the text out block by block through `write`. Members that are not text (photos, videos,
 * databases) are not opened: they are listed per folder and extension (`dir/*.jpg`) at the end.
 */
export async function shapeExports(groups: readonly (readonly string[])[], write: (block: string) => void, opts: ShapeOptions = {}): Promise<ShapeSummary> {
  const summary: ShapeSummary = { members: 0, unreadable: 0 };
  for (const group of groups) {
    const reader = await openArchive([...group], opts.limits);
    try {
      const prefix = reader.inventory.strippedFolder ? `${reader.inventory.strippedFolder}/` : '';
      const binaries = new Map<string, Aggregate>();
      for (const entry of reader.inventory.entries) {
        if (opts.signal?.aborted) throw new Error('cancelled');
        const shown = reducePath(prefix + entry.path);
        const ext = extensionOf(entry.path);
        let kind = KIND_BY_EXT[ext] ?? 'binary';
        if (kind === 'js' && !(await isDataScript(reader, entry))) kind = 'binary';
        if (kind === 'binary') {
          const glob = `${shown.slice(0, shown.lastIndexOf('/') + 1)}*${ext ? `.${ext}` : ''}`;
          const agg = binaries.get(glob) ?? { files: 0, bytes: 0 };
          agg.files++;
          agg.bytes += entry.bytes;
          binaries.set(glob, agg);
          continue;
        }
        summary.members++;
        write(`\n${await memberBlock(reader.open.bind(reader), entry, shown, kind, summary, opts.signal)}`);
      }
      for (const [glob, agg] of [...binaries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        write(`\n### ${glob} (${agg.bytes} bytes)\nfiles: ${agg.files}\n`);
      }
    } finally {
      await reader.close();
    }
  }
  return summary;
}

async function memberBlock(
  open: (path: string) => Promise<Readable>, entry: InventoryEntry, shown: string, kind: MemberKind,
  summary: ShapeSummary, signal?: AbortSignal,
): Promise<string> {
  const header = `### ${shown} (${entry.bytes} bytes)`;
  if (kind === 'listed') return `${header}\n`;
  let body: string[];
  let stream: Readable | undefined;
  try {
    if (entry.bytes === 0) throw new MemberError(entry.path, 'the file is empty (0 bytes)');
    stream = await open(entry.path);
    body = await shapeMember(stream, entry.path, kind, signal);
  } catch (err) {
    summary.unreadable++;
    body = [`unreadable: ${reasonOf(err)}`];
  } finally {
    stream?.destroy();
  }
  return [header, ...body, ''].join('\n');
}

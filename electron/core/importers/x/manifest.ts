/**
 * `data/manifest.js`: `window.__THAR_CONFIG = { userInfo{accountId, userName, displayName},
 * archiveInfo{sizeBytes, generationDate, isPartialArchive, …}, readmeInfo, dataTypes{…} }`
 * (reference §5.1). Small, so it is read whole — but capped, so a wrong file of that name cannot
 * make the importer hold gigabytes. Gives the account's id (whose side of a DM is whose),
 * profile facts, the archive's year, and the list of files the archive should hold.
 */
import type { FactRecord, ImportRecord } from '../../../../shared/records';
import { toPointer } from '../common/json-pointer';
import { reportUnmapped, type KeyTree } from '../common/key-tree';
import { asText, isRecordObject } from '../common/keys';
import { memberText } from '../common/member-text';
import { MemberError, type ImportContext } from '../types';
import type { XState } from './map-util';

/**
 * What the manifest reader reads (or knows and leaves): any other key with data is reported as
 * not read (common/key-tree.ts), like the keys of the data files' records.
 */
export const MANIFEST_KEYS: KeyTree = {
  userInfo: { accountId: true, userName: true, displayName: true },
  archiveInfo: {
    generationDate: true, sizeBytes: 'archive bookkeeping: not analysed', isPartialArchive: 'archive bookkeeping: not analysed',
    maxPartSizeBytes: 'archive bookkeeping: not analysed',
  },
  readmeInfo: 'where the archive viewer\'s readme is: not analysed',
  dataTypes: {
    '*': {
      files: { fileName: true, count: true, globalName: 'the name the archive viewer loads the file under: not analysed' },
      mediaDirectory: 'the folder of the type\'s media files: media is not analysed',
    },
  },
};

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const PREFACE = /^\s*window\.__THAR_CONFIG\s*=\s*/;

export interface Manifest {
  doc: Record<string, unknown>;
  /** `data/tweets.js` etc. with their record counts, from `dataTypes.*.files[]`. */
  files: { fileName: string; count: number }[];
}

/** Parses the manifest text (pure). Throws MemberError naming `member` when it is not one. */
export function parseManifest(text: string, member: string): Manifest {
  const m = PREFACE.exec(text);
  if (!m) {
    const start = JSON.stringify(text.trimStart().slice(0, 40));
    throw new MemberError(member, `not an X archive manifest: expected it to start with "window.__THAR_CONFIG =", found ${start}`);
  }
  const json = text.slice(m[0].length).trim().replace(/;\s*$/, '');
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (err) {
    throw new MemberError(member, `invalid JSON after "window.__THAR_CONFIG =": ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isRecordObject(doc)) throw new MemberError(member, 'the manifest is not a JSON object after "window.__THAR_CONFIG ="');
  const files: Manifest['files'] = [];
  const types = isRecordObject(doc.dataTypes) ? doc.dataTypes : {};
  for (const type of Object.values(types)) {
    if (!isRecordObject(type) || !Array.isArray(type.files)) continue;
    for (const f of type.files) {
      if (!isRecordObject(f)) continue;
      const fileName = asText(f.fileName);
      if (fileName) files.push({ fileName, count: Number(asText(f.count) ?? 0) || 0 });
    }
  }
  return { doc, files };
}

const FACTS: readonly [string[], string][] = [
  [['userInfo', 'accountId'], 'Account ID'],
  [['userInfo', 'userName'], 'Username'],
  [['userInfo', 'displayName'], 'Display name'],
  [['archiveInfo', 'generationDate'], 'Archive generated'],
];

/** Profile facts from the manifest; pointers are into the JSON after the `=`. */
export function manifestFacts(manifest: Manifest, member: string): FactRecord[] {
  const out: FactRecord[] = [];
  for (const [path, name] of FACTS) {
    let node: unknown = manifest.doc;
    for (const key of path) node = isRecordObject(node) ? node[key] : undefined;
    const value = asText(node);
    if (value !== undefined) out.push({ type: 'fact', fact: 'profile', name, value, member, pointer: toPointer(path), raw: node });
  }
  return out;
}

export async function* readManifest(ctx: ImportContext, member: string, state: XState): AsyncGenerator<ImportRecord> {
  let text = '';
  let bytes = 0;
  const decoder = new TextDecoder();
  for await (const chunk of memberText(ctx, member, { bytes: false })) {
    const piece = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    text += piece;
    bytes += Buffer.byteLength(piece);
    if (bytes > MAX_MANIFEST_BYTES) throw new MemberError(member, `too large for an X manifest (over ${MAX_MANIFEST_BYTES / 1024 / 1024} MB)`);
  }
  const manifest = parseManifest(text, member);
  const user = isRecordObject(manifest.doc.userInfo) ? manifest.doc.userInfo : {};
  state.accountId ??= asText(user.accountId);
  state.userName ??= asText(user.userName);
  reportUnmapped(ctx.ledger, member, manifest.doc, [], MANIFEST_KEYS);
  yield* manifestFacts(manifest, member);
  // Files the manifest lists with records but the archive lacks: a partial or damaged download.
  const present = new Set(ctx.inventory.entries.map((e) => e.path.toLowerCase()));
  const lacking = manifest.files.filter((f) => f.count > 0 && ![...present].some((p) => p === f.fileName.toLowerCase() || p.endsWith(`/${f.fileName.toLowerCase()}`) || `data/${p}` === f.fileName.toLowerCase()));
  if (lacking.length > 0) {
    const names = lacking.slice(0, 6).map((f) => `${f.fileName} (${f.count})`).join(', ');
    ctx.problem(member, `the manifest lists ${lacking.length} file(s) with records that the archive does not hold: ${names}${lacking.length > 6 ? ', …' : ''}`);
  }
}

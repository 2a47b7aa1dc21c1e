/**
 * The TikTok JSON importer: finds user_data*.json by the declared spec's member pattern, streams
 * it through the common engine in TikTok's layout (json-layout.ts), maps units to records by the
 * declared spec's rows (json-units.ts), and reports per-section coverage.
 */
import type { ImportRecord } from '../../../../shared/records';
import type { PlatformSpec } from '../common/spec-format';
import type { ImportContext, Importer } from '../types';
import { MemberError } from '../types';
import { tiktokCatalogue } from './catalogue';
import { newTikTokJsonInfo, streamTikTokUnits } from './json-layout';
import { JsonSectionReader, type SectionReport } from './json-units';
import type { TikTokMapperId } from './declared';
import { jsonMembers } from './members';
import { recogniseJson } from './recognise';
import { SectionIndex, TIKTOK_INDEX } from './sections';
import { KNOWN_TOP_LEVEL } from './spec';

export const TIKTOK_JSON_PARSER_VERSION = '1.1.0';

export interface TikTokJsonOptions {
  /**
   * Called once per member after a successful read with what each section gave, including the
   * sections seen but not parsed. The Importer contract has no channel for this, so the caller
   * that wants it (coverage, CLI) passes a callback.
   */
  onSections?: (report: SectionReport) => void;
  /**
   * The declared spec to read by (declared.ts TIKTOK_SPEC when absent): which members are parsed
   * or ignored, their selectors, consumed keys and mappers. A test passes a changed copy.
   */
  spec?: PlatformSpec<TikTokMapperId>;
}

function indexOf(opts: TikTokJsonOptions): SectionIndex {
  return opts.spec ? new SectionIndex(opts.spec) : TIKTOK_INDEX;
}

const EXPECTED = `a JSON object with TikTok sections such as ${KNOWN_TOP_LEVEL.slice(0, 3).map((k) => `"${k}"`).join(', ')}`;

/** Streams one user_data*.json member. Throws MemberError when the member cannot be read at all. */
export async function* importTikTokJsonMember(ctx: ImportContext, member: string, opts: TikTokJsonOptions = {}): AsyncGenerator<ImportRecord> {
  for await (const batch of memberBatches(ctx, member, opts, indexOf(opts))) yield* batch;
}

/** The records of one member, a batch per chunk read. */
async function* memberBatches(ctx: ImportContext, member: string, opts: TikTokJsonOptions, index: SectionIndex): AsyncGenerator<ImportRecord[]> {
  const entry = ctx.inventory.entries.find((e) => e.path === member);
  if (entry && entry.bytes === 0) throw new MemberError(member, 'the file is empty');
  const reader = new JsonSectionReader(member, ctx.ledger, index);
  const stream = await ctx.open(member);
  try {
    const batches = streamTikTokUnits(stream, member, newTikTokJsonInfo(), { expected: EXPECTED, signal: ctx.signal, index });
    for await (const units of batches) {
      const records: ImportRecord[] = [];
      for (const unit of units) {
        const mapped = reader.read(unit);
        for (const record of mapped) records.push(record);
      }
      if (records.length > 0) yield records;
    }
  } finally {
    stream.destroy();
  }
  if (reader.knownTopLevel === 0) {
    const seen = reader.topLevel.slice(0, 8).map((k) => `"${k}"`).join(', ');
    throw new MemberError(member, `expected ${EXPECTED}; found ${seen ? `top-level keys ${seen}${reader.topLevel.length > 8 ? ', …' : ''}` : 'an empty object'}`);
  }
  for (const problem of reader.problems()) ctx.problem(member, problem);
  ctx.parsed(member);
  opts.onSections?.(reader.report());
}

export function createTikTokJsonImporter(opts: TikTokJsonOptions = {}): Importer {
  const index = indexOf(opts);
  async function* importBatches(ctx: ImportContext): AsyncIterable<ImportRecord[]> {
    for (const entry of jsonMembers(ctx.inventory, index)) yield* memberBatches(ctx, entry.path, opts, index);
  }
  return {
    id: 'tiktok-json',
    platform: 'tiktok',
    parserVersion: TIKTOK_JSON_PARSER_VERSION,
    recognise: recogniseJson,
    catalogue: tiktokCatalogue,
    async *import(ctx: ImportContext): AsyncIterable<ImportRecord> {
      for await (const batch of importBatches(ctx)) yield* batch;
    },
    importBatches,
  };
}

/** The JSON importer as registered by default (no section callback). */
export const tiktokJson: Importer = createTikTokJsonImporter();

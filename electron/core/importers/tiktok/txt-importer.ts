/**
 * The TikTok TXT importer (2020 folder layout and 2023+ flat files, English and Dutch names).
 * Each file a declared TXT member matches is streamed line by line (txt-lines.ts), grouped into
 * blocks (txt-blocks.ts) and mapped with the same rules as the JSON export (map-record.ts).
 */
import type { ImportRecord } from '../../../../shared/records';
import type { PlatformSpec } from '../common/spec-format';
import type { ImportContext, Importer } from '../types';
import { tiktokCatalogue } from './catalogue';
import { mapField, mapItem, mapNames } from './map-record';
import type { TikTokMapperId } from './declared';
import { txtMembers } from './members';
import { recogniseTxt } from './recognise';
import type { SectionSpec } from './spec';
import { blockObject, txtBlocks, type TxtBlock } from './txt-blocks';
import { readLines } from './txt-lines';
import { isPlaceholder } from '../common/unread';
import { toPointer } from '../common/json-pointer';
import type { MemberLedger } from '../types';
import { consumedBy } from './consumed';
import { SectionIndex, TIKTOK_INDEX } from './sections';

export const TIKTOK_TXT_PARSER_VERSION = '1.1.0';

/** Records for one block, by the section's shape. Pure. */
export function mapTxtBlock(spec: SectionSpec, block: TxtBlock, member: string): ImportRecord[] {
  const at = (line: number, raw: unknown) => ({ member, pointer: `line:${line}`, raw });
  switch (spec.shape) {
    case 'fields':
      // One fact per `Key: value` line (Profile Information.txt): each field is its own record.
      return block.fields.flatMap((f) => mapField(spec, f.key, f.value, at(f.line, [block.lines[f.line - block.startLine] ?? ''])));
    case 'text':
      return [
        ...block.fields.flatMap((f) => mapNames(spec, f.value, at(f.line, [block.lines[f.line - block.startLine] ?? '']))),
        ...block.loose.flatMap((l) => mapNames(spec, l.text, at(l.line, [l.text]))),
      ];
    case 'records':
    case 'chats': {
      // No fields, or only placeholders (`Date: N/A`): an empty value, not a record.
      if (block.fields.every((f) => isPlaceholder(f.value))) return [];
      const ctx = block.group !== undefined ? { counterpart: block.group } : {};
      return mapItem(spec, blockObject(block), at(block.startLine, block.lines), ctx);
    }
  }
}

/**
 * The ledger's view of one block of a `records`/`chats` file: an item found, dropped when it gave
 * no record, and each `Key:` holding data that the spec does not read reported by its label
 * (`/Label`, pointer `line:N`). A block of placeholders only (`Date: N/A`) is an empty value.
 * `fields` and `text` files turn every line into a record, so there is nothing to account.
 */
function account(ledger: MemberLedger, member: string, spec: SectionSpec, block: TxtBlock, records: number): void {
  if (spec.shape !== 'records' && spec.shape !== 'chats') return;
  const data = block.fields.filter((f) => !isPlaceholder(f.value));
  if (data.length === 0 && block.loose.length === 0) return;
  ledger.found(member);
  if (records === 0) ledger.dropped(member, block.fields.length === 0 ? 'lines without a key' : 'no field this section maps', `line:${block.startLine}`);
  const consumed = consumedBy(spec);
  for (const f of data) if (!consumed(f.key)) ledger.unread(member, toPointer([f.key]), `line:${f.line}`);
  if (block.fields.length > 0 && block.loose[0]) ledger.unread(member, '(text without a key)', `line:${block.loose[0].line}`, block.loose.length);
}

export async function* importTikTokTxtMember(ctx: ImportContext, member: string, spec: SectionSpec): AsyncGenerator<ImportRecord> {
  for await (const batch of memberBatches(ctx, member, spec)) yield* batch;
}

/** The records of one TXT member, a batch per chunk read. */
async function* memberBatches(ctx: ImportContext, member: string, spec: SectionSpec): AsyncGenerator<ImportRecord[]> {
  const stream = await ctx.open(member);
  let badDates = 0;
  let example = '';
  try {
    const blockBatches = txtBlocks(readLines(stream, member, ctx.signal), spec.txtGroupHeader ? { groupHeader: spec.txtGroupHeader } : {});
    for await (const blocks of blockBatches) {
      const records: ImportRecord[] = [];
      for (const block of blocks) {
        const mapped = mapTxtBlock(spec, block, member);
        account(ctx.ledger, member, spec, block, mapped.length);
        for (const record of mapped) {
          // Only a date that fails to parse is a problem; an absent one ("N/A") leaves the record undated.
          if (record.type === 'event' && record.time.utc === null && record.time.text.trim() !== '' && badDates++ === 0) example = record.time.text;
          records.push(record);
        }
      }
      if (records.length > 0) yield records;
    }
  } finally {
    stream.destroy();
  }
  if (badDates > 0) ctx.problem(member, `${badDates} record(s) with a date that could not be read (e.g. ${JSON.stringify(example)})`);
  ctx.parsed(member);
}

export interface TikTokTxtOptions {
  /** The declared spec to read by (declared.ts TIKTOK_SPEC when absent); a test passes a changed copy. */
  spec?: PlatformSpec<TikTokMapperId>;
}

export function createTikTokTxtImporter(opts: TikTokTxtOptions = {}): Importer {
  const index = opts.spec ? new SectionIndex(opts.spec) : TIKTOK_INDEX;
  return {
    id: 'tiktok-txt',
    platform: 'tiktok',
    parserVersion: TIKTOK_TXT_PARSER_VERSION,
    recognise: recogniseTxt,
    catalogue: tiktokCatalogue,
    async *import(ctx: ImportContext): AsyncIterable<ImportRecord> {
      for (const { entry, spec } of txtMembers(ctx.inventory, index)) {
        if (spec.map.type === 'ignore') continue; // listed as ignored by the catalogue
        for await (const batch of memberBatches(ctx, entry.path, spec)) yield* batch;
      }
    },
  };
}

/** The TXT importer as registered by default (the declared spec). */
export const tiktokTxt: Importer = createTikTokTxtImporter();

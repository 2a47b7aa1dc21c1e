/**
 * Streaming readers of Takeout members, by their compiled declared row (compile.ts): a JSON
 * member's items at its declared selectors, an Access Log member's CSV rows (never the whole
 * file — Records.json can be 1–2 GB), each handed to the row's pure mapper and yielded as records
 * with member + pointer + raw. A member that cannot be read throws MemberError; the importer
 * turns that into a problem on the member (common/member-guard.ts).
 */
import type { ImportRecord, RecordOrigin } from '../../../../shared/records';
import { readCsvRecords, recordObject } from '../common/csv';
import { newJsonStreamInfo, type JsonUnit } from '../common/json-stream';
import { toPointer, type JsonKey } from '../common/json-pointer';
import { reportUnmapped } from '../common/key-tree';
import { isPlaceholder } from '../common/unread';
import { MemberNotes } from '../common/member-notes';
import { jsonMemberUnits, memberText } from '../common/member-text';
import { basename } from '../common/paths';
import { MemberError, type ImportContext } from '../types';
import type { GoogleRow, SelectorRow } from './compile';
import type { ReadState } from './mappers';

export type { ReadState } from './mappers';

type JsonRow = Extract<GoogleRow, { items: 'json' }>;
type CsvRow = Extract<GoogleRow, { items: 'csv' }>;

function origin(member: string, item: JsonUnit): RecordOrigin {
  return { member, pointer: toPointer(item.path), raw: item.value };
}

function matchesPath(path: readonly JsonKey[], segments: readonly string[]): boolean {
  return path.length === segments.length && segments.every((s, i) => s === '*' || s === path[i]);
}

/** The declared selector an item was selected by (the first that matches its path; the only one, for most members). */
function selectorOf(rows: readonly SelectorRow[], path: readonly JsonKey[]): SelectorRow | undefined {
  if (rows.length === 1) return rows[0];
  return rows.find((r) => matchesPath(path, r.segments)) ?? rows.find((r) => r.keys !== undefined);
}

/**
 * Streams the items of a JSON member through its mapper, keeping the member's ledger: every item
 * found, every item that gave no record (a problem too, unless skipping it is by design), every
 * key holding data that the selector's key tree does not name; a declared section's data is
 * reported as not read.
 */
async function* readJson(ctx: ImportContext, member: string, row: JsonRow, state: ReadState): AsyncGenerator<ImportRecord> {
  const notes = new MemberNotes(member);
  const info = newJsonStreamInfo();
  const map = row.mapper.forMember(member, state);
  for await (const batch of jsonMemberUnits(ctx, member, row.select, info)) {
    const rows = info.root === null ? [...row.selectors.object, ...row.selectors.array] : row.selectors[info.root];
    const out: ImportRecord[] = [];
    for (const item of batch) {
      const at = selectorOf(rows, item.path);
      if (at !== undefined && at.keys === undefined) {
        reportUnmapped(ctx.ledger, member, item.value, item.path, {});
        continue;
      }
      ctx.ledger.found(member);
      const mapped = map(item, origin(member, item));
      const records = mapped === undefined ? [] : Array.isArray(mapped) ? mapped : [mapped];
      if (records.length === 0) {
        const pointer = toPointer(item.path);
        if (row.quietSkips) ctx.ledger.dropped(member, row.quietSkips, pointer);
        else {
          notes.skip(pointer);
          ctx.ledger.dropped(member, 'unexpected shape', pointer);
        }
        continue;
      }
      // Records made from one item share its time: one unreadable time is one problem.
      notes.check(records[0] as ImportRecord);
      out.push(...records);
      if (at?.keys) reportUnmapped(ctx.ledger, member, item.value, item.path, at.keys);
    }
    yield* out;
  }
  if (row.expectKey && info.root === 'object' && !info.topKeys.includes(row.expectKey)) {
    const keys = info.topKeys.slice(0, 8).map((k) => `"${k}"`).join(', ');
    notes.note(`no "${row.expectKey}" list in the file (top-level keys: ${keys || 'none'}); nothing to read`);
  }
  notes.report(ctx);
}

/** Streams the rows of an Access Log CSV through the table its header is (the row's mapper). */
async function* readCsv(ctx: ImportContext, member: string, row: CsvRow): AsyncGenerator<ImportRecord> {
  const notes = new MemberNotes(member);
  let header: string[] | null = null;
  let table: ReturnType<CsvRow['mapper']['forHeader']> | undefined;
  let unmapped: number[] = [];
  for await (const batch of readCsvRecords(memberText(ctx, member, { bytes: false }), member, ctx.signal)) {
    const out: ImportRecord[] = [];
    for (const line of batch) {
      if (header === null || table === undefined) {
        header = line.cells.map((h) => h.trim());
        table = row.mapper.forHeader(header, member);
        const used = table.columns;
        unmapped = header.map((_, i) => i).filter((i) => !used.has(i));
        continue;
      }
      ctx.ledger.found(member);
      const at: RecordOrigin = { member, pointer: `line:${line.line}`, raw: recordObject(header, line.cells) };
      const record = table.map(line.cells, at);
      if (record) {
        notes.check(record);
        out.push(record);
        // Columns no spec names, holding data in this row.
        for (const i of unmapped) {
          const value = line.cells[i];
          if (value !== undefined && !isPlaceholder(value)) ctx.ledger.unread(member, toPointer([header[i] ?? String(i)]), at.pointer);
        }
      } else {
        notes.skip(at.pointer);
        ctx.ledger.dropped(member, 'unexpected shape', at.pointer);
      }
    }
    yield* out;
  }
  if (header === null) throw new MemberError(member, `the file holds no CSV header (${basename(member)})`);
  notes.report(ctx, 'row');
}

/** Reads one member by its compiled declared row. */
export function readMember(ctx: ImportContext, member: string, row: GoogleRow, state: ReadState): AsyncGenerator<ImportRecord> {
  return row.items === 'csv' ? readCsv(ctx, member, row) : readJson(ctx, member, row, state);
}

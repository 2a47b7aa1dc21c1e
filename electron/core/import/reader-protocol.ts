/**
 * Messages between the thread that owns the database and the reader thread of an import
 * (reader-worker.ts), and the two things that must cross it intact: errors (so a failure reads
 * the same whichever thread hit it) and the ledger (so "nothing dropped silently" holds).
 *
 * Records cross as one JSON string per batch (a memcpy across threads and one JSON.parse on the
 * other side, rather than thousands of small objects through the structured clone, which costs
 * 1.3× to write and 2.3× to read back), plain events as arrays (encodeRecords). Their raw
 * copies cross beside it, already the text the store keeps, one per line: compact JSON text has
 * no line break (JSON.stringify escapes them), so it needs no second escaping inside the batch's
 * JSON; a raw that is itself a text with a line break (a CSV row) is sent escaped, marked. Most
 * raws do not cross at all: the reader packs them into raw blocks (store/block-packer.ts), which
 * cross as texts beside the batch, and the record's line only says so (PACKED).
 */
import type { ArchiveLimits } from '../archive/types';
import { ArchiveError, type ArchiveErrorCode } from '../archive/types';
import { ExportError, MemberError, type MemberLedger } from '../importers/types';
import type { EventRecord, ImportRecord, ParsedTime } from '../../../shared/records';
import { digits2 } from '../../../shared/time';
import { TIME_AS_STORED, TIME_FORMAT_SECONDS, timeAsStored, timeTextOf, type TimeAsStored } from '../store/compact';
import { dateOfDay, DAY_MS, isoOf, msOfIso } from '../store/iso-time';
import { IN_PACKED_BLOCK, type PackedBlock } from '../store/raw-blocks';
import { rawText } from '../store/writer';

/** What the reader thread is given (workerData). */
export interface ReaderJob {
  role: 'reader';
  paths: string[];
  limits?: Partial<ArchiveLimits>;
  importerId: string;
  format: string;
  valueCapBytes?: number;
  /** The inventory the database side saw (member paths and sizes): the reader must see the same. */
  inventoryKey: string;
}

/**
 * Side events, in the order they happened: everything reading learns besides records.
 * Ledger calls are summed per (member, kind, key) between two messages, first pointer kept, which
 * LedgerBook turns into exactly the gaps the calls one by one would have made.
 */
export type SideEvent =
  | ['found', string, number]
  | ['dropped', string, string, string, number]
  | ['unread', string, string, string, number]
  | ['problem', string, string]
  | ['parsed', string]
  | ['hashed', string, string]
  | ['opening', string];

export interface WireError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  /** ArchiveError */
  archiveCode?: string;
  file?: string;
  problem?: string;
  member?: string;
}

/** Packed raw blocks of one message: their record counts and texts. */
export interface WireBlocks {
  counts: number[];
  texts: string[];
}

export type FromReader =
  /**
   * `json`: `n` records without their raw copies (encodeRecords), which are the `n` lines of
   * `raws` (wireRaw, or PACKED); or null for a message with only side events and bytes.
   * `blocks`: the raw blocks the reader closed since its last message.
   */
  | { t: 'batch'; json: string | null; raws?: string; n: number; blocks?: WireBlocks; events: SideEvent[]; bytes: number; member: string | null }
  | { t: 'done'; blocks?: WireBlocks; events: SideEvent[]; bytes: number; member: string | null }
  | { t: 'error'; error: WireError; events: SideEvent[]; bytes: number; member: string | null };

/** `ack`: one batch of records taken (flow control); `stop`: cancel, close the archive, exit. */
export type ToReader = { t: 'ack' } | { t: 'stop' };

/** Marks a raw line that is a JSON string to decode (a raw text holding a line break). */
const ESCAPED = '\u0001';
/** The whole line of a record whose raw is in a packed block. */
export const PACKED = '\u0002';

/** A record's raw copy as the store keeps it (rawText, passed when known), on one line. */
export function wireRaw(raw: unknown, text: string = rawText(raw)): string {
  // Only a raw that was a text can hold a line break or start with a mark; JSON text cannot.
  if (typeof raw === 'string' && (text.includes('\n') || text.startsWith(ESCAPED) || text === PACKED)) return ESCAPED + JSON.stringify(text);
  return text;
}

export function encodeBlocks(blocks: readonly PackedBlock[]): WireBlocks | undefined {
  if (blocks.length === 0) return undefined;
  return { counts: blocks.map((b) => b.count), texts: blocks.map((b) => b.text) };
}

export function decodeBlocks(wire: WireBlocks | undefined): PackedBlock[] {
  if (wire === undefined) return [];
  if (wire.counts.length !== wire.texts.length) throw new Error(`internal: ${wire.texts.length} raw blocks arrived with ${wire.counts.length} counts`);
  return wire.counts.map((count, i) => ({ count, text: wire.texts[i]! }));
}

/**
 * The records of a batch (their raw copies already taken out, wireRaw) as the batch's JSON. Most
 * records of a large export are plain events (a watched video: kind, time, title, pointer, URLs)
 * and cross as a short array: what repeats from record to record (kind, precision, title, member)
 * is one entry of the batch's shape list, named by its index; the
 * time crosses as its ts and stored text (store/compact.ts), from which its UTC and export texts
 * follow exactly (DecodedTime). A third of the characters, and less than half the CPU to write
 * and to read back, than objects whose field names and texts repeat in every record. Any other
 * record crosses as it is.
 */
export function encodeRecords(recs: readonly ImportRecord[]): string {
  const shapes: Shape[] = [];
  const shapeIndex = new Map<string, number>();
  let last: Shape | null = null;
  let lastIndex = 0;
  const items: unknown[] = new Array(recs.length);
  for (let i = 0; i < recs.length; i++) {
    const rec = recs[i]!;
    const time = isPlainEvent(rec) && rec.time.utc !== null ? wireTime(rec.time.utc, rec.time.text) : null;
    if (time === null) {
      items[i] = rec;
      continue;
    }
    const e = rec as EventRecord;
    const [ts, storedText, utcForm] = time;
    // Consecutive records mostly share their shape: compared to the last one before any lookup.
    let s: number;
    if (last !== null && last[0] === e.kind && last[1] === e.time.precision && last[2] === e.title && last[3] === e.member) s = lastIndex;
    else {
      const key = `${e.kind}\u0000${e.time.precision}\u0000${e.title}\u0000${e.member}`;
      let found = shapeIndex.get(key);
      if (found === undefined) {
        found = shapes.length;
        shapes.push([e.kind, e.time.precision, e.title, e.member]);
        shapeIndex.set(key, found);
      }
      s = found;
      last = shapes[found]!;
      lastIndex = found;
    }
    // A one-character stored text (a format code, a control character) crosses as its char code:
    // JSON escapes control characters on a slow path.
    items[i] = [s, e.pointer, ts, storedText.length === 1 ? storedText.charCodeAt(0) : storedText, utcForm, e.urls ?? 0, e.text ?? 0];
  }
  return JSON.stringify({ s: shapes, r: items });
}

/** A plain event's time as it crosses: ts, the stored time text (store/compact.ts) and the UTC form. */
type WireTime = [ts: number, stored: string, utcForm: 0 | 1 | string];

/**
 * The time of a plain event as it crosses, or null when it gives no ts: timeAsStored, and the
 * UTC form, how the importer wrote its UTC text: ISO with milliseconds (0), without them (1), or
 * the text itself. The usual TikTok time (`2025-06-27 22:00:00`, UTC `2025-06-27T22:00:00Z`) is
 * answered by comparing the two texts: it is always the first format code and form 1 once its
 * date is the date of its ts (formatting ts to check cost 0.67 µs a record of 1.78 to encode;
 * bench/README.md, "Fifth pass"). The same answers either way (a test compares).
 */
export function wireTime(utc: string, text: string): WireTime | null {
  if (utc.length === 20 && text.length === 19 && utc.charCodeAt(19) === 90 && utc.charCodeAt(10) === 84 && text.charCodeAt(10) === 32
    && sameChars(utc, text, 0, 10) && sameChars(utc, text, 11, 19)) {
    const ts = msOfIso(utc);
    const day = Math.floor(ts / DAY_MS);
    const h = digits2(text, 11);
    const m = digits2(text, 14);
    const s = digits2(text, 17);
    if (Number.isInteger(ts) && h >= 0 && h <= 23 && m >= 0 && m <= 59 && s >= 0 && s <= 59 && ts - day * DAY_MS === h * 3_600_000 + m * 60_000 + s * 1000
      && sameDate(dateOfDay(day), text)) return [ts, TIME_FORMAT_SECONDS, 1];
  }
  const stored = timeAsStored(utc, text);
  if (stored === null) return null;
  const [ts, storedText] = stored;
  const iso = isoOf(ts);
  return [ts, storedText, utc === iso ? 0 : iso !== null && utc.length === 20 && utc.endsWith('Z') && iso.startsWith(utc.slice(0, 19)) && iso.endsWith('.000Z') ? 1 : utc];
}

function sameDate(date: string | null, text: string): boolean {
  return date !== null && date.length === 10 && sameChars(date, text, 0, 10);
}

function sameChars(a: string, b: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** The keys a plain event may have (raw is undefined here: it crosses beside the record). */
const PLAIN_KEYS = new Set(['type', 'kind', 'time', 'title', 'member', 'pointer', 'raw', 'text', 'urls']);

function isPlainEvent(rec: ImportRecord): rec is EventRecord {
  if (rec.type !== 'event' || rec.raw !== undefined) return false;
  for (const key in rec) if (!PLAIN_KEYS.has(key) || (key === 'urls' && !Array.isArray(rec.urls)) || (key === 'text' && typeof rec.text !== 'string' && rec.text !== undefined)) return false;
  const t = rec.time as unknown as Record<string, unknown>;
  let keys = 0;
  for (const _ in t) keys++;
  return keys === 3 && (typeof t.utc === 'string' || t.utc === null) && typeof t.text === 'string' && typeof t.precision === 'string';
}

/** What plain events of a batch share: kind, precision, title, member. */
type Shape = [kind: EventRecord['kind'], precision: ParsedTime['precision'], title: string, member: string];

type PlainWire = [shape: number, pointer: string, ts: number, stored: string | number, utc: 0 | 1 | string, urls: string[] | 0, body: string | 0];

/**
 * A plain event's time as it crossed: its ts and stored text, the UTC and export texts derived
 * from them when asked (the writer never asks: it stores ts and the stored text). Exactly the
 * texts the importer gave (timeTextOf; the UTC form is checked when encoded).
 */
export class DecodedTime implements ParsedTime {
  constructor(
    readonly ts: number,
    readonly stored: string,
    readonly precision: ParsedTime['precision'],
    private readonly utcForm: 0 | 1 | string,
  ) {}

  get utc(): string {
    if (typeof this.utcForm === 'string') return this.utcForm;
    const iso = isoOf(this.ts)!;
    return this.utcForm === 0 ? iso : `${iso.slice(0, 19)}Z`;
  }

  get text(): string {
    return timeTextOf(this.ts, this.stored);
  }
}

function fromPlain(a: PlainWire, shapes: readonly Shape[]): EventRecord {
  const [kind, precision, title, member] = shapes[a[0]]!;
  const stored = typeof a[3] === 'number' ? String.fromCharCode(a[3]) : a[3];
  const rec: EventRecord = {
    type: 'event', kind, time: new DecodedTime(a[2], stored, precision, a[4]), title, member, pointer: a[1], raw: undefined,
  };
  if (a[5] !== 0) rec.urls = a[5];
  if (a[6] !== 0) rec.text = a[6];
  (rec as { [TIME_AS_STORED]?: TimeAsStored })[TIME_AS_STORED] = [a[2], stored];
  return rec;
}

/** The records of a batch message (encodeRecords), each with its raw copy back (or marked IN_PACKED_BLOCK). */
export function decodeBatch(json: string, raws: string, n: number): ImportRecord[] {
  const wire = JSON.parse(json) as { s: Shape[]; r: (ImportRecord | PlainWire)[] };
  const recs = wire.r.map((item) => (Array.isArray(item) ? fromPlain(item, wire.s) : item));
  const lines = raws.split('\n');
  if (recs.length !== n || lines.length !== n) throw new Error(`internal: a batch of ${n} records arrived as ${recs.length} records and ${lines.length} raw copies`);
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (line === PACKED) (recs[i] as { [IN_PACKED_BLOCK]?: true })[IN_PACKED_BLOCK] = true;
    else recs[i]!.raw = line.startsWith(ESCAPED) ? (JSON.parse(line.slice(1)) as string) : line;
  }
  return recs;
}

export function encodeInventory(entries: readonly { path: string; bytes: number }[]): string {
  return entries.map((e) => `${e.bytes}\t${e.path}`).join('\n');
}

export function toWire(err: unknown): WireError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const code = (err as { code?: unknown }).code;
  const wire: WireError = { name: err.name, message: err.message, stack: err.stack, code: typeof code === 'string' ? code : undefined };
  if (err instanceof ArchiveError) Object.assign(wire, { name: 'ArchiveError', archiveCode: err.code, file: err.file, problem: err.problem, member: err.member, code: undefined });
  else if (err instanceof MemberError) Object.assign(wire, { name: 'MemberError', member: err.member, problem: err.problem });
  else if (err instanceof ExportError) wire.name = 'ExportError';
  return wire;
}

/** The same kind of error the reading code threw, so run-import.ts words it the same way. */
export function fromWire(w: WireError): Error {
  let err: Error;
  if (w.name === 'ArchiveError') err = new ArchiveError(w.archiveCode as ArchiveErrorCode, w.file ?? '', w.problem ?? w.message, w.member);
  else if (w.name === 'MemberError') err = new MemberError(w.member ?? '', w.problem ?? w.message);
  else if (w.name === 'ExportError') err = new ExportError(w.message);
  else {
    err = new Error(w.message);
    if (w.code !== undefined) (err as Error & { code?: string }).code = w.code;
  }
  if (w.stack) err.stack = w.stack;
  return err;
}

/** The most distinct ledger keys held between two messages before they are sent on their own. */
const MAX_HELD_GAPS = 2000;

/**
 * The reader thread's ledger: sums calls per key and hands them over with the next message.
 * `onFull` asks for a message now, so a member with millions of distinct keys stays bounded.
 */
export class ForwardingLedger implements MemberLedger {
  private found_ = new Map<string, number>();
  private gaps = new Map<string, ['dropped' | 'unread', string, string, string, number]>();

  constructor(private readonly onFull: () => void) {}

  found(member: string, n = 1): void {
    this.found_.set(member, (this.found_.get(member) ?? 0) + n);
  }

  dropped(member: string, reason: string, pointer: string, n = 1): void {
    this.add('dropped', member, reason, pointer, n);
  }

  unread(member: string, key: string, pointer: string, n = 1): void {
    this.add('unread', member, key, pointer, n);
  }

  /** The calls since the last drain, as side events. */
  drain(): SideEvent[] {
    const out: SideEvent[] = [];
    for (const [member, n] of this.found_) out.push(['found', member, n]);
    for (const g of this.gaps.values()) out.push([...g]);
    this.found_.clear();
    this.gaps.clear();
    return out;
  }

  private add(kind: 'dropped' | 'unread', member: string, what: string, pointer: string, n: number): void {
    const id = `${kind}\u0000${member}\u0000${what}`;
    const held = this.gaps.get(id);
    if (held) {
      held[4] += n;
      return;
    }
    this.gaps.set(id, [kind, member, what, pointer, n]);
    if (this.gaps.size >= MAX_HELD_GAPS) this.onFull();
  }
}

/** Applies side events to the database side's ledger (and the rest of its sink). */
export function replay(
  events: readonly SideEvent[],
  to: {
    ledger: MemberLedger;
    problem(member: string, message: string): void;
    parsed(member: string): void;
    hashed(member: string, sha256: string): void;
    opening(member: string): void;
  },
): void {
  for (const e of events) {
    switch (e[0]) {
      case 'found':
        to.ledger.found(e[1], e[2]);
        break;
      case 'dropped':
        to.ledger.dropped(e[1], e[2], e[3], e[4]);
        break;
      case 'unread':
        to.ledger.unread(e[1], e[2], e[3], e[4]);
        break;
      case 'problem':
        to.problem(e[1], e[2]);
        break;
      case 'parsed':
        to.parsed(e[1]);
        break;
      case 'hashed':
        to.hashed(e[1], e[2]);
        break;
      case 'opening':
        to.opening(e[1]);
        break;
    }
  }
}

/**
 * Groups TikTok TXT lines into records. A record is a block of `Key: value` lines; blocks are
 * separated by one or more blank lines (Login History uses two), or by `-----` lines (2023+
 * Favorite Item / Shopping Cart). `>>` prefixes on keys are dropped. A line that is not
 * `Key: value` continues the previous value (a slideshow `Link` with one URL per line), or,
 * before any key, is kept as a loose line (lists written one name per line [L]).
 * The sentinel `You have no data in this section` (and its Dutch forms) is skipped.
 */

export interface TxtField {
  key: string;
  value: string;
  /** 1-based line number of the `Key:` line. */
  line: number;
}

export interface TxtBlock {
  /** 1-based line number of the block's first line: the record's pointer is `line:<startLine>`. */
  startLine: number;
  /** The block's lines, exactly as read. */
  lines: string[];
  fields: TxtField[];
  /** Lines without a key before the first key line. */
  loose: { text: string; line: number }[];
  /** The current group header's capture (e.g. the chat partner), when a header pattern is given. */
  group?: string;
}

const SENTINELS = new Set(['you have no data in this section', 'dit gedeelte bevat geen gegevens', 'er staan geen gegevens in dit gedeelte']);
const SEPARATOR_RE = /^\s*-{3,}\s*$/;
const KEY_RE = /^\s*(?:>>\s*)?([^:]{1,80}?)\s*:(.*)$/;

export function isSentinel(line: string): boolean {
  return SENTINELS.has(line.trim().toLowerCase());
}

/** `Key: value` → [key, value]; null for a line that is not a field (URLs are not keys). */
export function splitField(line: string): [string, string] | null {
  const m = KEY_RE.exec(line);
  if (!m) return null;
  const key = (m[1] ?? '').trim();
  const rest = m[2] ?? '';
  if (key === '' || rest.startsWith('//') || /^https?$/i.test(key)) return null;
  return [key, rest.startsWith(' ') ? rest.slice(1) : rest];
}

/** Plain object of a block's fields (continuations already joined), for the record mappers. */
export function blockObject(block: TxtBlock): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of block.fields) if (!Object.hasOwn(out, f.key)) out[f.key] = f.value;
  return out;
}

/**
 * Groups batches of lines (readLines) into blocks; yields the blocks completed by each batch
 * as one batch. A block may span batches.
 */
export async function* txtBlocks(lines: AsyncIterable<string[]>, opts: { groupHeader?: RegExp } = {}): AsyncGenerator<TxtBlock[]> {
  let lineNo = 0;
  let group: string | undefined;
  let block: TxtBlock | undefined;
  let done: TxtBlock[] = [];
  const close = (): void => {
    if (block && (block.fields.length > 0 || block.loose.length > 0)) done.push(block);
    block = undefined;
  };

  for await (const batch of lines) {
    for (const line of batch) {
      lineNo++;
      if (line.trim() === '' || SEPARATOR_RE.test(line) || isSentinel(line)) {
        close();
        continue;
      }
      const header = opts.groupHeader?.exec(line.trim());
      if (header) {
        close();
        group = header[1]?.trim();
        continue;
      }
      if (!block) {
        block = { startLine: lineNo, lines: [], fields: [], loose: [] };
        if (group !== undefined) block.group = group;
      }
      block.lines.push(line);
      const field = splitField(line);
      const last = block.fields[block.fields.length - 1];
      if (field) block.fields.push({ key: field[0], value: field[1].trim(), line: lineNo });
      else if (last) last.value = last.value === '' ? line.trim() : `${last.value}\n${line.trim()}`;
      else block.loose.push({ text: line.trim(), line: lineNo });
    }
    if (done.length > 0) {
      yield done;
      done = [];
    }
  }
  close();
  if (done.length > 0) yield done;
}

/**
 * TikTok's layout, told to the common JSON engine (common/json-stream.ts). This is the one place
 * where TikTok needs more than paths, and why:
 *
 * TikTok nests everything as `{Top: {Section: {ListKey: value}}}`, so records sit at depth 4
 * (`$.Top.Section.ListKey[i]`) and DM messages one deeper (`…ChatHistory["Chat History with x:"][i]`).
 * Every value at depths 1–4 is selected (and depth 5 under the chat list keys), so each container
 * down to the lists arrives as a unit after its records were cut from it: a `null` list, a `{}`
 * section, a string such as `AdInterestCategories`, an unexpected shape, all visible to the
 * ledger. Whether a depth-4 value is a record or a field of its depth-3 object depends on the
 * value and on the section's row, which a path cannot say: a container or a list entry is a
 * record; a scalar of an object stays in it (`ProfileMap`, one `LocationData` record); a `fields`
 * section keeps its whole object; a `chats` section's depth-4 values are groups whose entries
 * (depth 5) are the records. The rows are the declared spec's (sections.ts): its selectors'
 * tails say which (`.*` items, `.*.*` groups, none: the value whole), and the list keys of its
 * `.*.*` selectors are the ones read one level deeper. The engine's selectors stay these generic
 * depths, not the declared paths, because TikTok moves sections between top keys and a section
 * is matched by its names wherever it sits (sections.ts).
 */
import type { JsonKey } from '../common/json-pointer';
import { streamJson, type JsonStreamInfo, type JsonUnit } from '../common/json-stream';
import { textChunks, type TextInfo } from '../common/text-decoding';
import { MemberError } from '../types';
import { TIKTOK_INDEX, type SectionIndex } from './sections';

/** How the children of `Top > Section > ListKey` are delivered. */
export type ChildMode =
  /** Depth-4 containers and list entries are units (records); scalars of an object stay in it. */
  | 'items'
  /** Depth-4 values of an object stay in it; the depth-3 object arrives whole. */
  | 'whole'
  /** Depth-4 values are groups; the entries of each group (depth 5) are units. */
  | 'nested';

/** TikTok's layout over the rows of one declared spec: the engine's selectors and which values stay in their parent. */
export class TikTokLayout {
  readonly select: readonly string[];
  private readonly modes = new Map<string, ChildMode>();

  constructor(private readonly index: SectionIndex) {
    this.select = ['$.*', '$.*.*', '$.*.*.*', '$.*.*.*.*', ...index.nestedListKeys.map((k) => `$.*.*.${k}.*.*`)];
  }

  childMode(top: string, section: string, list: string): ChildMode {
    const spec = this.index.jsonSection(top, section, list);
    if (!spec) return 'items';
    if (spec.shape === 'fields') return 'whole';
    if (spec.shape === 'chats') return 'nested';
    return 'items';
  }

  /**
   * `item`: a record-sized value (a list entry, a chat message). `end`: a container at depth 1–3
   * (or a chat group at depth 4) has finished; its value is what is left after its items were cut.
   */
  unitKind(path: readonly JsonKey[]): 'item' | 'end' {
    if (path.length <= 3) return 'end';
    if (path.length === 5) return 'item';
    return this.modeAt(path) === 'nested' ? 'end' : 'item';
  }

  private modeAt(path: readonly JsonKey[]): ChildMode {
    const [top, section, list] = path;
    if (typeof top !== 'string' || typeof section !== 'string' || typeof list !== 'string') return 'items';
    const key = `${top}\u0000${section}\u0000${list}`;
    let mode = this.modes.get(key);
    if (mode === undefined) {
      if (this.modes.size > 10_000) this.modes.clear(); // keys are the file's: bounded whatever it holds
      mode = this.childMode(top, section, list);
      this.modes.set(key, mode);
    }
    return mode;
  }

  readonly staysInParent = (path: readonly JsonKey[], value: unknown, inList: boolean): boolean => {
    if (path.length <= 3) return false;
    // A list entry at depth 4 is a record whatever the section (asked first: it is every record).
    if (path.length === 4 && inList) return false;
    const mode = this.modeAt(path);
    if (path.length === 5) return !(mode === 'nested' && inList); // stays inside its group
    if (mode === 'nested' || inList) return false;
    // A scalar field of a depth-3 object (or any field of a `fields` object): delivered with that object.
    return !(mode === 'items' && value !== null && typeof value === 'object');
  };
}

const layouts = new WeakMap<SectionIndex, TikTokLayout>();
/** One layout per index, so its cache of child modes lives as long as the index. */
function layoutOf(index: SectionIndex): TikTokLayout {
  let layout = layouts.get(index);
  if (!layout) {
    layout = new TikTokLayout(index);
    layouts.set(index, layout);
  }
  return layout;
}

const DEFAULT_LAYOUT = layoutOf(TIKTOK_INDEX);

/** The declared spec's child mode of `Top > Section > ListKey`. */
export function childMode(top: string, section: string, list: string): ChildMode {
  return DEFAULT_LAYOUT.childMode(top, section, list);
}

/** Whether a unit at `path` is a record-sized item or a finished container, under the declared spec. */
export function unitKind(path: readonly JsonKey[]): 'item' | 'end' {
  return DEFAULT_LAYOUT.unitKind(path);
}

export interface TikTokJsonInfo extends TextInfo, JsonStreamInfo {}

export function newTikTokJsonInfo(): TikTokJsonInfo {
  return { encoding: 'utf-8', bytesRead: 0, bomBytes: 0, root: null, topKeys: [] };
}

async function* checkedText(source: AsyncIterable<unknown>, member: string, info: TextInfo, signal?: AbortSignal): AsyncGenerator<Uint8Array | string> {
  yield* textChunks(source, member, { bytes: true, signal }, info);
  if (info.bytesRead === 0) throw new MemberError(member, 'the file is empty');
}

/** A user_data*.json byte stream as the engine's units, a batch per chunk read. */
export function streamTikTokUnits(
  source: AsyncIterable<unknown>,
  member: string,
  info: TikTokJsonInfo,
  opts: { expected: string; signal?: AbortSignal; index?: SectionIndex },
): AsyncGenerator<JsonUnit[]> {
  const utf16 = (): boolean => info.encoding !== 'utf-8';
  const layout = opts.index ? layoutOf(opts.index) : DEFAULT_LAYOUT;
  return streamJson(checkedText(source, member, info, opts.signal), {
    member,
    select: (root) => (root === 'object' ? layout.select : `expected ${opts.expected}; found an array at the top level`),
    staysInParent: layout.staysInParent,
    expected: opts.expected,
    signal: opts.signal,
    offsetBase: () => (utf16() ? 0 : info.bomBytes),
    positionNote: () => (utf16() ? ' (counted in UTF-8 after decoding UTF-16)' : ''),
    bytesRead: () => info.bytesRead,
  }, info);
}

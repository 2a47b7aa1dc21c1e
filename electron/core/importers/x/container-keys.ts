/**
 * The keys of the containers around deep records (`[{ "ad": { "adsUserData": { "adImpressions":
 * { "impressions": [ <record>… ] } } } }]`): the streaming parser selects only the records, so
 * a key beside `ad` in the array item, or beside `impressions`, would never be seen. This walk
 * follows the parser's tokens (common/json-items.ts `onToken`) and reports every key of such a
 * container that no selector goes through and that holds data, without building any value: memory
 * is the nesting depth, whatever the file's size.
 *
 * "Holds data": a scalar that is not an empty value (common/unread.ts), or a list or object with
 * anything in it (decided from the token after its opening bracket).
 */
import { TokenType } from '@streamparser/json';
import { toPointer, type JsonKey } from '../common/json-pointer';
import { normKey } from '../common/keys';
import { isEmptyValue, shapePath } from '../common/unread';
import type { MemberLedger } from '../types';

interface Frame {
  /** This container's key in its parent (root: undefined). */
  key: JsonKey | undefined;
  object: boolean;
  /** Next list index (lists). */
  index: number;
  /** The key whose value comes next (objects). */
  pending: string | undefined;
  expectKey: boolean;
  /** Keys a selector goes through here (normalised); null: not a container of any selector, or `*` (every key is read). */
  known: Set<string> | null;
}

/** `$.*.ad.adsUserData.adImpressions.impressions.*` → `['*', 'ad', …, '*']`. */
function segments(jsonPath: string): string[] {
  return jsonPath.replace(/^\$\.?/, '').split('.').filter((s) => s !== '');
}

/**
 * Builds a token sink for one member. `selectors` are the record and context paths, and the
 * paths of known container keys (spec `around`); the containers checked are their proper
 * ancestors below the root (the root array's items and down).
 */
export function containerKeyWalk(ledger: MemberLedger, member: string, selectors: readonly string[]): (token: TokenType, value: unknown) => void {
  const paths = selectors.map(segments);
  /** Which keys the selectors take at the container at `path`; null when none goes through it or one takes any key. */
  const knownAt = (path: readonly JsonKey[]): Set<string> | null => {
    if (path.length === 0) return null; // the root list: its items are the records or their wrappers
    let known: Set<string> | null = null;
    for (const segs of paths) {
      if (segs.length <= path.length) continue;
      if (!path.every((k, i) => segs[i] === '*' || segs[i] === String(k))) continue;
      const next = segs[path.length]!;
      if (next === '*') return null;
      (known ??= new Set()).add(normKey(next));
    }
    return known;
  };
  /** Containers sit above the deepest selector's last segment; below that nothing is checked. */
  const checkedDepth = Math.max(0, ...paths.map((segs) => segs.length));
  const stack: Frame[] = [];
  const pathOf = (): JsonKey[] => stack.slice(1).map((f) => f.key as JsonKey);
  /** An unknown key whose value has just started as a list or object: reported unless it closes at once. */
  let opened: JsonKey[] | null = null;
  const report = (at: JsonKey[]): void => ledger.unread(member, shapePath(at), toPointer(at));

  // The key of the value starting now and whether it is an unknown key of a checked container,
  // set by valueStarts (module-free scratch, not an object per token: files have millions of tokens).
  let startKey: JsonKey | undefined;
  let startUnknown = false;
  const valueStarts = (): void => {
    const parent = stack[stack.length - 1];
    startUnknown = false;
    if (!parent) startKey = undefined;
    else if (!parent.object) startKey = parent.index++;
    else {
      startKey = parent.pending;
      parent.pending = undefined;
      startUnknown = startKey !== undefined && parent.known !== null && !parent.known.has(normKey(startKey));
    }
  };
  /** Nesting inside a value below the checked depth (inside records): only brackets are counted there. */
  let deep = 0;

  return (token, value) => {
    if (opened !== null) {
      const empty = token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET;
      if (!empty) report(opened);
      opened = null;
    }
    if (deep > 0) {
      if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) deep++;
      else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) deep--;
      return;
    }
    const top = stack[stack.length - 1];
    switch (token) {
      case TokenType.LEFT_BRACE:
      case TokenType.LEFT_BRACKET: {
        valueStarts();
        if (startUnknown) opened = [...pathOf(), startKey as JsonKey];
        const object = token === TokenType.LEFT_BRACE;
        if (stack.length >= checkedDepth) {
          // A container below every checked one (a record or inside it): not tracked.
          deep = 1;
          break;
        }
        const frame: Frame = { key: startKey, object, index: 0, pending: undefined, expectKey: object, known: null };
        stack.push(frame);
        if (object) frame.known = knownAt(pathOf());
        break;
      }
      case TokenType.RIGHT_BRACE:
      case TokenType.RIGHT_BRACKET:
        stack.pop();
        break;
      case TokenType.COMMA:
        if (top?.object) top.expectKey = true;
        break;
      case TokenType.STRING:
      case TokenType.NUMBER:
      case TokenType.TRUE:
      case TokenType.FALSE:
      case TokenType.NULL:
        if (top?.object && top.expectKey) {
          top.expectKey = false;
          top.pending = typeof value === 'string' ? value : String(value);
          break;
        }
        valueStarts();
        if (startUnknown && !isEmptyValue(value)) report([...pathOf(), startKey as JsonKey]);
        break;
      default: // COLON (and SEPARATOR, never written without the option)
    }
  };
}

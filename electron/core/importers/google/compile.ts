/**
 * The declared Google spec (declared.ts) compiled into the rows the readers run on: per parsed
 * member, its mapper by `record.mapperId` (mappers.ts), and for a JSON member its selectors per
 * root kind, the problem text for a root of the wrong kind, the list whose absence is noted, and
 * per selector the tree of the keys known: the keys its rule says the mapper reads plus the
 * declared `consumed` keys (relative ones for every selector, `$.<selector>.<key>` ones for that
 * selector's items). Pure; a member that cannot be read as declared throws, naming it.
 */
import type { KeyTree } from '../common/key-tree';
import type { JsonRoot } from '../common/json-stream';
import type { MemberSpec, PlatformSpec } from '../common/spec-format';
import { withConsumed } from '../common/key-tree';
import type { GoogleMapperId } from './declared';
import { MAPPERS, type GoogleMapper } from './mappers';
import { GOOGLE_RULES, type GoogleRule } from './rules';

/** One declared selector as the reader matches item paths: `$.rawSignals.*` → `['rawSignals', '*']`. */
export interface SelectorRow {
  selector: string;
  segments: readonly string[];
  /** The keys known of its items; undefined for a section (it holds no records). */
  keys?: KeyTree;
}

interface RowBase {
  id: string;
  mapperId: GoogleMapperId;
  order: number;
  quietSkips?: string;
}

export type GoogleRow =
  | RowBase & { items: 'csv'; mapper: Extract<GoogleMapper, { reads: 'csv' }> }
  | RowBase & {
    items: 'json';
    mapper: Extract<GoogleMapper, { reads: 'json' }>;
    /** The selectors per root kind, in declared order, or the problem when the root is of that kind. */
    select: (root: JsonRoot) => readonly string[] | string;
    /** The selectors per root kind, with their key trees. */
    selectors: Readonly<Record<JsonRoot, readonly SelectorRow[]>>;
    /** A root object without this key is noted: nothing to read. */
    expectKey?: string;
  };

function segmentsOf(selector: string): string[] {
  return selector.replace(/^\$\.?/, '').split('.');
}

/** The key trees of a member's selectors: the rule's reads plus the declared consumed keys that concern each. */
function selectorRows(member: MemberSpec<GoogleMapperId>, rule: GoogleRule, all: readonly string[]): Map<string, SelectorRow> {
  const { id } = member;
  const sections = rule.sections ?? [];
  for (const s of sections) if (!all.includes(s)) throw new Error(`google/${id}: section ${s} is not a declared selector`);
  for (const s of Object.keys(rule.readsAt ?? {})) if (!all.includes(s)) throw new Error(`google/${id}: rules.ts reads keys at ${s}, not a declared selector`);
  const consumed = member.consumed ?? [];
  const relative = consumed.filter((k) => !k.startsWith('$'));
  const absolute = consumed.filter((k) => k.startsWith('$'));
  const records = all.filter((s) => !sections.includes(s));
  // An absolute key belongs to the longest selector it extends.
  const owner = (key: string): string | undefined =>
    records.filter((s) => key.startsWith(`${s}.`)).sort((a, b) => b.length - a.length)[0];
  for (const key of absolute) if (owner(key) === undefined) throw new Error(`google/${id}: consumed key ${key} is under no declared selector of records`);
  const out = new Map<string, SelectorRow>();
  for (const selector of all) {
    if (sections.includes(selector)) {
      out.set(selector, { selector, segments: segmentsOf(selector) });
      continue;
    }
    const reads = rule.readsAt?.[selector] ?? rule.reads;
    if (!reads) throw new Error(`google/${id}: no keys its mapper reads in rules.ts for ${selector}`);
    const mine = absolute.filter((k) => owner(k) === selector).map((k) => k.slice(selector.length + 1));
    out.set(selector, { selector, segments: segmentsOf(selector), keys: withConsumed(reads, [...relative, ...mine]) });
  }
  return out;
}

/** The problem for a root of a kind no selector reads. */
function wrongRoot(what: string, object: readonly string[], found: JsonRoot): string {
  if (found === 'object') return `expected ${what} (a JSON array); found a JSON object`;
  const list = object.length === 1 && /^\$\.[^.]+\.\*$/.test(object[0] ?? '') ? (object[0] ?? '').slice(2, -2) : undefined;
  return `expected ${what} (a JSON object${list === undefined ? '' : ` with a "${list}" list`}); found a JSON array`;
}

function compileMember(member: MemberSpec<GoogleMapperId>, rule: GoogleRule | undefined): GoogleRow {
  const { id } = member;
  const mapperId = member.record?.mapperId;
  if (!mapperId) throw new Error(`google/${id}: a parsed member without a record mapper id`);
  if (!rule) throw new Error(`google/${id}: no rule in rules.ts (its reading order, the keys its mapper reads)`);
  const mapper = MAPPERS[mapperId] as GoogleMapper | undefined; // a spec copy may name anything
  if (!mapper) throw new Error(`google/${id}: mapper ${JSON.stringify(mapperId)} is not in mappers.ts`);
  const base: RowBase = { id, mapperId, order: rule.order, ...(rule.quietSkips !== undefined ? { quietSkips: rule.quietSkips } : {}) };
  const items = member.items;
  if (mapper.reads === 'csv') {
    if (!items || !('csv' in items)) throw new Error(`google/${id}: mapper ${mapperId} reads CSV rows; the items are not declared as CSV rows`);
    return { ...base, items: 'csv', mapper };
  }
  if (!items || !('json' in items)) throw new Error(`google/${id}: mapper ${mapperId} reads JSON items; no JSON selectors declared`);
  const object = items.json.object ?? [];
  const array = items.json.array ?? [];
  if (object.length + array.length === 0) throw new Error(`google/${id}: no JSON selector`);
  const rows = selectorRows(member, rule, [...object, ...array]);
  const what = rule.expects ?? member.holds;
  const recordsOf = (list: readonly string[]): string[] => list.filter((s) => !(rule.sections ?? []).includes(s));
  const listKey = recordsOf(object).length === 1 ? segmentsOf(recordsOf(object)[0] ?? '')[0] : undefined;
  if (rule.noteMissingList && listKey === undefined) throw new Error(`google/${id}: a missing list is noted, but no one object selector names it`);
  return {
    ...base, items: 'json', mapper,
    select: (root) => {
      const list = root === 'object' ? object : array;
      return list.length > 0 ? list : wrongRoot(what, object, root);
    },
    selectors: { object: object.map((s) => rows.get(s) as SelectorRow), array: array.map((s) => rows.get(s) as SelectorRow) },
    ...(rule.noteMissingList && listKey !== undefined ? { expectKey: listKey } : {}),
  };
}

/** The declared members the readers read (parsed), compiled, by member id. */
export function compileMembers(
  spec: PlatformSpec<GoogleMapperId>,
  rules: Readonly<Record<string, GoogleRule>> = GOOGLE_RULES,
): Map<string, GoogleRow> {
  const out = new Map<string, GoogleRow>();
  for (const m of spec.members) if (m.status === 'parsed') out.set(m.id, compileMember(m, rules[m.id]));
  return out;
}

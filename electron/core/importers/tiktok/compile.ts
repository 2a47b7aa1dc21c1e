/**
 * The declared TikTok spec (declared.ts) compiled into the rows the readers run on (spec.ts
 * SectionSpec): per member, its key paths parsed from its selectors and the layout their tail
 * says, or its TXT file names; its status and reason; the item keys per role from the declared
 * record and the member's rule (rules.ts); the mapping rule from the mapper table (mappers.ts) by
 * `record.mapperId`; the consumed keys. Pure; a spec that cannot be read this way throws, naming
 * the member, so a broken row fails at load and in the tests, never by reading less.
 */
import type { MemberSpec, PlatformSpec } from '../common/spec-format';
import { TXT_SUFFIX, type TikTokMapperId } from './declared';
import { TIKTOK_MAPPERS } from './mappers';
import { NESTED, TIKTOK_RULES, type NestedRecord, type TikTokRule } from './rules';
import type { JsonPath, SectionSpec, Shape } from './spec';

/** The rule of a member: its own id, or for a TXT member `<id>.txt` its section's id. */
export function ruleIdOf(memberId: string): string {
  return memberId.endsWith(TXT_SUFFIX) ? memberId.slice(0, -TXT_SUFFIX.length) : memberId;
}

/** `$.Top.Section.List` + a tail of `.*` per level of grouping → the key path and the tail's depth. */
function parseSelector(selector: string, id: string): { path: JsonPath; depth: number } {
  const parts = selector.split('.');
  const [root, top, section, list, ...tail] = parts;
  if (root !== '$' || top === undefined || section === undefined || list === undefined || [top, section, list].includes('*') || tail.some((t) => t !== '*') || tail.length > 2) {
    throw new Error(`tiktok/${id}: ${JSON.stringify(selector)} is not $.Top.Section.List with an optional .* or .*.* tail`);
  }
  return { path: [top, section, list], depth: tail.length };
}

/** The layout a JSON member's selectors say: `.*` items, `.*.*` groups of items (chats), none: the value itself. */
function jsonShape(depths: number[], reads: 'items' | 'fields' | 'text', id: string): Shape {
  const depth = depths[0] ?? 0;
  if (depths.some((d) => d !== depth)) throw new Error(`tiktok/${id}: its selectors disagree on where the items are`);
  if (reads === 'items') {
    if (depth === 0) throw new Error(`tiktok/${id}: a mapper of items, but the selectors select the value itself`);
    return depth === 2 ? 'chats' : 'records';
  }
  if (depth !== 0) throw new Error(`tiktok/${id}: a mapper of one ${reads === 'text' ? 'string' : 'object'}, but the selectors select items`);
  return reads;
}

function compileMember(member: MemberSpec<TikTokMapperId>, rule: TikTokRule): SectionSpec {
  const { id } = member;
  let reads: 'items' | 'fields' | 'text' | undefined;
  let fromRecord: Pick<SectionSpec, 'fields' | 'map'>;
  if (member.status === 'ignored') {
    fromRecord = { fields: {}, map: { type: 'ignore', reason: member.reason ?? '' } };
  } else {
    const record = member.record;
    if (!record?.mapperId) throw new Error(`tiktok/${id}: a parsed member without a record mapper id`);
    const mapper = TIKTOK_MAPPERS[record.mapperId] as (typeof TIKTOK_MAPPERS)[TikTokMapperId] | undefined; // a spec copy may name anything
    if (!mapper) throw new Error(`tiktok/${id}: mapper ${JSON.stringify(record.mapperId)} is not in mappers.ts`);
    reads = mapper.reads;
    fromRecord = mapper.compile(record, rule, id);
  }
  const items = member.items;
  let shape: Shape;
  let json: JsonPath[] = [];
  let txt: string[] = [];
  if (items && 'json' in items) {
    const parsed = [...(items.json.object ?? [])].map((s) => parseSelector(s, id));
    if ((items.json.array ?? []).length > 0) throw new Error(`tiktok/${id}: user_data*.json is an object; array selectors are never read`);
    json = parsed.map((p) => p.path);
    const depths = parsed.map((p) => p.depth);
    shape = reads ? jsonShape(depths, reads, id) : depths[0] === 2 ? 'chats' : depths[0] === 1 ? 'records' : 'fields';
  } else if (items && 'txt' in items) {
    txt = member.files.map((f) => {
      if (typeof f !== 'string') throw new Error(`tiktok/${id}: TXT members are file names, not patterns`);
      return f;
    });
    shape = reads === 'fields' || reads === 'text' ? reads : 'records';
  } else {
    throw new Error(`tiktok/${id}: where its items are is not said (JSON selectors or TXT blocks)`);
  }
  return {
    id, label: member.holds, shape, json, txt,
    ...(rule.txtGroupHeader && txt.length > 0 ? { txtGroupHeader: rule.txtGroupHeader } : {}),
    ...fromRecord,
    ...(member.consumed && member.consumed.length > 0 ? { skip: [{ keys: member.consumed, reason: 'declared consumed, not mapped' }] } : {}),
    ...(rule.nested && member.status === 'parsed' ? { nested: rule.nested } : {}),
  };
}

function compileNested(id: string, nested: NestedRecord): SectionSpec {
  const mapper = TIKTOK_MAPPERS[nested.record.mapperId];
  if (mapper.reads !== 'items') throw new Error(`tiktok/${id}: nested records are items`);
  return { id, label: nested.holds, shape: 'records', json: [], txt: [], ...mapper.compile(nested.record, nested.rule, id) };
}

/** Every member of the declared spec as a row the readers run on, then the nested records' rows. */
export function compileSections(
  spec: PlatformSpec<TikTokMapperId>,
  rules: Readonly<Record<string, TikTokRule>> = TIKTOK_RULES,
  nested: Readonly<Record<string, NestedRecord>> = NESTED,
): SectionSpec[] {
  return [
    ...spec.members.map((m) => compileMember(m, rules[ruleIdOf(m.id)] ?? {})),
    ...Object.entries(nested).map(([id, n]) => compileNested(id, n)),
  ];
}

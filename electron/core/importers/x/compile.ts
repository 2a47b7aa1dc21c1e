/**
 * The declared X spec (declared.ts) compiled into the rows the reader runs on (spec.ts
 * XFileSpec): per parsed data member, its record selectors and its context selectors (the rule
 * names which declared selectors are context), its mapper by `record.mapperId`, and the tree of
 * the keys it knows: the keys its rule says the mapper reads plus the declared `consumed` keys
 * (`$.…` ones are keys of the containers around deep records). Pure; a member that cannot be read
 * as declared throws, naming it.
 */
import { withConsumed } from '../common/key-tree';
import type { MemberSpec, PlatformSpec } from '../common/spec-format';
import type { XMapperId } from './declared';
import { X_RULES, type XRule } from './rules';
import type { XFileSpec } from './spec';

function compileMember(member: MemberSpec<XMapperId>, rule: XRule | undefined): XFileSpec {
  const { id } = member;
  const mapper = member.record?.mapperId;
  if (!mapper) throw new Error(`x/${id}: a parsed data file without a record mapper id`);
  if (!rule) throw new Error(`x/${id}: no rule in rules.ts (the keys its mapper reads)`);
  const items = member.items;
  if (!items || !('json' in items) || (items.json.object ?? []).length > 0) throw new Error(`x/${id}: X data files are arrays; array selectors only`);
  const selectors = items.json.array ?? [];
  const context = rule.context ?? [];
  for (const c of context) if (!selectors.includes(c)) throw new Error(`x/${id}: context ${c} is not a declared selector`);
  const records = selectors.filter((s) => !context.includes(s));
  if (records.length === 0) throw new Error(`x/${id}: no selector of records`);
  const consumed = member.consumed ?? [];
  const around = consumed.filter((k) => k.startsWith('$'));
  return {
    id, label: member.holds, items: records, map: mapper,
    ...(context.length > 0 ? { context } : {}),
    ...(rule.wrapper !== undefined ? { wrapper: rule.wrapper } : {}),
    ...(rule.borrowsTime ? { borrowsTime: true } : {}),
    keys: withConsumed(rule.reads, consumed.filter((k) => !k.startsWith('$'))),
    ...(around.length > 0 ? { around } : {}),
  };
}

/** The declared members the data-file reader reads (parsed, with an array of records; not the manifest), compiled. */
export function compileDataFiles(spec: PlatformSpec<XMapperId>, rules: Readonly<Record<string, XRule>> = X_RULES): Map<string, XFileSpec> {
  const out = new Map<string, XFileSpec>();
  for (const m of spec.members) {
    if (m.status !== 'parsed' || m.id === 'manifest') continue;
    out.set(m.id, compileMember(m, rules[m.id]));
  }
  return out;
}

/**
 * A declared Meta spec (instagram/declared.ts, facebook/declared.ts) and its platform's rules
 * (rules.ts) compiled into the rows read-member.ts runs (spec-types.ts MetaFileSpec): per member,
 * its root keys, root list, whole value or root record read from its selectors (the rule names
 * which are context), its time keys with the unit of each from the declared formats, its roles
 * (the declared text / IP / URL keys, the device keys split as the rule says, the rule's other
 * roles), its mapping from the mapper table (mappers.ts) by `record.mapperId`, its consumed keys,
 * and an ignored member's reason. Pure; a member that cannot be read as declared throws, naming
 * it, so a broken spec fails at load and in the tests, never by reading less.
 */
import type { MemberSpec, PlatformSpec, TimeFormat } from '../common/spec-format';
import type { MetaMapperId } from './declared';
import { MAPPING_FIELDS, META_MAPPERS } from './mappers';
import { DEVICE_ROLES, type MetaRule } from './rules';
import type { MetaFileSpec, Roles, TimeKey, TimeUnit } from './spec-types';

const UNIT_OF_FORMAT: Readonly<Partial<Record<TimeFormat, TimeUnit>>> = { 'unix-s': 's', 'unix-ms': 'ms', iso: 'text', text: 'text' };

type Fail = (why: string) => never;

function timeKeys(time: NonNullable<NonNullable<MemberSpec['record']>['time']>, fail: Fail): TimeKey[] {
  const single = typeof time.format === 'string' ? time.format : time.format.length === 1 ? time.format[0] : undefined;
  if (time.formats && time.formats.length !== time.fields.length) fail(`${time.formats.length} time formats for ${time.fields.length} time fields`);
  if (!time.formats && single === undefined) fail(`time fields in ${JSON.stringify(time.format)}, without the format of each field`);
  return time.fields.map((key, i): TimeKey => {
    const format = time.formats?.[i] ?? single;
    const unit = format === undefined ? undefined : UNIT_OF_FORMAT[format];
    if (unit === undefined) return fail(`time field ${key}: no Meta time unit for ${JSON.stringify(format)}`);
    return [key, unit];
  });
}

interface RootShape {
  rootKeys: readonly string[];
  rootList?: boolean;
  whole?: boolean;
  rootRecord?: boolean;
  context?: readonly string[];
}

/** Root keys, root list, whole value, root record and context keys, from the declared selectors. */
function rootShape(member: MemberSpec<MetaMapperId>, rule: MetaRule, fail: Fail): RootShape {
  const items = member.items;
  if (!items || !('json' in items)) return fail('Meta files are JSON; where its items are is not said as JSON selectors');
  const { object = [], array = [] } = items.json;
  if (array.some((s) => s !== '$.*')) fail(`array selectors ${JSON.stringify(array)}: a root list is read as records ($.*) only`);
  const rootList = array.length > 0;
  const context = rule.context ?? [];
  for (const c of context) if (!object.includes(c)) fail(`context ${c} is not a declared selector`);
  if (object.length === 1 && object[0] === '$.*') {
    return { rootKeys: rule.rootKeys ?? [], rootRecord: true, ...(rootList ? { rootList } : {}) };
  }
  if (rule.rootKeys) fail('root keys in rules.ts are for a root record (object selector $.*) only');
  const lists: string[] = [];
  const whole: string[] = [];
  const contextKeys: string[] = [];
  for (const s of object) {
    const m = /^\$\.(.+?)(\.\*)?$/.exec(s);
    const key = m?.[1];
    if (!m || key === undefined || key.split('.').includes('*')) return fail(`${JSON.stringify(s)} is not $.<root key>, $.<root key>.* or $.*`);
    if (context.includes(s)) {
      if (!m[2]) fail(`context ${s} is not a list ($.<key>.*)`);
      contextKeys.push(key);
    } else (m[2] ? lists : whole).push(key);
  }
  if (whole.length > 0 && lists.length > 0) fail('its selectors mix whole values and lists of records');
  if (lists.length + whole.length === 0 && !rootList) fail('no selector of records');
  return {
    rootKeys: whole.length > 0 ? whole : lists,
    ...(rootList ? { rootList } : {}),
    ...(whole.length > 0 ? { whole: true } : {}),
    ...(contextKeys.length > 0 ? { context: contextKeys } : {}),
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((k) => y.has(k));
}

function compileMember(platform: string, member: MemberSpec<MetaMapperId>, rule: MetaRule | undefined): MetaFileSpec {
  const { id } = member;
  const fail: Fail = (why) => {
    throw new Error(`${platform}/${id}: ${why}`);
  };
  const base = { id, label: member.holds, files: member.files, ...(member.consumed ? { skip: member.consumed } : {}) };
  if (member.status === 'ignored') {
    // A rule of a member declared ignored is not used (a member can be switched off in the declared spec alone).
    return { ...base, rootKeys: [], roles: {}, map: { type: 'ignore', reason: member.reason ?? '' } };
  }
  const record = member.record;
  if (!record?.mapperId) return fail('a parsed member without a record mapper id');
  if (!rule) return fail('no rule in rules.ts');
  const mapper = META_MAPPERS[record.mapperId] as (typeof META_MAPPERS)[MetaMapperId] | undefined; // a spec copy may name anything
  if (!mapper) return fail(`mapper ${JSON.stringify(record.mapperId)} is not in mappers.ts`);
  const map = mapper.compile(record, rule, fail);
  const device = rule.device ?? {};
  if (!sameSet(record.device ?? [], DEVICE_ROLES.flatMap((r) => device[r] ?? []))) fail("the rule's device roles are not the declared device keys");
  const roles: Roles = {
    ...rule.roles,
    ...(record.text ? { text: record.text } : {}),
    ...(record.ip ? { ip: record.ip } : {}),
    ...(record.url ? { url: record.url } : {}),
    ...device,
  };
  return {
    ...base,
    ...rootShape(member, rule, fail),
    ...(record.time ? { time: timeKeys(record.time, fail) } : {}),
    roles,
    map,
    ...(rule.expected ? { expected: true } : {}),
  };
}

/** Every member of a declared Meta spec as the row the reader runs, in declaration order; a rule keyed by no declared member is an error. */
export function compileMeta(spec: PlatformSpec<MetaMapperId>, rules: Readonly<Record<string, MetaRule>>): MetaFileSpec[] {
  const ids = new Set(spec.members.map((m) => m.id));
  for (const id of Object.keys(rules)) if (!ids.has(id)) throw new Error(`${spec.platform}/${id}: a rule in rules.ts for no member of the declared spec`);
  return spec.members.map((m) => compileMember(spec.platform, m, rules[m.id]));
}

/**
 * What a platform's rules say that its declared spec does not use: a rule of a member that is not
 * parsed, a mapping field the member's mapper does not read. Compiling tolerates both (a test may
 * switch a member off or change its mapper in the declared spec alone); the shipped rules have none.
 */
export function unusedRules(spec: PlatformSpec<MetaMapperId>, rules: Readonly<Record<string, MetaRule>>): string[] {
  const out: string[] = [];
  for (const [id, rule] of Object.entries(rules)) {
    const member = spec.members.find((m) => m.id === id);
    const mapperId = member?.status === 'parsed' ? member.record?.mapperId : undefined;
    if (!mapperId) {
      out.push(`${spec.platform}/${id}: a rule of no parsed member`);
      continue;
    }
    for (const field of MAPPING_FIELDS) {
      if (rule[field] !== undefined && !META_MAPPERS[mapperId].uses.includes(field)) out.push(`${spec.platform}/${id}: ${field}, which the ${mapperId} mapper does not use`);
    }
  }
  return out;
}

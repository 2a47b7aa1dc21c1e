/**
 * One declared spec format for every platform: per member pattern, what it holds, where its
 * items are (selectors of the common JSON engine, json-stream.ts; CSV rows; TXT blocks), how an
 * item becomes a record (kinds, time fields and their format, text / IP / device / URL fields),
 * which keys are consumed without being mapped (the ledger does not report them), and the
 * documented source the row rests on.
 *
 * Each platform states its export in this form (`<platform>/declared.ts`, listed in
 * `importers/declared.ts`), and for every platform (`readers: 'declared'`) the declared spec is
 * the source the readers consume: which member a path is (`memberAt`), ignored members and their
 * reason, where the items are (the selectors, TXT files, CSV rows), the time keys and their
 * formats, the keys consumed without being mapped, and the mapper (`record.mapperId`, resolved
 * through the platform's one table of mappers keyed by id); what a platform needs beyond the
 * format (TikTok's title templates and role aliases, Meta's templates, roles and mapping rules,
 * X's wrapper keys and the keys its mappers read, Google's reading order and the keys its mappers
 * read) is keyed by member id in `<platform>/rules.ts`. What
 * the mapping code does beyond these fields is named in `record.mapper` (file and function), so
 * a person knows where the rest of the rule lives. `test/unit/importers/spec-format.test.ts`
 * checks every platform's spec against this type and that every member pattern is exercised by a
 * fixture; `<platform>/declared-source.test.ts` that the readers read by the spec they are given.
 */
import type { EventKind, Platform } from '../../../../shared/domain';
import type { FactKind } from '../../../../shared/records';
import type { KeyTree } from './key-tree';

/**
 * How a time field is written: `unix-s` / `unix-ms` numbers (or digits in text), `iso` ISO-8601
 * text, `text`: a platform's own date text read by shared/time.ts (`2024-01-02 10:11:12`,
 * `Tue Mar 05 10:11:12 +0000 2024`, Takeout's localised dates).
 */
export type TimeFormat = 'unix-s' | 'unix-ms' | 'iso' | 'text';

/** What an item becomes: a timeline event of a kind, or a fact of a kind. */
export type RecordKind = `event:${EventKind}` | `fact:${FactKind}`;

export interface RecordSpec<MapperId extends string = string> {
  /** Every kind an item of this member can become. */
  becomes: readonly RecordKind[];
  /**
   * The item's time: the keys tried in order, and how they are written (`format`: one format, or
   * every format the fields use). `formats`, when fields mix formats (Meta: a `Time` label in unix
   * seconds, else a login's `title` as ISO text), is the format of each field, in the order of
   * `fields`; absent, every field is written as `format` says.
   */
  time?: { fields: readonly string[]; format: TimeFormat | readonly TimeFormat[]; formats?: readonly TimeFormat[] };
  /** Keys whose text is the record's searchable text or title. */
  text?: readonly string[];
  ip?: readonly string[];
  /** Keys naming the device: model, system, user agent, device id. */
  device?: readonly string[];
  url?: readonly string[];
  /** The code that applies the rest of the rule (`x/map-access.ts mapIpAudit`), for people. */
  mapper: string;
  /**
   * The mapper the reader calls, for platforms whose readers consume this spec: an id of the
   * platform's one mapper table (a typo is a type error there, an unknown id an error when the
   * spec is compiled). Absent where the readers still read the platform's own table.
   */
  mapperId?: MapperId;
}

/**
 * Where a member's items are: JSON selectors (per root kind when the root decides, e.g. Google's
 * on-device Timeline is an object on Android and an array on iOS), CSV rows, or TXT blocks.
 */
export type ItemsSpec =
  | { json: { object?: readonly string[]; array?: readonly string[] } }
  | { csv: 'rows' }
  | { txt: 'blocks' };

/** A member pattern: a file name (any folder, case-insensitive), a path suffix with `/`, or a RegExp on the whole path. */
export type MemberPattern = string | RegExp;

export interface MemberSpec<MapperId extends string = string> {
  /** Unique within the platform. */
  id: string;
  /** What the member holds, in words (coverage, docs). */
  holds: string;
  files: readonly MemberPattern[];
  status: 'parsed' | 'ignored';
  /** Why an ignored member is not read. */
  reason?: string;
  /**
   * Parsed members: where the items are. An ignored member that shares a file with parsed ones
   * (TikTok's sections of user_data.json) says where it sits too, so the reader can name it ignored.
   */
  items?: ItemsSpec;
  /** Parsed members: what an item becomes. */
  record?: RecordSpec<MapperId>;
  /**
   * Keys known and consumed without being mapped (not reported as unread): relative to each item
   * (`tweet.lang`), or absolute, a selector path to the key (`$.rawSignals.*.wifiScan`: of the
   * items of one selector only; X: keys of the containers around deep records).
   */
  consumed?: readonly string[];
  /** The documented source: a section of reference/export-formats.md, with its confidence tag where weak. */
  source: string;
}

export interface PlatformSpec<MapperId extends string = string> {
  platform: Platform;
  /** Importer ids reading this export (`tiktok-json`, `tiktok-txt`). */
  importers: readonly string[];
  /**
   * `declared`: the importers read this spec (members, statuses, selectors, consumed keys, mapper
   * ids); `own-table` (or absent): it is derived from the platform's own table, which the
   * importers read.
   */
  readers?: 'declared' | 'own-table';
  members: readonly MemberSpec<MapperId>[];
}

/** The keys a key tree consumes with a reason (`activity`, `deviceSpec.device`): known, not mapped. */
export function consumedOf(tree: KeyTree, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, leaf] of Object.entries(tree)) {
    if (typeof leaf === 'string') out.push(`${prefix}${key}`);
    else if (leaf !== true) out.push(...consumedOf(leaf, `${prefix}${key}.`));
  }
  return out;
}

/** True when `path` matches a member pattern (file names compared case-insensitively, as the importers do). */
export function matchesMember(pattern: MemberPattern, path: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(path);
  const p = path.toLowerCase();
  const want = pattern.toLowerCase();
  if (!want.includes('/')) return (p.split('/').pop() ?? '') === want;
  return p === want || p.endsWith(`/${want}`);
}

/**
 * The first member of `spec` (in declaration order) a path inside an export is: the one common
 * lookup by `matchesMember`. `accept` narrows the members tried (a reader of TXT files wants the
 * TXT members); several members may share one file (TikTok's sections of user_data.json).
 */
export function memberAt<M extends MemberSpec>(spec: { members: readonly M[] }, path: string, accept: (m: M) => boolean = () => true): M | undefined {
  return spec.members.find((m) => accept(m) && m.files.some((p) => matchesMember(p, path)));
}

/** A selector the common engine accepts: `$`, then `.`-separated non-empty segments. */
function validSelector(s: string): boolean {
  return /^\$(\.[^.]+)+$/.test(s);
}

/** What is wrong with a platform's spec (empty when it is of the declared type in every row). */
export function specProblems(spec: PlatformSpec): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const m of spec.members) {
    const at = `${spec.platform}/${m.id}`;
    if (ids.has(m.id)) problems.push(`${at}: duplicate id`);
    ids.add(m.id);
    if (m.files.length === 0) problems.push(`${at}: no member pattern`);
    if (m.holds.trim() === '') problems.push(`${at}: says nothing about what it holds`);
    if (m.source.trim() === '') problems.push(`${at}: no documented source`);
    if (m.status === 'ignored') {
      if (!m.reason) problems.push(`${at}: ignored without a reason`);
      continue;
    }
    if (!m.items) problems.push(`${at}: parsed, but where its items are is not said`);
    else if ('json' in m.items) {
      const all = [...(m.items.json.object ?? []), ...(m.items.json.array ?? [])];
      if (all.length === 0) problems.push(`${at}: no JSON selector`);
      for (const s of all) if (!validSelector(s)) problems.push(`${at}: ${JSON.stringify(s)} is not a selector of the JSON engine`);
    }
    if (!m.record) problems.push(`${at}: parsed, but what an item becomes is not said`);
    else {
      if (m.record.becomes.length === 0) problems.push(`${at}: becomes nothing`);
      if (m.record.mapper.trim() === '') problems.push(`${at}: no mapper named`);
      if (m.record.time && m.record.time.fields.length === 0) problems.push(`${at}: a time without fields`);
      const time = m.record.time;
      if (time?.formats) {
        const allowed: readonly TimeFormat[] = typeof time.format === 'string' ? [time.format] : time.format;
        if (time.formats.length !== time.fields.length) problems.push(`${at}: ${time.formats.length} time formats for ${time.fields.length} time fields`);
        for (const f of time.formats) if (!allowed.includes(f)) problems.push(`${at}: time format ${f} is not among ${JSON.stringify(time.format)}`);
      }
    }
  }
  return problems;
}

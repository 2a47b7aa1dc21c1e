/**
 * What the two Meta declared specs (instagram/declared.ts, facebook/declared.ts) are written
 * with: the common spec format (common/spec-format.ts), Meta's mapper ids, and small builders
 * for the shapes Meta files take. The declared spec is the source the Meta reader consumes
 * (compile.ts turns it and the platform's rules.ts into the rows read-member.ts runs):
 *
 * - `files`: file names found in any folder (reference §0.1), path suffixes, RegExps;
 * - `items.json`: where the records are, per root kind. `$.<key>.*` a list of records under a
 *   root key (a dotted key names a list one object deeper); `$.<key>` (no `.*`) one object under
 *   a root key, delivered whole (Facebook `profile_v2`); object `$.*` a root object that is
 *   itself the one record (put back together from its top-level values); array `$.*` a root list
 *   of records (2025 files drop the root key). Selectors of context (a thread's
 *   `$.participants.*`) are named in the rule;
 * - `record`: what a record becomes, its time keys with the format of each (`formats` where a
 *   row mixes unix seconds and ISO text), the keys of its text, IP, device and URL, and
 *   `mapperId` (mappers.ts META_MAPPERS);
 * - `consumed`: keys and labels known and deliberately not mapped (not reported unread); a key
 *   named here is consumed with everything below it;
 * - ignored members with the reason coverage shows.
 *
 * Layout-specific code: read-member.ts (Meta's text repair, root records put back together,
 * thread participants as context), fields.ts (the three labelled-entry shapes).
 */
import type { ItemsSpec, MemberPattern, MemberSpec, RecordSpec, TimeFormat } from '../common/spec-format';
import type { TimeKey, TimeUnit } from './spec-types';

/** The mappers of mappers.ts (META_MAPPERS), by id: the seven mapping kinds. */
export type MetaMapperId = 'event' | 'fact' | 'profile' | 'names' | 'off-platform' | 'media' | 'message';

/** For people: where each mapper's code is. */
export const MAPPER_CODE: Readonly<Record<MetaMapperId, string>> = {
  event: 'meta/map-item.ts (event: title templates, action rules)',
  fact: 'meta/map-item.ts (fact: name, details, flags)',
  profile: 'meta/map-item.ts (profile: one fact per field, owner names)',
  names: 'meta/map-item.ts (names: one fact per name)',
  'off-platform': 'meta/map-off-platform.ts',
  media: 'meta/map-media.ts (media lists, EXIF upload IP and place)',
  message: 'meta/map-item.ts (thread message, counterpart from participants)',
};

export const FORMAT_OF_UNIT: Readonly<Record<TimeUnit, TimeFormat>> = { s: 'unix-s', ms: 'unix-ms', text: 'iso' };

/** Time keys in unix seconds. */
export const secs = (...keys: readonly string[]): TimeKey[] => keys.map((k): TimeKey => [k, 's']);

/** Time keys with their units, as the common format writes them: one format, or each field's. */
export function timeOf(keys: readonly TimeKey[]): NonNullable<RecordSpec['time']> {
  const formats = keys.map(([, unit]) => FORMAT_OF_UNIT[unit]);
  const distinct = [...new Set(formats)];
  return {
    fields: keys.map(([key]) => key),
    format: distinct.length === 1 ? distinct[0]! : distinct,
    ...(distinct.length > 1 ? { formats } : {}),
  };
}

// ------------------------------------------------------------------ where the records are

/** Lists of records under root keys (`$.<key>.*`), and a root list of records (`$.*`). */
export const listsOrRootList = (...keys: readonly string[]): ItemsSpec => ({ json: { object: keys.map((k) => `$.${k}.*`), array: ['$.*'] } });
/** Lists of records under root keys only. */
export const listsIn = (...keys: readonly string[]): ItemsSpec => ({ json: { object: keys.map((k) => `$.${k}.*`) } });
/** A root list of records only (files without a root key). */
export const rootList = (): ItemsSpec => ({ json: { array: ['$.*'] } });
/** One object under a root key, delivered whole. */
export const wholeAt = (key: string): ItemsSpec => ({ json: { object: [`$.${key}`] } });
/** A root object that is itself the one record (`$.*`: its top-level values), or a root list of records. */
export const rootRecordOrList = (): ItemsSpec => ({ json: { object: ['$.*'], array: ['$.*'] } });

// ------------------------------------------------------------------ members

type DeclaredRecord = Omit<RecordSpec<MetaMapperId>, 'mapper'> & { mapperId: MetaMapperId };

interface Parsed {
  id: string;
  holds: string;
  files: readonly MemberPattern[];
  items: ItemsSpec;
  record: DeclaredRecord;
  consumed?: readonly string[];
}

/** A parsed member of a platform whose rows rest on `source`; the mapper named for people from its id. */
export function parsedIn(source: string): (p: Parsed) => MemberSpec<MetaMapperId> {
  return (p) => ({
    id: p.id, holds: p.holds, files: p.files, status: 'parsed', items: p.items,
    record: { ...p.record, mapper: MAPPER_CODE[p.record.mapperId] },
    ...(p.consumed ? { consumed: p.consumed } : {}),
    source,
  });
}

/** A member known and deliberately not read, with why. */
export function ignoredIn(source: string): (id: string, holds: string, files: readonly MemberPattern[], reason: string) => MemberSpec<MetaMapperId> {
  return (id, holds, files, reason) => ({ id, holds, files, status: 'ignored', reason, source });
}

/**
 * What the Meta reader needs beyond a declared spec (instagram/declared.ts,
 * facebook/declared.ts), keyed by member id there in each platform's rules.ts: the keys and
 * labels of the roles the common format has no slot for (counterpart, advertiser, action,
 * cookie, location…), how the declared device keys split into user agent, model, system and
 * identifiers, which declared selectors are context, the older root keys of a root-record file,
 * whether coverage expects the file, and the mapping's own vocabulary: title and text templates
 * with `{role}` holes, action rules, a fact's name, details, flags and extra events, a profile's
 * fields and owner names. compile.ts joins them; a rule the declared member cannot use is an
 * error naming the member.
 */
import type { EventKind } from '../../../../shared/domain';
import type { ActionRule, FactMapping, ProfileMapping, Role } from './spec-types';

/** Roles the declared record states itself: its text, IP and URL keys. */
type DeclaredRole = 'text' | 'ip' | 'url';
/** Roles whose keys together are the declared record's `device` keys. */
export type DeviceRole = 'userAgent' | 'model' | 'system' | 'deviceId' | 'deviceText';
export const DEVICE_ROLES: readonly DeviceRole[] = ['userAgent', 'model', 'system', 'deviceId', 'deviceText'];

export interface MetaRule {
  /** Keys and labels per role the common format has no slot for; each role lists its aliases across versions and languages. */
  roles?: Partial<Record<Exclude<Role, DeclaredRole | DeviceRole>, readonly string[]>>;
  /** The declared `record.device` keys, per device role (every declared device key in exactly one role's list). */
  device?: Partial<Record<DeviceRole, readonly string[]>>;
  /** Declared selectors (`$.<key>.*`) that are context for the records, not records (a thread's `participants`). */
  context?: readonly string[];
  /**
   * A member whose root object is itself the one record (declared object selector `$.*`): root
   * keys under which an older layout of the same file lists the records instead.
   */
  rootKeys?: readonly string[];
  /** Coverage reports the file "expected but missing" when absent (single-name members only). */
  expected?: boolean;
  /** Event, media and message members: title templates; the first whose holes all fill wins. */
  title?: readonly string[];
  /** Event members: templates for the searchable text when the `text` role is empty. */
  text?: readonly string[];
  /** Event members: the first rule matching the `action` role decides the kind (the declared first event kind is the default). */
  actions?: readonly ActionRule[];
  /** Event members: also collect URLs written inside the text. */
  scanText?: boolean;
  /** Fact members: the fact's name, value, details, flags and the events it also gives (their kinds are declared in `becomes`). */
  fact?: Omit<FactMapping, 'type' | 'fact'>;
  /** Profile members: the fields, the owner's names, the creation event (declared `event:security`), a name prefix. */
  profile?: Omit<ProfileMapping, 'type'>;
  /** Names members: the value every fact of the list carries. */
  names?: { value?: string };
}

/** The kinds a fact rule's extra events have (for the check against the declared `becomes`). */
export function factEventKinds(fact: Omit<FactMapping, 'type' | 'fact'>): EventKind[] {
  return [...(fact.also ? [fact.also.kind] : []), ...(fact.alsoAt ?? []).map((a) => a.kind)];
}

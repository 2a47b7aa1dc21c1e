/**
 * Spec roles → values for one record, and the records' shared shape before provenance is added.
 */
import type { EventRecord, FactRecord, ImportRecord, RecordOrigin } from '../../../../shared/records';
import type { JsonKey } from '../common/json-pointer';
import type { FieldBag } from './fields';
import type { Role, Roles } from './spec-types';

export type RoleValues = Partial<Record<Role, string>>;

/** The first non-empty alias per role. */
export function roleValues(roles: Roles, bag: FieldBag): RoleValues {
  const values: RoleValues = {};
  for (const role of Object.keys(roles) as Role[]) {
    const text = bag.text(roles[role]);
    if (text !== undefined && text !== '') values[role] = text;
  }
  return values;
}

type WithoutOrigin<T> = T extends unknown ? Omit<T, keyof RecordOrigin> : never;

/** A record without member, pointer and raw: the mappers stay free of provenance plumbing. */
export type RecordBody = WithoutOrigin<ImportRecord>;
export type EventBody = Omit<EventRecord, keyof RecordOrigin>;
export type FactBody = Omit<FactRecord, keyof RecordOrigin>;

/** A mapped record and where it sits inside the item (`[]` = the item itself). */
export interface Draft {
  body: RecordBody;
  at: JsonKey[];
}

/** Context a record gets from its file rather than from its own fields. */
export interface MapContext {
  /** The account owner's names (from the profile), to tell the other side of a thread. */
  owners: ReadonlySet<string>;
  /** Messages: the thread's other participants, joined. */
  counterpart?: string;
}

export interface MapResult {
  drafts: Draft[];
  /** Why an item gave no record (`no name`): counted as dropped in the member's ledger. */
  dropped?: string;
  /** Profile records: the owner's names they state. */
  owners?: string[];
}

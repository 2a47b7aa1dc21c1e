/**
 * Streams one X data file: checked text → preface stripped (preface.ts) → the records at the
 * spec's item paths (the common engine, common/json-stream.ts) → the spec's pure mapper → records
 * with member, pointer (into the JSON after the preface) and raw. Never reads a file whole.
 */
import type { ImportRecord } from '../../../../shared/records';
import { streamJson } from '../common/json-stream';
import { toPointer, type JsonKey } from '../common/json-pointer';
import { asText } from '../common/keys';
import { MemberNotes } from '../common/member-notes';
import { jsonPositions, memberText, newTextInfo } from '../common/member-text';
import type { ImportContext } from '../types';
import { reportUnmapped, type KeyTree } from '../common/key-tree';
import { aroundKeyWalk } from './around-keys';
import {
  mapAccount, mapAccountCreationIp, mapConnectedApp, mapDeviceToken, mapEmailChange, mapIpAudit, mapKeyRegistry, mapNiDevice, mapPhoneNumber,
  mapProtectedHistory, mapScreenNameChange, mapSuspension, mapTimezone,
} from './map-access';
import { mapAdConversion, mapAdEngagement, mapAdImpression, mapPersonalization } from './map-ads';
import { mapDeletedTweet, mapDirectMessage, mapLike, mapTweet } from './map-content';
import type { XItem, XState } from './map-util';
import { stripYtdPreface, type Preface } from './preface';
import type { XMapperId } from './declared';
import type { XFileSpec } from './spec';

type MapFn = (item: XItem, member: string, state: XState) => ImportRecord[] | null;

/** The one mapper table: a declared `record.mapperId` → the pure mapper the reader calls. */
export const MAPPERS: Readonly<Record<XMapperId, MapFn>> = {
  ipAudit: mapIpAudit, accountCreationIp: mapAccountCreationIp, connectedApp: mapConnectedApp, deviceToken: mapDeviceToken,
  niDevice: mapNiDevice, account: mapAccount, emailChange: mapEmailChange, screenNameChange: mapScreenNameChange,
  phoneNumber: mapPhoneNumber, timezone: mapTimezone, adImpression: mapAdImpression, adEngagement: mapAdEngagement,
  personalization: mapPersonalization, tweet: mapTweet, deletedTweet: mapDeletedTweet, dm: mapDirectMessage, like: mapLike,
  keyRegistry: mapKeyRegistry, suspension: mapSuspension, protectedHistory: mapProtectedHistory, adConversion: mapAdConversion,
};

/** `$.*.dmConversation.conversationId` → `['*', 'dmConversation', 'conversationId']`. */
function pathSegments(jsonPath: string): string[] {
  return jsonPath.replace(/^\$\.?/, '').split('.');
}

function matchesPath(path: readonly JsonKey[], segments: readonly string[]): boolean {
  return path.length === segments.length && segments.every((s, i) => s === '*' || s === path[i]);
}

/** The key tree for one item: an item without its wrapper (2019 tweets) is the wrapped record itself. */
function treeFor(spec: XFileSpec, value: unknown): KeyTree {
  const inner = spec.wrapper === undefined ? undefined : spec.keys[spec.wrapper];
  const wrapped = value !== null && typeof value === 'object' && spec.wrapper !== undefined && spec.wrapper in value;
  return typeof inner === 'object' && !wrapped ? inner : spec.keys;
}

export async function* readDataFile(ctx: ImportContext, member: string, spec: XFileSpec, state: XState): AsyncGenerator<ImportRecord> {
  const text = newTextInfo();
  const preface: Partial<Preface> = {};
  const notes = new MemberNotes(member);
  const map = MAPPERS[spec.map] as MapFn | undefined; // a spec copy may name anything
  if (!map) throw new Error(`x/${spec.id}: mapper ${JSON.stringify(spec.map)} is not in readers.ts MAPPERS`);
  const deep = spec.items.some((p) => p !== '$.*');
  const chunks = stripYtdPreface(memberText(ctx, member, { bytes: true }, text), member, preface);
  // Records selected below the array items: each array item is selected too and arrives, after
  // its records, as the containers around them, whose keys are checked (around-keys.ts).
  const around = deep ? aroundKeyWalk([...spec.items, ...(spec.context ?? []), ...(spec.around ?? [])]) : undefined;
  const items = streamJson(chunks, {
    member,
    select: (root) => (root === 'array'
      ? [...spec.items, ...(spec.context ?? []), ...(deep ? ['$.*'] : [])]
      : `expected a JSON array after "window.YTD.${preface.name ?? '…'}.part${preface.part ?? 0} ="; found a JSON object`),
    signal: ctx.signal,
    ...jsonPositions(text, () => preface.bytes ?? 0),
  });
  let seen = 0;
  let rootItems = 0;
  const contextPaths = (spec.context ?? []).map(pathSegments);
  // The context values of the array item being read (`conversationId`), replaced at the next item.
  let context: { root: JsonKey | undefined; values: Record<string, string> } = { root: undefined, values: {} };
  for await (const batch of items) {
    const out: ImportRecord[] = [];
    for (const unit of batch) {
      if (around && unit.path.length === 1) {
        rootItems++;
        around(ctx.ledger, member, unit.value, unit.path);
        continue;
      }
      if (contextPaths.some((segments) => matchesPath(unit.path, segments))) {
        if (unit.path[0] !== context.root) context = { root: unit.path[0], values: {} };
        const key = unit.path[unit.path.length - 1];
        const value = asText(unit.value);
        if (typeof key === 'string' && value !== undefined) context.values[key] = value;
        continue;
      }
      seen++;
      ctx.ledger.found(member);
      const records = map({ value: unit.value, path: unit.path, ...(unit.path[0] === context.root ? { context: context.values } : {}) }, member, state);
      if (records === null || records.length === 0) {
        notes.skip(toPointer(unit.path));
        ctx.ledger.dropped(member, 'unexpected shape', toPointer(unit.path));
        continue;
      }
      reportUnmapped(ctx.ledger, member, unit.value, unit.path, treeFor(spec, unit.value));
      for (const record of records) {
        if (!spec.borrowsTime) notes.check(record);
        out.push(record);
      }
    }
    yield* out;
  }
  // Records selected deeper than the array items (ad impressions, DMs): a non-empty file where
  // none sat in the expected place has a shape this parser does not know.
  if (seen === 0 && rootItems > 0 && deep) {
    notes.note(`${rootItems} item(s) in the file, but no records where ${spec.label.toLowerCase()} are expected (${spec.items.join(', ')})`);
    ctx.ledger.found(member, rootItems);
    ctx.ledger.dropped(member, 'not where the records are expected', '/0', rootItems);
  }
  notes.report(ctx);
}

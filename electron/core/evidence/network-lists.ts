/**
 * Reads the hosting / datacenter / VPN ASN lists and the reviewed overrides that
 * scripts/build-data.mjs compiled from resources/network-lists/ (about 11 kB of JSON, read in
 * well under a millisecond). Checked on load: a malformed file is a build error, not a guess.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NETWORK_KINDS, type NetworkKind } from '../../../shared/domain';
import { MissingDataError } from './data-dir';
import type { AsnList, NetworkLists, NetworkOverride } from './network-kinds';

export const NETWORK_LISTS_FILE = 'network-lists.json';

const isKind = (k: unknown): k is NetworkKind => typeof k === 'string' && (NETWORK_KINDS as readonly string[]).includes(k);

/** Validates the compiled document; throws MissingDataError (rebuild) on anything unexpected. */
export function parseNetworkLists(json: unknown, where: string): NetworkLists {
  const bad = (why: string): never => { throw new MissingDataError(`${where}: ${why}`); };
  if (typeof json !== 'object' || json === null) return bad('not an object');
  const doc = json as { formatVersion?: unknown; lists?: unknown; overrides?: unknown };
  if (doc.formatVersion !== 1) bad(`format version ${String(doc.formatVersion)} is not 1`);
  if (!Array.isArray(doc.lists) || !Array.isArray(doc.overrides)) return bad('lists or overrides missing');
  const lists = (doc.lists as Partial<AsnList>[]).map((l): AsnList => {
    if (typeof l.id !== 'string' || !isKind(l.kind) || typeof l.date !== 'string' || typeof l.licence !== 'string' || !Array.isArray(l.asns)) {
      return bad('a list entry is malformed');
    }
    return { id: l.id, kind: l.kind, date: l.date, licence: l.licence, asns: l.asns };
  });
  const overrides = (doc.overrides as Partial<NetworkOverride>[]).map((o): NetworkOverride => {
    if (typeof o.asn !== 'number' || !isKind(o.kind) || typeof o.reason !== 'string' || typeof o.source !== 'string') {
      return bad('an override entry is malformed');
    }
    return { asn: o.asn, kind: o.kind, reason: o.reason, source: o.source };
  });
  return { lists, overrides };
}

export function loadNetworkLists(generatedDir: string): NetworkLists {
  const p = path.join(generatedDir, NETWORK_LISTS_FILE);
  if (!fs.existsSync(p)) throw new MissingDataError(`${p} is missing`);
  return parseNetworkLists(JSON.parse(fs.readFileSync(p, 'utf8')) as unknown, p);
}

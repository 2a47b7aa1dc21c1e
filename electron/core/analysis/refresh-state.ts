/**
 * When to recheck the stored classifications (refresh-ips.ts, refresh-hosts.ts): only when the
 * rules they came from differ from the ones this process runs. The fingerprint covers the app
 * version (wording and code), the host rules, the curated ASN table, the owner-name rules, the
 * network lists and overrides, and the datasets' credits (their dates change with the data).
 * Rows written by an import already use the current rules, so a profile is rechecked once per
 * upgrade, not on every analysis.
 */
import { createHash } from 'node:crypto';
import { HOST_RULES } from '../evidence/host-rules';
import type { EvidenceKit } from '../evidence/load';
import { NETWORK_TABLE } from '../evidence/network-kinds';
import { OWNER_NAME_RULES, PERSON_WORDS } from '../evidence/owner-name-rules';
import { metaValue, setMetaValue } from '../store/analysis-rows';
import type { Db } from '../store/db';
import { VERSION } from '../version';

const KEY = 'classification-rules';

export function classificationFingerprint(kit: EvidenceKit): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({
    version: VERSION,
    hosts: HOST_RULES.map((r) => [r.id, r.pattern.source, r.owner, r.grade, r.basis, r.location, r.token ?? null, r.confidence ?? null]),
    table: NETWORK_TABLE,
    names: [PERSON_WORDS.source, ...OWNER_NAME_RULES.map((r) => [r.kind, r.pattern.source, r.weak])],
    lists: kit.ip.networkLists,
    datasets: kit.datasets,
  }));
  return h.digest('hex');
}

export function storedFingerprint(db: Db): string | null {
  return metaValue(db, KEY);
}

export function storeFingerprint(db: Db, value: string): void {
  setMetaValue(db, KEY, value);
}

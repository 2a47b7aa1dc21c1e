/**
 * Group `ip`: IP intelligence lookups per second (country + registry country + ASN/org +
 * network kind per address) and the time to load the datasets, each load in a fresh child
 * process (a second load in one process would hit warm caches).
 *
 * Addresses are random public-looking IPv4 (90 %) and IPv6 (10 %), generated up front so the
 * loop measures lookups, not string building; every address is looked up once per round.
 */
import { createRng } from '../test/fixtures/generators/rng';
import { loadIpIntel } from '../electron/core/evidence';
import { figure, type Figure } from './report';
import { log, median, round, runChild } from './util';

const TARGET_LOOKUPS = 1_000_000;
const TARGET_LOAD_MS = 150;
const ADDRESSES = 200_000;

function addresses(v6Share: number, seed: number): string[] {
  const rng = createRng(seed);
  const out: string[] = [];
  for (let i = 0; i < ADDRESSES; i++) {
    if (rng.next() < v6Share) {
      const head = rng.pick(['2003', '2a02', '2a01', '2001', '2600', '2406', '2c0f']);
      out.push(`${head}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}`);
    } else {
      out.push(`${rng.int(1, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`);
    }
  }
  return out;
}

function lookupsPerSecond(lookup: (ip: string) => unknown, ips: readonly string[], rounds: number): { rate: number; rates: number[] } {
  let sink = 0;
  for (const ip of ips.slice(0, 20_000)) if (lookup(ip)) sink++; // warm-up: JIT and the per-ASN class cache
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (const ip of ips) if (lookup(ip)) sink++;
    rates.push(ips.length / ((performance.now() - t) / 1000));
  }
  if (sink < 0) log('unreachable'); // keeps the results observably used
  return { rate: median(rates), rates };
}

export async function runIpGroup(opts: { loads: number }): Promise<Figure[]> {
  log('ip: lookups');
  const intel = loadIpIntel();
  const lookup = (ip: string): unknown => intel.lookup(ip);
  const mixed = lookupsPerSecond(lookup, addresses(0.1, 11), 7);
  const v4 = lookupsPerSecond(lookup, addresses(0, 12), 5);
  const v6 = lookupsPerSecond(lookup, addresses(1, 13), 5);

  log(`ip: dataset load time, ${opts.loads} fresh processes each`);
  const ipMs: number[] = [];
  const kitMs: number[] = [];
  for (let i = 0; i < opts.loads; i++) {
    const a = await runChild<{ ms: number }>('ip-load', ['ip']);
    const b = await runChild<{ ms: number }>('ip-load', ['kit']);
    if (a.result) ipMs.push(a.result.ms);
    if (b.result) kitMs.push(b.result.ms);
  }
  const per = (xs: number[]): Record<string, number> => ({ runs: xs.length, min: round(Math.min(...xs)), max: round(Math.max(...xs)) });
  const lookupQ = 'Which part of a lookup dominates (parsing the text, the three range searches, building the answer object)? A numeric-address API or a reused result object would avoid per-call allocation.';
  return [
    figure({ group: 'ip', id: 'ip.lookups_per_s.mixed', label: 'IP lookups (90 % IPv4, 10 % IPv6)', value: mixed.rate, unit: '/s', stats: { rounds: mixed.rates.length }, target: { cmp: '>=', value: TARGET_LOOKUPS }, question: lookupQ }),
    figure({ group: 'ip', id: 'ip.lookups_per_s.v4', label: 'IP lookups, IPv4 only', value: v4.rate, unit: '/s', target: { cmp: '>=', value: TARGET_LOOKUPS }, question: lookupQ }),
    figure({ group: 'ip', id: 'ip.lookups_per_s.v6', label: 'IP lookups, IPv6 only', value: v6.rate, unit: '/s' }),
    figure({
      group: 'ip', id: 'ip.load_ms.ip_intel', label: 'load IP datasets (loadIpIntel, fresh process)', value: median(ipMs), unit: 'ms', stats: per(ipMs),
      target: { cmp: '<', value: TARGET_LOAD_MS }, question: 'Which file dominates the load (JSON parse of the org table or the range tables)? Could the tables be memory-mapped or loaded lazily per family?',
    }),
    figure({
      group: 'ip', id: 'ip.load_ms.evidence_kit', label: 'load evidence kit (IP + airports + hosts, fresh process)', value: median(kitMs), unit: 'ms', stats: per(kitMs),
      target: { cmp: '<', value: TARGET_LOAD_MS }, question: 'The kit adds the airport table and host knowledge to the IP datasets: is the airport JSON worth a compact binary form, or lazy loading on first host classification?',
    }),
  ];
}

/**
 * `npm run bench` — the benchmark suite (not part of `npm test`). Prints one table of figures,
 * each beside its target and each ratio beside the baseline measured in the same run, then the
 * misses with the design question each raises, and writes bench/results/<date>.json.
 * No figure fails the run: a miss is written down, not thrown.
 *
 *   npm run bench                              # all groups, default sizes
 *   npm run bench -- --only queries,ip         # some groups
 *   npm run bench -- --events 200000           # a smaller import (and cold-start profile)
 *   npm run bench -- --full                    # memory also at 1 GB and 2 GB (adds ~40 min)
 *
 * Generated inputs are cached in os.tmpdir()/whereabouts-bench/ (see fixtures.ts).
 */
import { parseArgs } from 'node:util';
import { runColdStartGroup } from './cold-start';
import { runImportGroup } from './import';
import { runIpGroup } from './ip';
import { runMainStallGroup } from './main-stall';
import { DEFAULT_SIZES_MB, FULL_SIZES_MB, runMemoryGroup } from './memory';
import { runQueryGroup } from './queries';
import { figure, machine, misses, table, writeResults, type Figure } from './report';
import { cacheDir, log } from './util';

const GROUPS = ['import', 'memory', 'queries', 'ip', 'cold-start', 'main-stall'] as const;
type Group = (typeof GROUPS)[number];

const USAGE = `Usage: npm run bench -- [options]

  --events N         events in the generated export for import and cold start (default 1000000)
  --full             memory group also at 1 GB and 2 GB of JSON (default 100 MB and 500 MB)
  --only G[,G…]      run only these groups: ${GROUPS.join(', ')}
  --repeat N         runs of each import measurement, median reported (default 1; the bound runs ≥ 3)
  --store-events N   events in the synthetic query store (default 10000000)
  --runs N           timed calls per query (default 50)
  --mem-sizes A,B…   memory group sizes in MB, overriding the defaults
  --cache DIR        cache folder (default: <tmp>/whereabouts-bench)
  --no-save          do not write bench/results/<date>.json`;

function positiveInt(v: string | undefined, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} wants a positive whole number, got "${v}"`);
  return n;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string' }, full: { type: 'boolean' }, only: { type: 'string' }, repeat: { type: 'string' },
      'store-events': { type: 'string' }, runs: { type: 'string' }, 'mem-sizes': { type: 'string' }, cache: { type: 'string' },
      'no-save': { type: 'boolean' }, help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...GROUPS];
  const unknown = only.filter((g) => !(GROUPS as readonly string[]).includes(g));
  if (unknown.length) throw new Error(`unknown group ${unknown.join(', ')}; groups: ${GROUPS.join(', ')}`);
  const groups = new Set(only as Group[]);
  const options = {
    events: positiveInt(values.events, 'events', 1_000_000),
    full: values.full ?? false,
    repeat: positiveInt(values.repeat, 'repeat', 1),
    storeEvents: positiveInt(values['store-events'], 'store-events', 10_000_000),
    runs: positiveInt(values.runs, 'runs', 50),
    memSizesMB: values['mem-sizes']
      ? values['mem-sizes'].split(',').map((s) => positiveInt(s.trim(), 'mem-sizes', 0))
      : values.full ? FULL_SIZES_MB : DEFAULT_SIZES_MB,
    cache: cacheDir(values.cache),
    groups: [...groups],
  };
  if (options.runs < 50) log(`note: --runs ${options.runs} is below the 50 runs the query targets are defined over`);
  log(`options: ${JSON.stringify(options)}`);

  const started = performance.now();
  const figures: Figure[] = [];
  const run = async (g: Group, fn: () => Promise<Figure[]> | Figure[]): Promise<void> => {
    if (!groups.has(g)) return;
    const t = performance.now();
    try {
      figures.push(...(await fn()));
    } catch (err) {
      // One broken group should not hide the others' figures.
      const msg = err instanceof Error ? err.message : String(err);
      log(`${g}: failed: ${msg}`);
      figures.push(figure({ group: g, id: `${g}.error`, label: `${g} group did not complete`, value: null, unit: '', note: msg.split('\n')[0] }));
    }
    log(`${g}: done in ${Math.round((performance.now() - t) / 1000)} s`);
  };

  // Queries first: the import and memory groups write gigabytes, which would push the 10 M store
  // out of the OS cache between its warm-up and its timings.
  await run('queries', () => runQueryGroup({ cache: options.cache, events: options.storeEvents, runs: options.runs }));
  await run('ip', () => runIpGroup({ loads: 5 }));
  await run('cold-start', () => runColdStartGroup({ cache: options.cache, events: options.events, runs: 3 }));
  await run('import', async () => (await runImportGroup({ cache: options.cache, events: options.events, repeat: options.repeat })).figures);
  await run('memory', () => runMemoryGroup({ cache: options.cache, sizesMB: options.memSizesMB }));
  await run('main-stall', () => runMainStallGroup({ cache: options.cache, events: values.events === undefined ? undefined : options.events }));

  const durationS = Math.round((performance.now() - started) / 1000);
  const m = machine();
  const date = new Date().toISOString();
  process.stdout.write(`\nWhereabouts benchmark, ${date.slice(0, 16).replace('T', ' ')} UTC, ${m.cpus} × ${m.cpuModel}, ${m.memGiB} GiB, Node ${m.node}, SQLite ${m.sqlite}, ${durationS} s\n\n`);
  process.stdout.write(`${table(figures)}\n\nMisses:\n${misses(figures)}\n`);
  if (!values['no-save']) {
    const path = writeResults({ date, args: argv, options, machine: m, durationS, figures });
    process.stdout.write(`\nWritten: ${path}\n`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
    process.exit(2);
  },
);

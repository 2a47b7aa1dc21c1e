/**
 * `whereabouts analyze <path>... [--db PATH | --profile NAME] [--json] [--sample] [--persona ID]`: import (or reuse) exports and
 * report on them — a readable summary, or with --json one JSON document on stdout (schema in
 * docs/analyze-json.md). Imports run in this process: the CLI has nothing else to keep responsive.
 */
import { termSafe } from './term-safe';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnalyzeImport } from '../../shared/analyze';
import { loadEvidence } from '../core/analysis/evidence';
import { runImport } from '../core/import/run-import';
import { analyzeDocument, writeAnalyzeJson } from '../core/report/analyze-json';
import { defaultResourcesDir, samplePath } from '../core/resources';
import { openDb } from '../core/store/db';
import { ArgsError, boolOpt, parseArgs } from './args';
import { processIo, type CliIo, type Command } from './command';
import { dbOrDefault, PROFILE_HELP, PROFILE_OPTION } from './profile-option';
import { groupExportPaths } from './group-paths';
import { summaryText } from './summary-text';
import { PERSONA_OPTION, personaPathsFromArgs } from './persona-command';
import { markSynthetic } from '../core/personas/synthetic';

export const ANALYZE_USAGE = `Usage: whereabouts analyze <export.zip | folder | part-001.zip part-002.zip>... [--db PATH | --profile NAME] [--json] [--sample] [--persona ID]

Imports each export into the profile database (an export imported before, same SHA-256, is reused,
never duplicated) and reports who accessed the account and where the data was served from.

  --db PATH   profile database (default: the app's data folder)
${PROFILE_HELP}
  --json      print one JSON document on stdout (see docs/analyze-json.md)
  --sample    analyse the bundled synthetic sample export
  --persona ID  analyse a synthetic workshop persona's exports (whereabouts persona list); repeatable
  --quiet     no progress on stderr

Exit codes: 0 all imported or reused; 1 an export failed (its message names the file and the
problem; the database is unchanged for that export); 2 usage error.`;

export function createAnalyzeCommand(io: CliIo = processIo): Command {
  return {
    name: 'analyze',
    summary: 'Import exports and report access, locations and findings (--json for scripts)',
    usage: ANALYZE_USAGE,
    async run(argv) {
      const args = parseArgs(argv, { db: { type: 'string' }, json: { type: 'boolean' }, sample: { type: 'boolean' }, quiet: { type: 'boolean' }, ...PERSONA_OPTION, ...PROFILE_OPTION });
      const resourcesDir = defaultResourcesDir();
      const paths = args.positionals.map((p) => resolve(p));
      // Paths of bundled synthetic exports: their sources are marked synthetic after import.
      const synthetic = new Set<string>();
      if (boolOpt(args, 'sample', false)) {
        const sample = samplePath(resourcesDir);
        if (!existsSync(sample)) {
          io.err(`The sample export is not built (${sample}); run npm run build.`);
          return 1;
        }
        paths.push(sample);
        synthetic.add(sample);
      }
      for (const p of personaPathsFromArgs(args, resourcesDir)) {
        paths.push(p);
        synthetic.add(p);
      }
      if (paths.length === 0) throw new ArgsError('Give at least one export (a .zip, a folder, or the parts of a split export), --sample or --persona ID.');
      const json = boolOpt(args, 'json', false);
      const quiet = boolOpt(args, 'quiet', false) || !process.stderr.isTTY;
      const { dbPath } = dbOrDefault(args);
      const evidence = loadEvidence(resourcesDir);
      const db = openDb(dbPath);
      evidence.analyseIfStale(db); // findings and flags dropped by a migration (schema 9) are rebuilt first
      try {
        const imports: AnalyzeImport[] = [];
        const sourceIds: number[] = [];
        for (const group of groupExportPaths(paths)) {
          const outcome = await runImport({
            db, paths: group, enricher: evidence.enricher, analyse: evidence.analyse,
            onProgress: quiet ? undefined : (p) => process.stderr.write(`\r${p.phase} ${termSafe(p.file)} ${p.records} records   `),
          });
          if (!quiet) process.stderr.write('\n');
          imports.push({ path: group.join(' + '), status: outcome.status, message: outcome.message });
          sourceIds.push(...outcome.sourceIds);
          if (group.every((p) => synthetic.has(p))) markSynthetic(db, outcome.sourceIds);
          if (outcome.status === 'failed' || outcome.status === 'cancelled') io.err(outcome.message ?? 'import failed');
          else if (outcome.message && !(json && outcome.status === 'already-imported')) io.err(outcome.message);
        }
        const ids = [...new Set(sourceIds)];
        if (json) {
          // Streamed: a finding can cite every event of the export (issue 15, memory flat).
          const write = io.write?.bind(io);
          if (write) {
            await writeAnalyzeJson(db, ids, evidence.datasets, imports, write);
            await write('\n');
          } else {
            const parts: string[] = [];
            await writeAnalyzeJson(db, ids, evidence.datasets, imports, (t) => void parts.push(t));
            io.out(parts.join(''));
          }
        } else io.out(summaryText(analyzeDocument(db, ids, evidence.datasets, imports), dbPath));
        return imports.some((i) => i.status === 'failed' || i.status === 'cancelled') ? 1 : 0;
      } finally {
        db.close();
      }
    },
  };
}

/**
 * The workshop channels over one profile (docs/workshops.md): personas, group summaries and
 * request letters. Thin: the work is in core/personas, core/aggregate and core/letter, the same
 * modules the CLI runs, so the app and `whereabouts aggregate|letter|persona` agree.
 */
import type { Db } from '../store/db';
import { mergeSummaries, participantSummary } from '../aggregate/build';
import { collectCells } from '../aggregate/collect';
import { AggregateFormatError, parseAggregate } from '../aggregate/format';
import { composeLetter } from '../letter/compose';
import { platformGaps } from '../letter/gaps';
import { REQUEST_INFO } from '../letter/request-info';
import { join } from 'node:path';
import { personaById, personaList, PERSONAS } from '../personas/catalogue';
import { PersonaError, personaPaths, personasDir } from '../personas/paths';
import { ApiError, type Handlers } from './types';

export type WorkshopChannel = 'personas.list' | 'import.persona' | 'aggregate.make' | 'aggregate.merge' | 'letter.info' | 'letter.compose';

export interface WorkshopDeps {
  db: () => Db;
  resourcesDir: string;
  /** Starts one import job per export and answers one id for them all (grouped-jobs.ts). */
  startGroup(exports: string[][]): string;
}

/** The core's aggregate errors already name the file; they become a bad-request the page shows as is. */
function summaryError(err: unknown): never {
  if (err instanceof AggregateFormatError) throw new ApiError('bad-request', err.message);
  throw err;
}

export function createWorkshopHandlers(d: WorkshopDeps): Pick<Handlers, WorkshopChannel> {
  return {
    'personas.list': async () => personaList(),
    'import.persona': async (req) => {
      try {
        personaPaths(d.resourcesDir, req.id); // every file is there, or a message saying what is missing
      } catch (err) {
        if (!(err instanceof PersonaError)) throw err;
        // Unknown id: not-found; known but not built into this copy: the sample's code (missing from the build).
        throw new ApiError(PERSONAS.some((p) => p.id === req.id) ? 'no-sample' : 'not-found', err.message);
      }
      // One job per export, its split parts together (the catalogue lists them per export).
      const persona = personaById(req.id)!;
      const exports = persona.exports.map((e) => e.files.map((f) => join(personasDir(d.resourcesDir), persona.id, f)));
      return { jobId: d.startGroup(exports) };
    },
    'aggregate.make': async (req) => {
      const collected = collectCells(d.db(), req.includeSynthetic);
      if (collected.sources === 0) {
        throw new ApiError('no-data', req.includeSynthetic
          ? 'This profile has no exports to summarise.'
          : 'This profile has no exports of a person to summarise (persona and sample sources count only when included).');
      }
      try {
        return participantSummary(collected.cells, req.k, collected.synthetic);
      } catch (err) {
        return summaryError(err);
      }
    },
    'aggregate.merge': async (req) => {
      try {
        return mergeSummaries(req.files.map((f) => ({ label: f.name, file: parseAggregate(f.text, f.name) })));
      } catch (err) {
        return summaryError(err);
      }
    },
    'letter.info': async (req) => structuredClone(REQUEST_INFO[req.platform]),
    'letter.compose': async (req) => {
      const info = REQUEST_INFO[req.platform];
      const gaps = platformGaps(d.db(), req.platform);
      // Without an export of that platform in the profile the letter is the general request (as the CLI without --db).
      const text = composeLetter(info, gaps.files.length > 0 ? gaps : null, req.jurisdiction);
      return { text: text.endsWith('\n') ? text : `${text}\n`, fileName: `data-request-${req.platform}-${req.jurisdiction}.txt` };
    },
  };
}

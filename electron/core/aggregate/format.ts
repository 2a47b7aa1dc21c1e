/**
 * The k-anonymous group summary (`whereabouts aggregate`, docs/workshops.md). A file carries only
 * categories from closed vocabularies — country codes, network kinds, the host owners our own
 * rules name, platforms — so no IP, device string, handle or free text can be in it; parsing a
 * file checks every value against the same vocabularies, so a merge cannot carry one in either.
 *
 *   count    participants having the value: the k-anonymous measure
 *   records  how many records have it (sign-ins, served links, imported records), summed
 */
import { AGGREGATE_DIMENSIONS, type AggregateCell, type AggregateDimension, type AggregateFile, type AggregateSuppressed } from '../../../shared/api';
import { NETWORK_KINDS, PLATFORMS } from '../../../shared/domain';
import { HOST_RULES } from '../evidence/host-rules';

export const AGGREGATE_FORMAT = 'whereabouts-aggregate';
export const AGGREGATE_VERSION = 1;

/** The file's types live in shared/api.ts (the app's group view reads them too). */
export const DIMENSIONS = AGGREGATE_DIMENSIONS;
export type Dimension = AggregateDimension;
export type SuppressedCount = AggregateSuppressed;
export type { AggregateCell, AggregateFile };

/** A value the data did not give (no country for an address, no rule for a host). */
export const UNKNOWN = 'unknown';

const OWNERS = new Set(HOST_RULES.map((r) => r.owner));

/** The closed vocabulary of each dimension; anything else is refused. */
export function allowedValue(dimension: Dimension, value: string): boolean {
  if (value === UNKNOWN) return true;
  switch (dimension) {
    case 'sign-in country': return /^[A-Z]{2}$/.test(value);
    case 'sign-in network kind': return (NETWORK_KINDS as readonly string[]).includes(value);
    case 'served-from host owner': return OWNERS.has(value);
    case 'platform': return (PLATFORMS as readonly string[]).includes(value);
  }
}

export class AggregateFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AggregateFormatError';
  }
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Parses and checks a summary file's JSON; `label` names the file in messages. */
export function parseAggregate(text: string, label: string): AggregateFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AggregateFormatError(`${label}: not JSON, so not a Whereabouts group summary.`);
  }
  const o = raw as Partial<Record<keyof AggregateFile, unknown>> | null;
  if (o === null || typeof o !== 'object' || o.format !== AGGREGATE_FORMAT) {
    throw new AggregateFormatError(`${label}: not a Whereabouts group summary (format is not "${AGGREGATE_FORMAT}").`);
  }
  if (o.version !== AGGREGATE_VERSION) {
    throw new AggregateFormatError(`${label}: summary version ${String(o.version)}; this Whereabouts reads version ${AGGREGATE_VERSION}. Make every summary with the same Whereabouts version.`);
  }
  if (!isCount(o.k) || o.k < 1) throw new AggregateFormatError(`${label}: k must be a whole number of at least 1.`);
  if (!isCount(o.participants) || o.participants < 1) throw new AggregateFormatError(`${label}: participants must be a whole number of at least 1.`);
  if (typeof o.synthetic !== 'boolean') throw new AggregateFormatError(`${label}: synthetic must be true or false.`);
  if (!Array.isArray(o.cells) || !Array.isArray(o.suppressed)) throw new AggregateFormatError(`${label}: cells and suppressed must be lists.`);
  const cells: AggregateCell[] = o.cells.map((c: unknown, i) => {
    const cell = c as Partial<AggregateCell> | null;
    const dim = cell?.dimension as Dimension;
    if (!cell || !DIMENSIONS.includes(dim)) throw new AggregateFormatError(`${label}: cell ${i} has an unknown dimension.`);
    if (typeof cell.value !== 'string' || !allowedValue(dim, cell.value)) throw new AggregateFormatError(`${label}: cell ${i} (${dim}) has a value outside its vocabulary; refused so no free text travels.`);
    if (!isCount(cell.count) || !isCount(cell.records)) throw new AggregateFormatError(`${label}: cell ${i} counts must be whole numbers.`);
    return { dimension: dim, value: cell.value, count: cell.count, records: cell.records };
  });
  const suppressed: SuppressedCount[] = o.suppressed.map((s: unknown, i) => {
    const x = s as Partial<SuppressedCount> | null;
    if (!x || !DIMENSIONS.includes(x.dimension as Dimension) || !isCount(x.cells) || !isCount(x.inInputs)) throw new AggregateFormatError(`${label}: suppressed entry ${i} is malformed.`);
    return { dimension: x.dimension as Dimension, cells: x.cells, inInputs: x.inInputs };
  });
  return { format: AGGREGATE_FORMAT, version: AGGREGATE_VERSION, k: o.k, participants: o.participants, synthetic: o.synthetic, cells, suppressed };
}

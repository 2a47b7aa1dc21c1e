/**
 * The stream a caller gets for one member. It sits at the end of the raw → inflate chain and
 * (a) counts the bytes that really come out, holding them to the declared size and the limits,
 * (b) checks the CRC-32 at the end — yauzl itself never does —, (c) turns every upstream error
 * into an ArchiveError that names archive and member, and (d) tears the whole chain down when it
 * ends or is destroyed, so a cancelled import releases its file descriptors.
 */
import { Transform, type Duplex, type Readable, type TransformCallback } from 'node:stream';
import { crc32 } from 'node:zlib';
import { crcError, shortMemberError } from './errors';
import { formatBytes, memberSizeProblem, totalSizeProblem } from './limits';
import { ArchiveError, type ArchiveLimits } from './types';

/**
 * Bytes inflated across one open archive. A member read twice (a peek, then the import) counts
 * once, at the most bytes seen, so re-reading does not eat into the total.
 */
export class InflatedBudget {
  private readonly seen = new Map<string, number>();
  private sum = 0;

  constructor(readonly limits: ArchiveLimits) {}

  /** Record that `member` has produced `bytes` so far; returns the archive-wide total. */
  grow(member: string, bytes: number): number {
    const before = this.seen.get(member) ?? 0;
    if (bytes > before) {
      this.seen.set(member, bytes);
      this.sum += bytes - before;
    }
    return this.sum;
  }
}

export interface MemberCheck {
  /** File name of the archive (or zip part) for messages. */
  file: string;
  /** Member path for messages. */
  member: string;
  /** Exactly this many bytes must come out (zip central directory). */
  declaredBytes?: number;
  /** Bytes on disk, for the ratio check. */
  compressedBytes?: number;
  expectedCrc32?: number;
  /** Limits apply to zips only: a folder's bytes are already on disk, nothing is being unpacked. */
  budget?: InflatedBudget;
}

export interface Stage<S extends Readable = Readable> {
  stream: S;
  /** How an error of this stage reads to a person. */
  explain: (err: unknown) => ArchiveError;
}

class MemberGuard extends Transform {
  private bytes = 0;
  private crc = 0;
  upstream: Readable[] = [];

  constructor(private readonly check: MemberCheck) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    const problem = this.problem();
    if (problem !== null) return callback(problem);
    if (this.check.expectedCrc32 !== undefined) this.crc = crc32(chunk, this.crc);
    callback(null, chunk);
  }

  private problem(): ArchiveError | null {
    const { file, member, declaredBytes, compressedBytes, budget } = this.check;
    if (declaredBytes !== undefined && this.bytes > declaredBytes) {
      return new ArchiveError(
        'bomb',
        file,
        `this file inside the zip holds more data than the zip’s list of contents declares (more than ${formatBytes(this.bytes)} instead of ${formatBytes(declaredBytes)}). The zip may be damaged or built to overwhelm the computer (a “zip bomb”), so Whereabouts stops reading it.`,
        member,
      );
    }
    if (budget === undefined) return null;
    const sizeProblem = memberSizeProblem(budget.limits, this.bytes, compressedBytes ?? this.bytes, 'found');
    if (sizeProblem !== null) return new ArchiveError('bomb', file, sizeProblem, member);
    const totalProblem = totalSizeProblem(budget.limits, budget.grow(member, this.bytes), 'found');
    if (totalProblem !== null) return new ArchiveError('bomb', file, totalProblem, member);
    return null;
  }

  override _flush(callback: TransformCallback): void {
    const { file, member, declaredBytes, expectedCrc32 } = this.check;
    if (declaredBytes !== undefined && this.bytes < declaredBytes) return callback(shortMemberError(file, member, declaredBytes, this.bytes));
    if (expectedCrc32 !== undefined && this.crc >>> 0 !== expectedCrc32 >>> 0) return callback(crcError(file, member));
    callback();
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    // Destroying the raw stream releases its file descriptor (a folder's own fd, or its share
    // of the zip's ref-counted one), and destroying zlib frees native memory now rather than at
    // garbage collection. Waiting for every 'close' makes our own 'close' mean "all released".
    const closed = this.upstream.filter((s) => !s.closed).map((s) => new Promise<void>((resolve) => s.once('close', () => resolve())));
    for (const s of this.upstream) s.destroy();
    void Promise.all(closed).then(() => callback(err));
  }
}

/** Pipe source → transforms → guard and hand back the guard: the only stream callers see. */
export function guardMember(source: Stage, transforms: Stage<Duplex>[], check: MemberCheck): Readable {
  const guard = new MemberGuard(check);
  const stages: Stage[] = [source, ...transforms];
  guard.upstream = stages.map((s) => s.stream);
  for (const stage of stages) stage.stream.on('error', (err) => guard.destroy(stage.explain(err)));
  let tail: Readable = source.stream;
  for (const t of transforms) tail = tail.pipe(t.stream);
  tail.pipe(guard);
  return guard;
}

/** The first `n` bytes of a stream; the stream is destroyed as soon as they are in. */
export function readPrefix(stream: Readable, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let got = 0;
    let settled = false;
    const settle = (err: Error | null): void => {
      if (settled) return;
      settled = true;
      stream.destroy();
      if (err) reject(err);
      else resolve(Buffer.concat(chunks, Math.min(got, n)));
    };
    // Stays attached: a late error after we destroyed the stream must not crash the process.
    stream.on('error', (err) => settle(err));
    stream.on('end', () => settle(null));
    if (n <= 0) return settle(null);
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      chunks.push(chunk);
      got += chunk.length;
      if (got >= n) settle(null);
    });
  });
}

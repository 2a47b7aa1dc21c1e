/**
 * How a multi-file export (Google Takeout, X, Meta) treats a member it cannot read.
 *
 * The Importer contract says: throw for a member that cannot be read at all, and the import
 * fails atomically. That suits TikTok, whose export is one file. A Takeout is dozens of
 * independent files (split over several zips, 2 GB each); one truncated Records.json or one
 * odd CSV must not throw away every other file. So a member's MemberError becomes a problem on
 * that member (coverage shows it as an error, with any records read before the error) and the
 * import goes on. The contract's atomic failure is kept for the export as a whole: when not a
 * single record could be read and some member failed, the first failure is thrown.
 */
import type { ImportRecord } from '../../../../shared/records';
import { MemberError, type ImportContext } from '../types';

export class MemberGuard {
  private records = 0;
  private firstFailure: MemberError | null = null;

  constructor(private readonly ctx: ImportContext) {}

  /**
   * Yields a member's records; a MemberError ends that member as a problem. Other errors (a
   * cancel, an archive error, a bug) still propagate: they are not about this member's content.
   * On success the member is marked parsed.
   */
  async *run(member: string, records: AsyncIterable<ImportRecord>): AsyncGenerator<ImportRecord> {
    try {
      for await (const record of records) {
        this.records++;
        yield record;
      }
      this.ctx.parsed(member);
    } catch (err) {
      if (!(err instanceof MemberError)) throw err;
      this.firstFailure ??= err;
      this.ctx.problem(err.member, err.problem);
    }
  }

  /** Call after the last member: throws when the export gave nothing at all and something failed. */
  finish(): void {
    if (this.records === 0 && this.firstFailure) throw this.firstFailure;
  }
}

/** A member in the order an importer reads it, and how to read it (called when its turn comes). */
export interface MemberRead {
  path: string;
  read(): AsyncIterable<ImportRecord>;
}

/**
 * The import loop every multi-file importer shares: each member in turn through one guard,
 * stopping between members when the import is cancelled, then the whole-export rule (finish).
 */
export async function* readEachMember(ctx: ImportContext, members: readonly MemberRead[]): AsyncGenerator<ImportRecord> {
  const guard = new MemberGuard(ctx);
  for (const member of members) {
    ctx.signal.throwIfAborted();
    yield* guard.run(member.path, member.read());
  }
  guard.finish();
}

/**
 * Per-member bookkeeping of what did not fit while records streamed: items of an unexpected
 * shape, times that could not be read. Reported once per member as one problem each (with a
 * count and the first example), instead of one line per record.
 */
import type { ImportRecord } from '../../../../shared/records';
import type { ImportContext } from '../types';

export class MemberNotes {
  private skipped = 0;
  private skippedExample = '';
  private badTimes = 0;
  private badTimeExample = '';
  private readonly extra: string[] = [];

  constructor(private readonly member: string) {}

  /** An item the mapper could not use; `where` is its pointer. */
  skip(where: string): void {
    if (this.skipped++ === 0) this.skippedExample = where;
  }

  /** Counts events whose time could not be read (they are kept, as facts, by the pipeline). */
  check(record: ImportRecord): void {
    if (record.type === 'event' && record.time.utc === null && this.badTimes++ === 0) {
      this.badTimeExample = `${JSON.stringify(record.time.text)} at ${record.pointer}`;
    }
  }

  note(message: string): void {
    this.extra.push(message);
  }

  report(ctx: ImportContext, what = 'item'): void {
    if (this.skipped > 0) {
      ctx.problem(this.member, `${this.skipped} ${what}(s) of an unexpected shape were skipped (first at ${this.skippedExample})`);
    }
    if (this.badTimes > 0) {
      ctx.problem(this.member, `${this.badTimes} record(s) have a time that could not be read (first: ${this.badTimeExample}); kept without a place on the timeline`);
    }
    for (const message of this.extra) ctx.problem(this.member, message);
  }
}

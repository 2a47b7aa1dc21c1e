/**
 * Progress reporting at most ~10 times a second: an import can write 100k records a second and
 * the UI needs only to look alive and honest. Phase changes are always sent at once.
 */
import type { ImportPhase, ImportProgress } from '../../../shared/api';

type Snapshot = Omit<ImportProgress, 'jobId' | 'phase'>;

export class ProgressThrottle {
  private current: Omit<ImportProgress, 'jobId'>;
  private lastSent = 0;

  constructor(
    private readonly send: ((p: Omit<ImportProgress, 'jobId'>) => void) | undefined,
    initial: Snapshot,
    private readonly intervalMs = 100,
    private readonly clock: () => number = Date.now,
  ) {
    this.current = { ...initial, phase: 'inventory' };
  }

  phase(phase: ImportPhase): void {
    this.current = { ...this.current, phase };
    this.emit(true);
  }

  addBytes(n: number, member: string | null): void {
    this.current.bytesRead += n;
    this.current.member = member;
    this.emit(false);
  }

  /** A new phase measures against a new total (disk bytes while hashing, then member bytes). */
  setTotal(bytesTotal: number): void {
    this.current.bytesTotal = bytesTotal;
    this.current.bytesRead = 0;
  }

  memberDone(): void {
    this.current.membersDone++;
    this.emit(false);
  }

  setRecords(n: number): void {
    this.current.records = n;
    this.emit(false);
  }

  flush(): void {
    this.emit(true);
  }

  private emit(force: boolean): void {
    if (!this.send) return;
    const now = this.clock();
    if (!force && now - this.lastSent < this.intervalMs) return;
    this.lastSent = now;
    this.send({ ...this.current });
  }
}

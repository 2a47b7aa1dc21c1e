/**
 * A small bounded work queue: at most `concurrency` tasks run, at most `maxWaiting` wait, and
 * anything beyond is refused at once (`busy`) instead of piling up. serve uses it for PDF
 * rendering, where every task starts a headless Chromium (hundreds of MB each).
 */
import { ApiError } from '../../../shared/errors';

export class BoundedQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
    private readonly what: string,
  ) {}

  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new ApiError('busy', `${this.what} is busy (${this.running} running, ${this.waiting.length} waiting, the limit); try again when they are done.`);
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter (running stays the same), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/**
 * A bounded in-memory history of change events (for resuming streams) plus wake-ups for waiting
 * cursors. It attaches to the storage's event hook the first time a change stream opens, so engines
 * that never use change streams pay nothing for building events.
 */
import type { Timestamp } from 'bson';
import type { ChangeEvent, ChangeEventHub } from '../storage/events.js';

const DEFAULT_CAPACITY = 10_000;

export class ChangeLog {
  private events: ChangeEvent[] = [];
  private attached = false;
  private waiters = new Set<() => void>();
  /** Sequence number of the newest event seen (0 before any). */
  lastSeq = 0;
  /** Sequence number before which history is unavailable. */
  private floorSeq = 0;

  /** The history holds at least `capacity` events and fewer than `capacity + trimStep`. */
  private readonly trimStep: number;

  constructor(
    private readonly hub: ChangeEventHub,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {
    this.trimStep = Math.max(1, Math.ceil(capacity / 4));
  }

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    this.hub.on('change', (event: ChangeEvent) => this.record(event));
  }

  private record(event: ChangeEvent): void {
    this.events.push(event);
    this.lastSeq = event.seq;
    // Trimmed in steps, not one event at a time: dropping the oldest of a full history moves every
    // other entry (an O(capacity) splice per write was 3 % of a core at 1000 writes/s).
    if (this.events.length >= this.capacity + this.trimStep) {
      const dropped = this.events.splice(0, this.events.length - this.capacity);
      this.floorSeq = dropped[dropped.length - 1].seq + 1;
    }
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }

  /** True if every event after `seq` is still in memory. */
  covers(seq: number): boolean {
    return this.floorSeq === 0 || seq + 1 >= this.floorSeq;
  }

  /** Events with a sequence number greater than `seq`, oldest first. */
  after(seq: number): ChangeEvent[] {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid].seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return this.events.slice(lo);
  }

  /**
   * Sequence number just before the first event at or after `ts` (cluster times grow with seq), or
   * `lastSeq` when there is none.
   */
  seqBefore(ts: Timestamp): number {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid].clusterTime.compare(ts) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.events.length ? this.events[lo].seq - 1 : this.lastSeq;
  }

  /** Resolves true when a new event arrives, false after `ms` without one. */
  wait(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (woken: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(woken);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), ms);
      timer.unref();
      this.waiters.add(wake);
    });
  }
}

/**
 * Group commit for the update logs of every document this process holds: appends that arrive within
 * a few milliseconds of each other, from any number of meetings, go to the database as one ordered
 * `insertMany` (one round trip and one journal fsync instead of one per document). Each document has
 * at most one append on its way (its LiveDocument writes one batch at a time), so the entries of one
 * request are consecutive in the insert and a refusal belongs to exactly one request: the requests
 * before it are stored, the ones after it were not tried and go into the next insert.
 */
/** How far an ordered insert got: `inserted` rows are stored, then `error` stopped it (if any). */
export interface InsertOutcome {
  inserted: number;
  error?: unknown;
}

interface Request<T> {
  rows: T[];
  resolve: (outcome: InsertOutcome) => void;
}

/**
 * How long the first append waits for others before the insert. Only the senders' acks wait (the
 * update has gone to the room already, and the sender keeps it until the ack). Each insert costs the
 * server's main thread ~0.5-1 ms (driver, BSON, the socket write that wakes the engine): with 50 editors
 * typing, 20 ms instead of 5 ms cut the server's CPU from 0.49-0.50 to 0.39 cores (docs/PERFORMANCE.md).
 */
export const WRITE_WINDOW_MS = 20;
const MAX_ROWS = 1_000;

export class LogWriter<T> {
  private queue: Request<T>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing = false;

  constructor(
    private readonly insert: (rows: T[]) => Promise<InsertOutcome>,
    private readonly windowMs = WRITE_WINDOW_MS,
  ) {}

  /** Resolves with how many of `rows` (in order) were stored, and what stopped the rest. */
  append(rows: T[]): Promise<InsertOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ rows, resolve });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.writing || this.timer) return;
    const rows = this.queue.reduce((n, r) => n + r.rows.length, 0);
    if (rows >= MAX_ROWS) return void this.write();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write();
    }, this.windowMs);
  }

  private async write(): Promise<void> {
    this.writing = true;
    const batch = this.take();
    try {
      const outcome = await this.insert(batch.flatMap((r) => r.rows)).catch(
        (error: unknown): InsertOutcome => ({ inserted: 0, error }),
      );
      // The insert is ordered: it stored `inserted` rows, then the row at that index stopped it.
      const stoppedAt = outcome.error === undefined ? Infinity : outcome.inserted;
      const notTried: Request<T>[] = [];
      let start = 0;
      for (const request of batch) {
        const end = start + request.rows.length;
        if (end <= stoppedAt) request.resolve({ inserted: request.rows.length });
        else if (start <= stoppedAt || !isRowRefusal(outcome.error))
          request.resolve({ inserted: Math.max(0, stoppedAt - start), error: outcome.error });
        else notTried.push(request);
        start = end;
      }
      this.queue.unshift(...notTried);
    } finally {
      this.writing = false;
      if (this.queue.length) this.schedule();
    }
  }

  private take(): Request<T>[] {
    const batch: Request<T>[] = [];
    let rows = 0;
    while (this.queue.length && rows < MAX_ROWS) {
      const next = this.queue.shift()!;
      batch.push(next);
      rows += next.rows.length;
    }
    return batch;
  }
}

/** One row was refused (duplicate key...): the rows after it were not tried, the command did not fail. */
const isRowRefusal = (err: unknown) => Array.isArray((err as { writeErrors?: unknown }).writeErrors);

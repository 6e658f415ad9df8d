import type { Connection } from 'mongoose';
import { AppError } from '../errors.js';
import { genesisHash } from './canonical.js';
import {
  auditCollection,
  ensureAuditIndexes,
  hashAuditEvent,
  partitionOf,
  type AuditEvent,
  type AuditEventInput,
} from './audit-event.js';

const MAX_ATTEMPTS = 20;
/** At most this many waiting events go into one insert. */
const MAX_BATCH = 200;

/** An audit event could not be written, so the request that caused it must not succeed either. */
export class AuditUnavailableError extends AppError {
  constructor() {
    super('unavailable', 'The request could not be recorded in the audit log, so it was not carried out.');
  }
}

interface Waiting {
  input: AuditEventInput;
  at: Date;
  resolve: (event: AuditEvent) => void;
  reject: (err: unknown) => void;
}

/**
 * Appends audit events to a hash chain per partition (UTC day). Appends are serialised by the unique
 * (partition, seq) index: a process that loses the race for a sequence number gets a duplicate-key
 * error, re-reads the head and tries again, so several server processes can share one chain.
 *
 * Within a process one append per partition is in flight at a time (group commit): the events that
 * arrive meanwhile wait, and then go in together, chained in arrival order, as one ordered insert that
 * is durable before any of their requests goes on. The event the process appended last is the next
 * head; the head is read from the database only at the first append of a partition and after a refused
 * sequence number (another process appended since) or an error. There is no update or delete path.
 */
export class AuditWriter {
  private ready: Promise<void> | null = null;
  private readonly waiting = new Map<string, Waiting[]>();
  /** The last event this process appended, per partition (only the latest partition is kept). */
  private readonly heads = new Map<string, { seq: number; hash: string }>();

  constructor(
    private readonly connection: Connection,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Resolves once the event is durable in the chain; rejects with AuditUnavailableError otherwise. */
  async record(input: AuditEventInput): Promise<AuditEvent> {
    this.ready ??= ensureAuditIndexes(this.connection).catch((err: unknown) => {
      this.ready = null;
      throw err;
    });
    try {
      await this.ready;
    } catch {
      throw new AuditUnavailableError();
    }
    const at = this.clock();
    const partition = partitionOf(at);
    return new Promise<AuditEvent>((resolve, reject) => {
      const queue = this.waiting.get(partition);
      if (queue) {
        queue.push({ input, at, resolve, reject }); // the append in flight takes it next
        return;
      }
      this.waiting.set(partition, [{ input, at, resolve, reject }]);
      void this.drain(partition);
    });
  }

  /** Appends the partition's waiting events, batch after batch, until none are left. */
  private async drain(partition: string): Promise<void> {
    const queue = this.waiting.get(partition)!;
    while (queue.length) {
      const batch = queue.splice(0, MAX_BATCH);
      const written = await this.append(partition, batch).catch(() => []);
      batch.forEach((item, i) => {
        if (i < written.length) item.resolve(written[i]!);
        else item.reject(new AuditUnavailableError());
      });
    }
    this.waiting.delete(partition);
  }

  /** The events of `batch` that are durable, in order (all of them unless the database failed). */
  private async append(partition: string, batch: readonly Waiting[]): Promise<AuditEvent[]> {
    const events = auditCollection(this.connection);
    const written: AuditEvent[] = [];
    for (let attempt = 0; attempt < MAX_ATTEMPTS && written.length < batch.length; attempt++) {
      const chain: AuditEvent[] = [];
      try {
        let head =
          this.heads.get(partition) ?? (await events.find({ partition }).sort({ seq: -1 }).limit(1).next());
        for (const item of batch.slice(written.length)) {
          const content = withoutUndefined({
            ...item.input,
            partition,
            seq: (head?.seq ?? 0) + 1,
            at: item.at,
            prevHash: head?.hash ?? genesisHash(partition),
          }) as Omit<AuditEvent, 'hash'>;
          const event: AuditEvent = { ...content, hash: hashAuditEvent(content) };
          chain.push(event);
          head = event;
        }
        await events.insertMany(
          chain.map((event) => ({ ...event })),
          { ordered: true },
        );
        written.push(...chain);
        this.heads.clear();
        this.heads.set(partition, { seq: head!.seq, hash: head!.hash });
      } catch (err) {
        this.heads.delete(partition);
        // An ordered insert stops at the first refused event: those before it are in the chain.
        written.push(...chain.slice(0, insertedBefore(err)));
        if (!isDuplicateKey(err)) break; // another process took this seq: re-read the head, go on
      }
    }
    return written;
  }
}

function isDuplicateKey(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, writeErrors } = err as { code?: unknown; writeErrors?: { code?: unknown }[] };
  return code === 11000 || writeErrors?.[0]?.code === 11000;
}

/** How many events of an ordered insert were written before it failed. */
function insertedBefore(err: unknown): number {
  const count = (err as { insertedCount?: unknown } | null)?.insertedCount;
  return typeof count === 'number' ? count : 0;
}

/** The driver would store undefined as null, which would then hash differently from what was written. */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.map(([k, v]) => [k, withoutUndefined(v)])) as T;
  }
  return value;
}

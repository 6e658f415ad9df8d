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

/** An audit event could not be written, so the request that caused it must not succeed either. */
export class AuditUnavailableError extends AppError {
  constructor() {
    super('unavailable', 'The request could not be recorded in the audit log, so it was not carried out.');
  }
}

/**
 * Appends audit events to a hash chain per partition (UTC day). Appends are serialised by the unique
 * (partition, seq) index: a process that loses the race for a sequence number gets a duplicate-key
 * error, re-reads the head and tries again, so several server processes can share one chain. Within a
 * process a queue per partition keeps those retries rare. There is no update or delete path.
 */
export class AuditWriter {
  private ready: Promise<void> | null = null;
  private readonly queues = new Map<string, Promise<unknown>>();

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
    const previous = this.queues.get(partition) ?? Promise.resolve();
    const appended = previous.catch(() => undefined).then(() => this.append(partition, at, input));
    this.queues.set(partition, appended);
    try {
      return await appended;
    } finally {
      if (this.queues.get(partition) === appended) this.queues.delete(partition);
    }
  }

  private async append(partition: string, at: Date, input: AuditEventInput): Promise<AuditEvent> {
    const events = auditCollection(this.connection);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        const head = await events.find({ partition }).sort({ seq: -1 }).limit(1).next();
        const content = withoutUndefined({
          ...input,
          partition,
          seq: (head?.seq ?? 0) + 1,
          at,
          prevHash: head?.hash ?? genesisHash(partition),
        }) as Omit<AuditEvent, 'hash'>;
        const event: AuditEvent = { ...content, hash: hashAuditEvent(content) };
        await events.insertOne({ ...event });
        return event;
      } catch (err) {
        if (isDuplicateKey(err)) continue; // another process took this seq: re-read the head
        throw new AuditUnavailableError();
      }
    }
    throw new AuditUnavailableError();
  }
}

function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
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

import { RealtimeError, UpdateAck } from '../data/meetings.model';
import { toBase64 } from './base64';
import { NotesSocket } from './notes-socket';
import { PendingQueue } from './pending-queue';
import { PendingUpdate } from './pending-updates';

export const ACK_TIMEOUT_MS = 10_000;
const RETRY_MS = 3_000;
/** More unacknowledged updates than this are merged into one before a resend (rate limit). */
const RESEND_ONE_BY_ONE = 20;

/** What the sender needs from the session it sends for. */
export interface SenderSession {
  socket(): NotesSocket | null;
  meetingId(): string;
  /** Joined and synced, connected, not read-only. */
  ready(): boolean;
  /** Counts connections: an ack that arrives after its connection was lost is ignored. */
  epoch(): number;
  /** The retry timer fired: flush when synced, else join again. */
  retry(): void;
  /** The server refused an update for good. */
  updateRefused(error: RealtimeError): void;
}

/**
 * Sends the pending queue as `doc:update`s: local changes of one task coalesced, resends with their
 * first ids (or merged when many), one retry timer for missing or `unavailable` answers.
 */
export class UpdateSender {
  private readonly inFlight = new Set<string>();
  private flushing = false;
  private flushAgain = false;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly queue: PendingQueue,
    private readonly session: SenderSession,
  ) {}

  /**
   * A new local change: sent with whatever else the same task changed (a keystroke is one update on
   * the wire, as with the reference Yjs provider). The device copy is written in parallel: sending
   * does not wait for it, because the update stays in memory until its ack either way.
   */
  schedule(ms = 0): void {
    if (this.flushTimer || this.stopped) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      void this.flush();
    }, ms);
  }

  /** The connection changed: nothing is on its way any more. */
  reset(): void {
    this.inFlight.clear();
  }

  /** Sends every unacknowledged update that is not on its way: resends keep their ids. */
  async flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return;
    }
    this.flushing = true;
    try {
      do {
        this.flushAgain = false;
        if (!this.session.ready()) return;
        const idle = this.queue.idle(this.inFlight);
        const sent = idle.filter((p) => p.sent);
        const unsent = idle.filter((p) => !p.sent);
        const batch = [
          ...(sent.length > RESEND_ONE_BY_ONE ? await this.queue.merge(sent) : sent),
          ...(unsent.length > 1 ? await this.queue.merge(unsent) : unsent),
        ];
        for (const row of batch) void this.send(row);
      } while (this.flushAgain);
    } finally {
      this.flushing = false;
    }
  }

  /** Tries again in a while (see SenderSession.retry). */
  retryLater(): void {
    if (this.retryTimer || this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.session.retry();
    }, RETRY_MS);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of [this.flushTimer, this.retryTimer]) if (timer) clearTimeout(timer);
  }

  private async send(row: PendingUpdate): Promise<void> {
    const socket = this.session.socket();
    if (!socket) return;
    row.sent = true;
    this.inFlight.add(row.clientMutationId);
    const epoch = this.session.epoch();
    let ack: UpdateAck | null = null;
    try {
      ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('doc:update', {
        meetingId: this.session.meetingId(),
        update: toBase64(row.update),
        clientMutationId: row.clientMutationId,
      });
    } catch {
      ack = null; // no answer in time: it stays, and is sent again
    }
    if (epoch === this.session.epoch()) this.inFlight.delete(row.clientMutationId);
    if (this.stopped) return;
    if (ack?.ok) return this.queue.acknowledged(row.clientMutationId);
    if (!ack || ack.error === 'unavailable' || ack.error === 'not_joined') return this.retryLater();
    if (ack.error === 'rate_limited') return; // the socket is being closed; resent after reconnecting
    // Refused for good (read-only, malformed, too large, forbidden): kept on the device, not sent now.
    this.session.updateRefused(ack.error);
  }
}

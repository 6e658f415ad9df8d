import * as Y from 'yjs';

/** Who gets an update: the room's members except some sockets, or one socket. */
export type FanoutTarget = { docName: string; except: string[] } | { socketId: string };
export type SendUpdate = (to: FanoutTarget, meetingId: string, update: Uint8Array) => void;

interface Pending {
  meetingId: string;
  updates: { update: Uint8Array; origin: string | null }[];
}

/**
 * Passes the updates of a room on to its members, merging those that arrive in the same turn of the
 * event loop into one message. While the server keeps up every update goes out alone, at once. When it
 * falls behind (a burst, a busy machine), the updates read from the sockets in one go leave as one merged
 * Yjs update: one frame per member instead of one per update, and one transaction at each receiver. The
 * wait is the end of the current turn (setImmediate), never a timer.
 *
 * A member whose own update is in the batch gets the merge of the others' (it has its own already).
 */
export class UpdateFanout {
  private readonly pending = new Map<string, Pending>();
  private scheduled = false;

  constructor(private readonly send: SendUpdate) {}

  add(docName: string, meetingId: string, update: Uint8Array, origin: string | null): void {
    let batch = this.pending.get(docName);
    if (!batch) {
      batch = { meetingId, updates: [] };
      this.pending.set(docName, batch);
    }
    batch.updates.push({ update, origin });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flushAll());
    }
  }

  /** Sends what a room has waiting now (before a message that must not overtake its updates). */
  flush(docName: string): void {
    const batch = this.pending.get(docName);
    if (!batch) return;
    this.pending.delete(docName);
    const { meetingId, updates } = batch;
    if (updates.length === 1) {
      const { update, origin } = updates[0]!;
      return this.send({ docName, except: origin ? [origin] : [] }, meetingId, update);
    }
    const origins = [...new Set(updates.flatMap((u) => (u.origin ? [u.origin] : [])))];
    this.send({ docName, except: origins }, meetingId, merge(updates.map((u) => u.update)));
    for (const socketId of origins) {
      const others = updates.filter((u) => u.origin !== socketId).map((u) => u.update);
      if (others.length) this.send({ socketId }, meetingId, merge(others));
    }
  }

  private flushAll(): void {
    this.scheduled = false;
    for (const docName of [...this.pending.keys()]) this.flush(docName);
  }
}

const merge = (updates: Uint8Array[]): Uint8Array =>
  updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);

import { meetingDocName } from '@keha/shared';
import type { Logger } from '../../../platform/logging.js';
import type { DocumentStore } from './document-store.js';
import { LiveDocument } from './live-document.js';
import { Room, type RoomOutput } from './room.js';

/** What rooms send besides awareness and presence: document updates and the read-only switch. */
export interface RegistryOutput extends RoomOutput {
  /** To every socket in the room but the one it came from (see LiveDocumentListener.applied). */
  update(room: Room, update: Uint8Array, originSocketId: string | null): void;
  frozen(room: Room): void;
}

export interface CompactionOptions {
  /** Compact after this many updates... */
  everyUpdates: number;
  /** ...or this long after the last snapshot when anything changed. */
  afterMs: number;
  /** Keep an empty room loaded this long (a reload or a short network drop comes straight back). */
  unloadAfterMs: number;
}

export const DEFAULT_COMPACTION: CompactionOptions = {
  everyUpdates: 500,
  afterMs: 30_000,
  unloadAfterMs: 5_000,
};

/**
 * The documents this process holds in memory, one room per meeting. A document is loaded by the first
 * join (or server-side use), compacted into a snapshot every N updates or T seconds off the hot path,
 * and compacted and unloaded when the last socket has left: memory is bounded by the meetings in use.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly loaded = new Map<string, Room>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly timer: NodeJS.Timeout;
  private compactions = 0;

  constructor(
    private readonly store: DocumentStore,
    private readonly output: RegistryOutput,
    private readonly logger: Logger,
    private readonly options: CompactionOptions = DEFAULT_COMPACTION,
  ) {
    this.timer = setInterval(() => this.compactDue(), Math.min(1_000, options.afterMs));
    this.timer.unref();
  }

  /** The loaded room of a document, if this process holds it (change stream and relay routing). */
  get(docName: string): Room | undefined {
    return this.loaded.get(docName);
  }

  forEach(fn: (room: Room) => void): void {
    for (const room of this.loaded.values()) fn(room);
  }

  /** Loads (or finds) the meeting's room and holds it until `release`. */
  async acquire(meetingId: string): Promise<Room> {
    const docName = meetingDocName(meetingId);
    for (;;) {
      const unloading = this.unloading.get(docName);
      if (unloading) {
        await unloading;
        continue;
      }
      let loading = this.rooms.get(docName);
      if (!loading) {
        loading = this.load(meetingId, docName);
        this.rooms.set(docName, loading);
        loading.catch(() => this.rooms.delete(docName));
      }
      const room = await loading;
      if (room.closing) continue;
      room.holds++;
      return room;
    }
  }

  release(room: Room): void {
    room.holds--;
    this.unloadWhenIdle(room);
  }

  /** Runs `fn` with the document loaded (server-side edits, finalising). */
  async withRoom<T>(meetingId: string, fn: (room: Room) => Promise<T>): Promise<T> {
    const room = await this.acquire(meetingId);
    try {
      return await fn(room);
    } finally {
      this.release(room);
    }
  }

  unloadWhenIdle(room: Room): void {
    if (!room.idle || room.closing) return;
    setTimeout(() => {
      if (!room.idle || room.closing) return;
      room.closing = true;
      const done = this.unload(room).finally(() => this.unloading.delete(room.docName));
      this.unloading.set(room.docName, done);
    }, this.options.unloadAfterMs).unref();
  }

  stats(): { loadedDocuments: number; members: number; compactions: number } {
    let members = 0;
    for (const room of this.loaded.values()) members += room.members.size;
    return { loadedDocuments: this.loaded.size, members, compactions: this.compactions };
  }

  /** Shutdown: finish every write, compact, and let go of everything. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.unloading.values()]);
    await Promise.all(
      [...this.loaded.values()].map((room) => {
        room.closing = true;
        return this.unload(room);
      }),
    );
  }

  private async load(meetingId: string, docName: string): Promise<Room> {
    // The listener is called only after load, once the room exists.
    const ref: { room?: Room } = {};
    const live = await LiveDocument.load(this.store, docName, {
      applied: (update, origin) => ref.room && this.output.update(ref.room, update, origin),
      frozen: () => {
        if (!ref.room) return;
        for (const member of ref.room.members.values()) member.readOnly = true;
        this.output.frozen(ref.room);
      },
    });
    const room = new Room(meetingId, docName, live, this.output);
    ref.room = room;
    this.loaded.set(docName, room);
    return room;
  }

  private async unload(room: Room): Promise<void> {
    try {
      await room.live.drain();
      if (room.live.changesSinceSnapshot > 0) await this.compact(room);
    } catch (err) {
      this.logger.error({ err, docName: room.docName }, 'meeting notes: compaction at unload failed');
    } finally {
      room.live.destroy();
      this.loaded.delete(room.docName);
      this.rooms.delete(room.docName);
    }
  }

  private compactDue(): void {
    const now = Date.now();
    for (const room of this.loaded.values()) {
      const changes = room.live.changesSinceSnapshot;
      const due =
        changes >= this.options.everyUpdates ||
        (changes > 0 && now - room.lastCompactAt >= this.options.afterMs);
      if (due && !room.compacting && !room.closing) {
        this.compact(room).catch((err: unknown) =>
          this.logger.error({ err, docName: room.docName }, 'meeting notes: compaction failed'),
        );
      }
    }
  }

  /** The snapshot is taken synchronously (state and seq agree); writing it does not hold up updates. */
  private async compact(room: Room): Promise<void> {
    room.compacting = true;
    const snapshot = room.live.snapshot();
    const changes = room.live.changesSinceSnapshot;
    room.live.changesSinceSnapshot = 0;
    try {
      await this.store.compact(room.docName, snapshot);
      room.lastCompactAt = Date.now();
      this.compactions++;
    } catch (err) {
      room.live.changesSinceSnapshot += changes;
      throw err;
    } finally {
      room.compacting = false;
    }
  }
}

import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Connection } from 'mongoose';
import type { Server } from 'socket.io';
import * as Y from 'yjs';
import type { MeetingClientToServerEvents, MeetingServerToClientEvents } from '@keha/shared';
import type { Logger } from '../../../platform/logging.js';
import type { RealtimeServer, SocketData } from '../../../platform/realtime/socket-server.js';
import type { MeetingAccess } from '../meeting-access.js';
import { toBase64 } from './bytes.js';
import { UpdateFanout } from './update-fanout.js';
import { ChangeFeed } from './change-feed.js';
import { handleMeetingSocket, type MeetingSocket } from './connection-handler.js';
import { DocumentStore } from './document-store.js';
import { JoinAuthoriser } from './join-authoriser.js';
import type { RateLimits } from './rate-limiter.js';
import {
  DEFAULT_COMPACTION,
  RoomRegistry,
  type CompactionOptions,
  type RegistryOutput,
} from './room-registry.js';

type MeetingServer = Server<
  MeetingClientToServerEvents,
  MeetingServerToClientEvents,
  Record<string, never>,
  SocketData
>;

export interface MeetingRealtimeOptions {
  compaction?: CompactionOptions;
  limits?: RateLimits;
  /** 'majority' for a MongoDB replica set (default); the embedded engine journals every write anyway. */
  writeConcern?: { w: 'majority' | 1 };
}

/**
 * The real-time side of the meeting notes: the document store, the rooms, the fan-out between
 * processes, and the socket handlers, wired to socket.io once the server has attached it. Before that
 * (or without sockets) the REST side still loads, freezes and edits documents through the same rooms.
 */
export class MeetingRealtime {
  readonly node = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  readonly store: DocumentStore;
  readonly registry: RoomRegistry;
  private io: MeetingServer | null = null;
  private feed: ChangeFeed | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly access: MeetingAccess,
    private readonly logger: Logger,
    private readonly options: MeetingRealtimeOptions = {},
  ) {
    this.store = new DocumentStore(connection, this.node, options.writeConcern);
    this.registry = new RoomRegistry(
      this.store,
      this.output(),
      logger,
      options.compaction ?? DEFAULT_COMPACTION,
    );
  }

  /** Starts the change feed and takes the meeting events of every socket. */
  async attach(realtime: RealtimeServer): Promise<void> {
    // socket-server.ts types the platform's own events; the meeting events are this feature's contract.
    const io = realtime as unknown as MeetingServer;
    await this.store.init();
    this.feed = new ChangeFeed(this.connection, this.node, this.registry, this.logger);
    await this.feed.start();
    this.io = io;
    const authoriser = new JoinAuthoriser(this.access);
    io.on('connection', (socket: MeetingSocket) =>
      handleMeetingSocket(socket, {
        registry: this.registry,
        authoriser,
        logger: this.logger,
        ...(this.options.limits ? { limits: this.options.limits } : {}),
      }),
    );
  }

  /**
   * Finalising: appends the freeze entry to the log (every process turns the document read-only when
   * it reads it; nothing is stored after it) and returns the document's final state.
   */
  async freeze(meetingId: string, userId: string): Promise<Uint8Array> {
    return this.registry.withRoom(meetingId, async (room) => {
      if (!room.live.frozen) {
        const entry = { kind: 'freeze' as const, update: new Uint8Array(0), clientId: 0, userId };
        const result = await room.live.submit({ ...entry, clientMutationId: `freeze:${meetingId}` }, null);
        if (!result.ok && !room.live.frozen) throw new Error(`could not freeze the notes: ${result.error}`);
      }
      // The minutes are what the log holds: an update applied on arrival but never stored is not in them.
      return room.live.aheadOfLog ? this.store.state(room.docName) : Y.encodeStateAsUpdate(room.live.doc);
    });
  }

  /** The document's current state (e.g. the minutes preview). */
  async state(meetingId: string): Promise<Uint8Array> {
    return this.registry.withRoom(meetingId, async (room) => Y.encodeStateAsUpdate(room.live.doc));
  }

  /** A server-side edit (carrying hypotheses over): stored and broadcast like any client's update. */
  async edit(meetingId: string, userId: string, change: (doc: Y.Doc) => void): Promise<void> {
    await this.registry.withRoom(meetingId, async (room) => {
      const scratch = new Y.Doc();
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(room.live.doc));
      const before = Y.encodeStateVector(scratch);
      scratch.transact(() => change(scratch));
      const update = Y.encodeStateAsUpdate(scratch, before);
      scratch.destroy();
      if (update.byteLength <= 2) return;
      const entry = { kind: 'update' as const, update, clientId: 0, userId, clientMutationId: randomUUID() };
      const result = await room.live.submit(entry, null);
      if (!result.ok) throw new Error(`could not store the server's edit: ${result.error}`);
    });
  }

  /** For the benchmark and the specs: documents held, sockets in rooms, compactions so far. */
  stats(): ReturnType<RoomRegistry['stats']> {
    return this.registry.stats();
  }

  async close(): Promise<void> {
    await this.feed?.close();
    await this.registry.close();
  }

  private output(): RegistryOutput {
    const room = (docName: string) => this.io?.to(docName);
    const fanout = new UpdateFanout((to, meetingId, update) => {
      const target = 'socketId' in to ? this.io?.to(to.socketId) : room(to.docName)?.except(to.except);
      target?.emit('doc:update', { meetingId, update: toBase64(update) });
    });
    return {
      update: (r, update, origin) => fanout.add(r.docName, r.meetingId, update, origin),
      awareness: (r, update, except, relay) => {
        // A cursor may point into text of an update still waiting in the fan-out: that goes first.
        fanout.flush(r.docName);
        const target = room(r.docName);
        (except ? target?.except(except) : target)?.emit('awareness:update', {
          meetingId: r.meetingId,
          update: toBase64(update),
        });
        if (relay) this.feed?.awareness(r.docName, update);
      },
      presence: (r, relay) => {
        room(r.docName)?.emit('meeting:presence', { meetingId: r.meetingId, participants: r.participants() });
        if (relay) this.feed?.presence(r.docName, r.localParticipants());
      },
      frozen: (r) => {
        fanout.flush(r.docName);
        room(r.docName)?.emit('meeting:status', {
          meetingId: r.meetingId,
          status: 'finalised',
          readOnly: true,
        });
      },
    };
  }
}

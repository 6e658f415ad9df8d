import { randomUUID } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import * as Y from 'yjs';
import type {
  JoinAck,
  MeetingClientToServerEvents,
  MeetingServerToClientEvents,
  SyncAck,
  UpdateAck,
} from '@keha/shared';

type NotesSocket = Socket<MeetingServerToClientEvents, MeetingClientToServerEvents>;
const REMOTE = Symbol('remote');
const bytes = (v: Uint8Array | ArrayBuffer) => (v instanceof Uint8Array ? v : new Uint8Array(v));

/**
 * A Node stand-in for the browser's notes client (socket.io-client + yjs): joins a meeting, syncs,
 * sends each local change as an update with its own mutation id, and keeps every update until the
 * server acknowledges it; after a reconnect it sends the unacknowledged ones again, same ids.
 */
export class NotesClient {
  readonly doc = new Y.Doc();
  socket: NotesSocket | null = null;
  /** mutation id -> update, in the order they were made. */
  readonly pending = new Map<string, Uint8Array>();
  readonly acked: { mutationId: string; seq: number; duplicate?: boolean }[] = [];
  /** The size of every remote update received. */
  readonly received: number[] = [];
  join: JoinAck | null = null;

  constructor(
    public url: string,
    private readonly cookie: string,
    readonly meetingId: string,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      const id = randomUUID();
      this.pending.set(id, update);
      void this.send(id, update);
    });
  }

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  /** Connects, joins, syncs both ways and resends what is still unacknowledged. */
  async connect(): Promise<JoinAck> {
    const socket: NotesSocket = connect(this.url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie: this.cookie },
      reconnection: false,
      forceNew: true,
    });
    this.socket = socket;
    socket.on('doc:update', (msg) => {
      const update = Buffer.from(msg.update, 'base64');
      this.received.push(update.byteLength);
      Y.applyUpdate(this.doc, update, REMOTE);
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const join: JoinAck = await socket
      .timeout(5_000)
      .emitWithAck('meeting:join', { meetingId: this.meetingId });
    this.join = join;
    if (!join.ok) return join;
    const sync: SyncAck = await socket
      .timeout(5_000)
      .emitWithAck('doc:sync', { meetingId: this.meetingId, stateVector: Y.encodeStateVector(this.doc) });
    if (sync.ok) Y.applyUpdate(this.doc, bytes(sync.update), REMOTE);
    for (const [id, update] of [...this.pending]) await this.send(id, update);
    return join;
  }

  async send(mutationId: string, update: Uint8Array): Promise<UpdateAck | null> {
    const socket = this.socket;
    if (!socket?.connected || !this.join?.ok) return null;
    try {
      const ack: UpdateAck = await socket.timeout(10_000).emitWithAck('doc:update', {
        meetingId: this.meetingId,
        update: Buffer.from(update).toString('base64'),
        clientMutationId: mutationId,
      });
      if (ack.ok && this.pending.delete(mutationId))
        this.acked.push({ mutationId, seq: ack.seq, ...(ack.duplicate ? { duplicate: true } : {}) });
      return ack;
    } catch {
      return null; // no answer (disconnected): it stays pending
    }
  }

  text(name = 'notes:test'): Y.Text {
    return this.doc.getText(name);
  }

  disconnect(): void {
    this.socket?.disconnect();
    this.socket = null;
    this.join = null;
  }
}

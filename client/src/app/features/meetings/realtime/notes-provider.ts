import { Injectable, OnDestroy, inject, signal } from '@angular/core';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { JoinAck, Participant, RealtimeError, SyncAck, meetingDocName } from '../data/meetings.model';
import { fromBase64, toBase64 } from './base64';
import { NotesAwareness, NotesUser } from './notes-awareness';
import { NOTES_SOCKET_FACTORY, NotesSocket } from './notes-socket';
import { PendingQueue } from './pending-queue';
import { PendingUpdates } from './pending-updates';
import { ACK_TIMEOUT_MS, UpdateSender } from './update-sender';

export type { NotesUser, Peer } from './notes-awareness';
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

/** Origins of transactions that are not local changes (never sent back). */
export const REMOTE = Symbol('remote');
export const RESTORED = Symbol('restored');

const bytes = (v: Uint8Array | ArrayBuffer) => (v instanceof Uint8Array ? v : new Uint8Array(v));

/**
 * The browser side of the meeting notes protocol (docs/REALTIME.md, shared realtime-contract.ts): one
 * Yjs document per meeting over socket.io. Join -> sync step 1/2 -> every local change as a
 * `doc:update` with its own clientMutationId, kept on the device (PendingQueue) until its ack; after a
 * reconnect or a reload it is sent again with the same id. Awareness (NotesAwareness) for cursors and
 * "typing in"; presence; read-only once the meeting is finalised. Provided per meeting room.
 */
@Injectable()
export class NotesProvider implements OnDestroy {
  private readonly openSocket = inject(NOTES_SOCKET_FACTORY);
  private readonly queue = new PendingQueue(inject(PendingUpdates));

  readonly doc = new Y.Doc();
  private readonly presence = new NotesAwareness(this.doc);
  readonly awareness = this.presence.awareness;
  readonly peers = this.presence.peers;

  readonly status = signal<ConnectionStatus>('connecting');
  /** The document can be edited only when the server says so (finalised meetings are read-only). */
  readonly readOnly = signal(false);
  /** The notes were finalised while this page was open. */
  readonly finalised = signal(false);
  /** The last refusal or closing reason (a translation key suffix), null when all is well. */
  readonly error = signal<RealtimeError | 'unauthenticated' | null>(null);
  readonly participants = signal<Participant[]>([]);
  /** Local changes the server has not acknowledged yet. */
  readonly pendingCount = this.queue.count;
  /** The first sync with the server (or the restore from this device) is done. */
  readonly loaded = signal(false);

  private socket: NotesSocket | null = null;
  private meetingId = '';
  private synced = false;
  /** Counts connections: an answer that arrives after its connection was lost is ignored. */
  private epoch = 0;
  private readonly sender = new UpdateSender(this.queue, {
    socket: () => this.socket,
    meetingId: () => this.meetingId,
    ready: () => this.synced && !!this.socket?.connected && !this.readOnly() && !this.destroyed,
    epoch: () => this.epoch,
    retry: () => {
      if (this.synced) void this.sender.flush();
      else if (this.socket?.connected) void this.joinAndSync(this.socket);
    },
    updateRefused: (error) => {
      if (error === 'read_only') this.becameReadOnly();
      this.error.set(error);
    },
  });
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private manualReconnects = 0;
  private destroyed = false;

  /** The browser said it went offline (the `offline` event; navigator.onLine may lag behind). */
  private browserOffline = false;
  private readonly onOffline = () => {
    this.browserOffline = true;
    this.socket?.disconnect();
    if (this.status() !== 'closed') this.status.set('offline');
  };
  private readonly onOnline = () => {
    this.browserOffline = false;
    if (this.status() === 'closed') return;
    this.status.set('reconnecting');
    this.socket?.connect();
  };
  private readonly onPageHide = () => this.queue.saveUnloadCopy();

  constructor() {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE || origin === RESTORED || this.destroyed) return;
      this.keep(update);
    });
    this.awareness.on(
      'update',
      (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        if (origin !== 'local' || !this.synced || !this.socket?.connected) return;
        const changed = [...change.added, ...change.updated, ...change.removed];
        this.socket.emit('awareness:update', {
          meetingId: this.meetingId,
          update: toBase64(encodeAwarenessUpdate(this.awareness, changed)),
        });
      },
    );
  }

  /** Restores what this device still has unacknowledged, then connects and joins. */
  async connect(meetingId: string, user: NotesUser): Promise<void> {
    this.meetingId = meetingId;
    this.presence.setUser(user);
    const restored = await this.queue.restore(meetingDocName(meetingId));
    if (this.destroyed) return;
    for (const row of restored) Y.applyUpdate(this.doc, row.update, RESTORED);
    if (restored.length) this.loaded.set(true);
    const socket = this.openSocket();
    this.socket = socket;
    this.listen(socket);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('pagehide', this.onPageHide);
    if (navigator.onLine) socket.connect();
    else this.status.set('offline');
  }

  /** Which section the user is typing in (shown to the others), or null. */
  setSection(section: string | null): void {
    this.presence.setSection(section);
  }

  ngOnDestroy(): void {
    this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('pagehide', this.onPageHide);
    this.sender.stop();
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.presence.destroy();
    this.doc.destroy();
  }

  private listen(socket: NotesSocket): void {
    const mine = (msg: { meetingId: string }) => msg.meetingId === this.meetingId;
    socket.on('connect', () => void this.joinAndSync(socket));
    socket.on('disconnect', (reason) => this.lost(socket, reason));
    socket.on('connect_error', (err: Error) => {
      if (err.message === 'unauthenticated') this.error.set('unauthenticated');
      this.status.set(this.offline() ? 'offline' : 'reconnecting');
    });
    socket.on('doc:update', (msg) => {
      if (mine(msg)) Y.applyUpdate(this.doc, fromBase64(msg.update), REMOTE);
    });
    socket.on('awareness:update', (msg) => {
      if (mine(msg)) applyAwarenessUpdate(this.awareness, fromBase64(msg.update), REMOTE);
    });
    socket.on('meeting:presence', (msg) => {
      if (mine(msg)) this.participants.set(msg.participants);
    });
    socket.on('meeting:status', (msg) => {
      if (mine(msg)) this.becameReadOnly();
    });
    socket.on('realtime:closing', (msg) => this.error.set(msg.reason));
  }

  /** A local change: onto the device (IndexedDB) and sent, coalesced with the rest of the same task. */
  private keep(update: Uint8Array): void {
    this.queue.add(update);
    this.sender.schedule();
  }

  /** Sends every unacknowledged update that is not on its way (specs call it directly). */
  flush(): Promise<void> {
    return this.sender.flush();
  }

  private becameReadOnly(): void {
    this.readOnly.set(true);
    this.finalised.set(true);
  }

  /** join -> sync step 1 -> apply step 2 -> send what the server lacks -> awareness -> resend. */
  private async joinAndSync(socket: NotesSocket): Promise<void> {
    const epoch = ++this.epoch;
    this.sender.reset();
    this.status.set('connecting');
    let join: JoinAck;
    let sync: SyncAck;
    try {
      join = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('meeting:join', { meetingId: this.meetingId });
      if (!join.ok) return this.refused(socket, join.error);
      this.readOnly.set(join.readOnly);
      if (join.readOnly) this.finalised.set(true);
      this.participants.set(join.participants);
      sync = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('doc:sync', {
        meetingId: this.meetingId,
        stateVector: Y.encodeStateVector(this.doc),
      });
    } catch {
      if (epoch === this.epoch) this.sender.retryLater();
      return;
    }
    if (epoch !== this.epoch || this.destroyed) return;
    if (!sync.ok) return this.sender.retryLater();
    Y.applyUpdate(this.doc, bytes(sync.update), REMOTE);
    this.synced = true;
    this.manualReconnects = 0;
    this.loaded.set(true);
    this.status.set('connected');
    if (this.error() !== 'read_only') this.error.set(null);
    // What the server lacks beyond the pending updates (e.g. its data was restored from a backup).
    if (!this.queue.size && !this.readOnly() && this.aheadOf(bytes(sync.stateVector)))
      this.keep(Y.encodeStateAsUpdate(this.doc, bytes(sync.stateVector)));
    socket.emit('awareness:update', {
      meetingId: this.meetingId,
      update: toBase64(encodeAwarenessUpdate(this.awareness, [this.doc.clientID])),
    });
    await this.sender.flush();
  }

  private offline(): boolean {
    return this.browserOffline || !navigator.onLine;
  }

  private aheadOf(serverStateVector: Uint8Array): boolean {
    const server = Y.decodeStateVector(serverStateVector);
    const local = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    return [...local].some(([client, clock]) => clock > (server.get(client) ?? 0));
  }

  private refused(socket: NotesSocket, error: RealtimeError): void {
    this.error.set(error);
    if (error === 'forbidden' || error === 'not_found' || error === 'invalid_payload') {
      this.status.set('closed');
      socket.disconnect();
    } else this.sender.retryLater();
  }

  private lost(socket: NotesSocket, reason: string): void {
    this.synced = false;
    this.epoch++;
    this.sender.reset();
    this.presence.forgetOthers(REMOTE);
    if (this.destroyed || this.status() === 'closed') return;
    this.status.set(this.offline() ? 'offline' : 'reconnecting');
    // The server closed the socket (flooding, session ended): socket.io does not come back by itself.
    if (reason === 'io server disconnect' && this.error() !== 'unauthenticated') {
      const delay = Math.min(10_000, 1_000 * 2 ** this.manualReconnects++);
      this.reconnectTimer = setTimeout(() => {
        this.reconnectTimer = null;
        if (!this.destroyed && !this.offline()) socket.connect();
      }, delay);
    }
  }
}

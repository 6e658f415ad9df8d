import { Injectable, OnDestroy, computed, inject, signal } from '@angular/core';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as Y from 'yjs';

import {
  JoinAck,
  MAX_UPDATE_BYTES,
  Participant,
  RealtimeError,
  SyncAck,
  UpdateAck,
  meetingDocName,
} from '../data/meetings.model';
import { NOTES_SOCKET_FACTORY, NotesSocket } from './notes-socket';
import { PendingUpdate, PendingUpdates } from './pending-updates';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

export interface NotesUser {
  id: string;
  name: string;
  color: string;
}

/** Someone else in the meeting (awareness): where their cursor is and which section they type in. */
export interface Peer {
  clientId: number;
  userId: string;
  name: string;
  color: string;
  section: string | null;
}

/** Origins of transactions that are not local changes (never sent back). */
export const REMOTE = Symbol('remote');
export const RESTORED = Symbol('restored');

const ACK_TIMEOUT_MS = 10_000;
const RETRY_MS = 3_000;
/** More unacknowledged updates than this are merged into one before a resend (rate limit). */
const RESEND_ONE_BY_ONE = 20;
type StoredJson = Omit<PendingUpdate, 'update'> & { update: string };
const unloadKey = (docName: string) => `keha-notes-unload:${docName}`;
const toJson = (row: PendingUpdate): StoredJson => ({
  ...row,
  update: btoa(Array.from(row.update, (b) => String.fromCharCode(b)).join('')),
});
const fromJson = (row: StoredJson): PendingUpdate => ({
  ...row,
  update: Uint8Array.from(atob(row.update), (c) => c.charCodeAt(0)),
});
const bytes = (v: Uint8Array | ArrayBuffer) => (v instanceof Uint8Array ? v : new Uint8Array(v));
const uuid = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 14)}`;

/**
 * The browser side of the meeting notes protocol (docs/REALTIME.md, shared realtime-contract.ts): one
 * Yjs document per meeting over socket.io. Join -> sync step 1/2 -> every local change as a
 * `doc:update` with its own clientMutationId, kept in IndexedDB until its ack (after a reconnect or a
 * reload it is sent again with the same id); awareness for cursors and "typing in"; presence; read-only
 * once the meeting is finalised. Provided per meeting room.
 */
@Injectable()
export class NotesProvider implements OnDestroy {
  private readonly store = inject(PendingUpdates);
  private readonly openSocket = inject(NOTES_SOCKET_FACTORY);

  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);

  readonly status = signal<ConnectionStatus>('connecting');
  /** The document can be edited only when the server says so (finalised meetings are read-only). */
  readonly readOnly = signal(false);
  /** The notes were finalised while this page was open. */
  readonly finalised = signal(false);
  /** The last refusal or closing reason (a translation key suffix), null when all is well. */
  readonly error = signal<RealtimeError | 'unauthenticated' | null>(null);
  readonly participants = signal<Participant[]>([]);
  /** Local changes the server has not acknowledged yet. */
  readonly pendingCount = signal(0);
  /** The first sync with the server (or the restore from this device) is done. */
  readonly loaded = signal(false);
  private readonly awarenessVersion = signal(0);
  readonly peers = computed<Peer[]>(() => {
    this.awarenessVersion();
    const peers: Peer[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      const user = state['user'] as Partial<NotesUser> | undefined;
      if (clientId === this.doc.clientID || !user?.name) return;
      peers.push({
        clientId,
        userId: user.id ?? '',
        name: user.name,
        color: user.color ?? '#607d8b',
        section: (state['section'] as string | null | undefined) ?? null,
      });
    });
    return peers;
  });

  private socket: NotesSocket | null = null;
  private meetingId = '';
  private docName = '';
  private readonly pending = new Map<string, PendingUpdate>();
  private readonly inFlight = new Set<string>();
  private writes: Promise<unknown> = Promise.resolve();
  private synced = false;
  private epoch = 0;
  private order = 0;
  private flushing = false;
  private flushAgain = false;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
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

  /**
   * The page is going away (reload, close): IndexedDB writes still in flight may be cut off, so the
   * unacknowledged updates are also written synchronously to localStorage, read back on the next start.
   */
  private readonly onPageHide = () => {
    if (!this.pending.size || !this.docName) return;
    try {
      localStorage.setItem(unloadKey(this.docName), JSON.stringify([...this.pending.values()].map(toJson)));
    } catch {
      // Over the storage quota: IndexedDB holds what it has.
    }
  };

  constructor() {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE || origin === RESTORED || this.destroyed) return;
      this.keep(update);
    });
    this.awareness.on('change', () => this.awarenessVersion.update((v) => v + 1));
    this.awareness.on(
      'update',
      (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        if (origin !== 'local' || !this.synced || !this.socket?.connected) return;
        const changed = [...change.added, ...change.updated, ...change.removed];
        this.socket.emit('awareness:update', {
          meetingId: this.meetingId,
          update: encodeAwarenessUpdate(this.awareness, changed),
        });
      },
    );
  }

  /** Restores what this device still has unacknowledged, then connects and joins. */
  async connect(meetingId: string, user: NotesUser): Promise<void> {
    this.meetingId = meetingId;
    this.docName = meetingDocName(meetingId);
    this.awareness.setLocalStateField('user', user);
    for (const row of await this.restoreRows()) {
      if (this.destroyed) return;
      this.pending.set(row.clientMutationId, { ...row, sent: true });
      this.order = Math.max(this.order, row.order);
      Y.applyUpdate(this.doc, row.update, RESTORED);
    }
    this.pendingCount.set(this.pending.size);
    if (this.pending.size) this.loaded.set(true);
    if (this.destroyed) return;
    const socket = this.openSocket();
    this.socket = socket;
    socket.on('connect', () => void this.joinAndSync(socket));
    socket.on('disconnect', (reason) => this.lost(socket, reason));
    socket.on('connect_error', (err: Error) => {
      if (err.message === 'unauthenticated') this.error.set('unauthenticated');
      this.status.set(this.offline() ? 'offline' : 'reconnecting');
    });
    socket.on('doc:update', (msg) => {
      if (msg.meetingId === this.meetingId) Y.applyUpdate(this.doc, bytes(msg.update), REMOTE);
    });
    socket.on('awareness:update', (msg) => {
      if (msg.meetingId === this.meetingId) applyAwarenessUpdate(this.awareness, bytes(msg.update), REMOTE);
    });
    socket.on('meeting:presence', (msg) => {
      if (msg.meetingId === this.meetingId) this.participants.set(msg.participants);
    });
    socket.on('meeting:status', (msg) => {
      if (msg.meetingId !== this.meetingId) return;
      this.readOnly.set(true);
      this.finalised.set(true);
    });
    socket.on('realtime:closing', (msg) => this.error.set(msg.reason));
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('pagehide', this.onPageHide);
    if (navigator.onLine) socket.connect();
    else this.status.set('offline');
  }

  /** Which section the user is typing in (shown to the others), or null. */
  setSection(section: string | null): void {
    if ((this.awareness.getLocalState()?.['section'] ?? null) !== section)
      this.awareness.setLocalStateField('section', section);
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
    for (const timer of [this.flushTimer, this.retryTimer, this.reconnectTimer])
      if (timer) clearTimeout(timer);
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** IndexedDB's rows plus what the last page wrote to localStorage as it went away (moved to IndexedDB). */
  private async restoreRows(): Promise<PendingUpdate[]> {
    const rows = await this.store.all(this.docName);
    const key = unloadKey(this.docName);
    let saved: PendingUpdate[] = [];
    try {
      saved = (JSON.parse(localStorage.getItem(key) ?? '[]') as StoredJson[]).map(fromJson);
    } catch {
      saved = [];
    }
    const known = new Set(rows.map((r) => r.clientMutationId));
    for (const row of saved.filter((r) => !known.has(r.clientMutationId) && r.docName === this.docName)) {
      await this.store.put(row);
      rows.push(row);
    }
    localStorage.removeItem(key);
    return rows.sort((a, b) => a.order - b.order);
  }

  /** A local change: into IndexedDB first, then (coalesced with what follows within 20 ms) sent. */
  private keep(update: Uint8Array): void {
    const row: PendingUpdate = {
      clientMutationId: uuid(),
      docName: this.docName,
      update,
      sent: false,
      order: ++this.order,
    };
    this.pending.set(row.clientMutationId, row);
    this.pendingCount.set(this.pending.size);
    // Each put starts at once (not chained): a reload right after a keystroke finds it stored.
    this.writes = Promise.all([this.writes, this.store.put(row).catch(() => undefined)]);
    this.scheduleFlush(20);
  }

  private scheduleFlush(ms: number): void {
    if (this.flushTimer || this.destroyed) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      void this.flush();
    }, ms);
  }

  private ready(): boolean {
    return this.synced && !!this.socket?.connected && !this.readOnly() && !this.destroyed;
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
        if (!this.ready()) return;
        await this.writes;
        const idle = [...this.pending.values()]
          .filter((p) => !this.inFlight.has(p.clientMutationId))
          .sort((a, b) => a.order - b.order);
        const sent = idle.filter((p) => p.sent);
        const unsent = idle.filter((p) => !p.sent);
        const batch = [
          ...(sent.length > RESEND_ONE_BY_ONE ? await this.merge(sent) : sent),
          ...(unsent.length > 1 ? await this.merge(unsent) : unsent),
        ];
        for (const row of batch) void this.send(row);
      } while (this.flushAgain);
    } finally {
      this.flushing = false;
    }
  }

  /** Merges updates (Y.mergeUpdates) under new ids, in parts well below the server's size limit. */
  private async merge(rows: PendingUpdate[]): Promise<PendingUpdate[]> {
    const parts: PendingUpdate[][] = [];
    let size = Infinity;
    for (const row of rows) {
      if (size + row.update.byteLength > MAX_UPDATE_BYTES / 2) {
        parts.push([]);
        size = 0;
      }
      parts.at(-1)!.push(row);
      size += row.update.byteLength;
    }
    const merged: PendingUpdate[] = [];
    for (const part of parts) {
      if (part.length === 1) {
        merged.push(part[0]);
        continue;
      }
      const row: PendingUpdate = {
        clientMutationId: uuid(),
        docName: this.docName,
        update: Y.mergeUpdates(part.map((p) => p.update)),
        sent: false,
        order: part[0].order,
      };
      await this.store.replace(
        part.map((p) => p.clientMutationId),
        row,
      );
      for (const p of part) this.pending.delete(p.clientMutationId);
      this.pending.set(row.clientMutationId, row);
      merged.push(row);
    }
    this.pendingCount.set(this.pending.size);
    return merged;
  }

  private async send(row: PendingUpdate): Promise<void> {
    const socket = this.socket;
    if (!socket) return;
    row.sent = true;
    this.inFlight.add(row.clientMutationId);
    const epoch = this.epoch;
    let ack: UpdateAck | null = null;
    try {
      ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('doc:update', {
        meetingId: this.meetingId,
        update: row.update,
        clientMutationId: row.clientMutationId,
      });
    } catch {
      ack = null; // no answer in time: it stays, and is sent again
    }
    if (epoch === this.epoch) this.inFlight.delete(row.clientMutationId);
    if (this.destroyed) return;
    if (ack?.ok) {
      this.pending.delete(row.clientMutationId);
      this.pendingCount.set(this.pending.size);
      await this.writes;
      await this.store.delete(row.clientMutationId);
      return;
    }
    if (!ack || ack.error === 'unavailable' || ack.error === 'not_joined') return this.retryLater();
    if (ack.error === 'read_only') {
      this.readOnly.set(true);
      this.finalised.set(true);
    }
    if (ack.error === 'rate_limited') return; // the socket is being closed; resent after reconnecting
    this.error.set(ack.error);
    // Refused for good (malformed, too large, forbidden): kept on the device, not sent again now.
  }

  private retryLater(): void {
    if (this.retryTimer || this.destroyed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.synced) void this.flush();
      else if (this.socket?.connected) void this.joinAndSync(this.socket);
    }, RETRY_MS);
  }

  /** join -> sync step 1 -> apply step 2 -> send what the server lacks -> awareness -> resend. */
  private async joinAndSync(socket: NotesSocket): Promise<void> {
    const epoch = ++this.epoch;
    this.inFlight.clear();
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
      if (epoch === this.epoch) this.retryLater();
      return;
    }
    if (epoch !== this.epoch || this.destroyed) return;
    if (!sync.ok) return this.retryLater();
    Y.applyUpdate(this.doc, bytes(sync.update), REMOTE);
    this.synced = true;
    this.manualReconnects = 0;
    this.loaded.set(true);
    this.status.set('connected');
    if (this.error() !== 'read_only') this.error.set(null);
    // What the server lacks beyond the pending updates (e.g. its data was restored from a backup).
    if (!this.pending.size && !this.readOnly() && this.aheadOf(bytes(sync.stateVector)))
      this.keep(Y.encodeStateAsUpdate(this.doc, bytes(sync.stateVector)));
    socket.emit('awareness:update', {
      meetingId: this.meetingId,
      update: encodeAwarenessUpdate(this.awareness, [this.doc.clientID]),
    });
    await this.flush();
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
    } else this.retryLater();
  }

  private lost(socket: NotesSocket, reason: string): void {
    this.synced = false;
    this.epoch++;
    this.inFlight.clear();
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, REMOTE);
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

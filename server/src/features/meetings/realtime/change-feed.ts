import type { Connection } from 'mongoose';
import type { ChangeStream } from 'mongodb';
import type { Participant } from '@keha/shared';
import type { Logger } from '../../../platform/logging.js';
import { asBuffer, toBytes } from './bytes.js';
import { docUpdateModel } from './doc-log.model.js';
import type { RoomRegistry } from './room-registry.js';

const RELAY = 'meetingrelays';
const NODES = 'meetingrealtimenodes';
const HEARTBEAT_MS = 10_000;
const PEER_TIMEOUT_MS = 30_000;

interface RelayMessage {
  docName: string;
  node: string;
  kind: 'awareness' | 'presence';
  update?: Buffer;
  participants?: Participant[];
  at: Date;
}

/**
 * Fan-out between server processes on the database's change streams (works on the embedded engine
 * and on a MongoDB replica set). Document updates need nothing extra: every process watches the
 * update log itself and applies the entries other processes stored to the documents it holds, then
 * sends them to its own sockets. Awareness and presence are not stored, so they go through a small
 * relay collection (TTL 60 s), and only while another process is alive (heartbeats): a single
 * process never pays for it.
 */
export class ChangeFeed {
  private streams: ChangeStream[] = [];
  private timer: NodeJS.Timeout | undefined;
  private peers = false;
  private closed = false;

  constructor(
    private readonly connection: Connection,
    private readonly node: string,
    private readonly registry: RoomRegistry,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const relay = this.connection.collection(RELAY);
    await relay.createIndex({ at: 1 }, { expireAfterSeconds: 60 });
    await this.connection.collection(NODES).createIndex({ seenAt: 1 }, { expireAfterSeconds: 120 });
    this.watch();
    await this.heartbeat();
    this.timer = setInterval(() => void this.heartbeat(), HEARTBEAT_MS);
    this.timer.unref();
  }

  /** Cursor and selection changes for the same meeting in other processes. */
  awareness(docName: string, update: Uint8Array): void {
    if (this.peers) this.publish({ docName, kind: 'awareness', update: asBuffer(update) });
  }

  presence(docName: string, participants: Participant[]): void {
    if (this.peers) this.publish({ docName, kind: 'presence', participants });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await Promise.all(this.streams.map((s) => s.close().catch(() => undefined)));
    await this.connection
      .collection(NODES)
      .deleteOne({ _id: this.node as never })
      .catch(() => undefined);
  }

  private publish(message: Omit<RelayMessage, 'node' | 'at'>): void {
    this.connection
      .collection<RelayMessage>(RELAY)
      .insertOne({ ...message, node: this.node, at: new Date() })
      .catch((err: unknown) => this.logger.warn({ err }, 'meeting notes: relay failed'));
  }

  private watch(): void {
    const notOurs = { operationType: 'insert', 'fullDocument.node': { $ne: this.node } };
    const updates = docUpdateModel(this.connection).collection.watch([{ $match: notOurs }]);
    updates.on('change', (change) => {
      if (change.operationType !== 'insert') return;
      const entry = change.fullDocument;
      this.registry.get(entry.docName)?.live.remote({
        seq: entry.seq,
        kind: entry.kind,
        update: toBytes(entry.update),
        clientMutationId: entry.clientMutationId,
      });
    });
    const relay = this.connection.collection<RelayMessage>(RELAY).watch([{ $match: notOurs }]);
    relay.on('change', (change) => {
      if (change.operationType !== 'insert') return;
      const message = change.fullDocument;
      const room = this.registry.get(message.docName);
      if (!room) return;
      if (message.kind === 'presence') room.setRemotePresence(message.node, message.participants ?? []);
      else if (message.update) room.applyRelayedAwareness(toBytes(message.update));
    });
    this.streams = [updates, relay];
    for (const stream of this.streams) stream.on('error', (err) => this.restart(err));
  }

  /** After an interruption every held document reads what it may have missed from the log. */
  private restart(err: unknown): void {
    if (this.closed) return;
    this.logger.warn({ err }, 'meeting notes: change stream interrupted, reopening');
    for (const stream of this.streams) void stream.close().catch(() => undefined);
    this.streams = [];
    setTimeout(() => {
      if (this.closed) return;
      this.watch();
      this.registry.forEach((room) => room.live.catchUpSoon());
    }, 1_000).unref();
  }

  /** Says this process is alive, learns whether others are, and re-announces its presence lists. */
  private async heartbeat(): Promise<void> {
    try {
      const nodes = this.connection.collection(NODES);
      const now = new Date();
      await nodes.updateOne({ _id: this.node as never }, { $set: { seenAt: now } }, { upsert: true });
      const since = new Date(now.getTime() - PEER_TIMEOUT_MS);
      this.peers =
        (await nodes.countDocuments({ _id: { $ne: this.node as never }, seenAt: { $gt: since } })) > 0;
      if (this.peers) this.registry.forEach((room) => this.presence(room.docName, room.localParticipants()));
    } catch (err) {
      this.logger.warn({ err }, 'meeting notes: heartbeat failed');
    }
  }
}

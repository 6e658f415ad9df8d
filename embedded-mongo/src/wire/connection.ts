/**
 * One client connection: frames incoming bytes into messages, runs them strictly in order (as mongod
 * does per connection) and writes replies. A malformed message closes only this connection.
 */
import type { Socket } from 'node:net';
import type { Document } from 'bson';
import {
  decodeOpMsg,
  decodeOpQuery,
  encodeOpMsg,
  encodeOpReply,
  FLAG_EXHAUST_ALLOWED,
  FLAG_MORE_TO_COME,
  HEADER_SIZE,
  MAX_MESSAGE_SIZE,
  OP_MSG,
  OP_QUERY,
  ProtocolError,
  readHeader,
} from './codec.js';
import type { Engine } from '../engine.js';
import type { ConnectionInfo } from '../commands/context.js';
import { CommandError } from '../commands/errors.js';
import { awaitableHelloDelay } from '../commands/handshake.js';
import { toWire } from '../bson/values.js';

let nextRequestId = 1;
const LARGE_MESSAGE_BYTES = 1024 * 1024;

export class Connection {
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private queue: Promise<void> = Promise.resolve();
  private timers = new Set<NodeJS.Timeout>();
  private closed = false;
  /** A large message being assembled in place (see onData). */
  private large: { message: Buffer; filled: number } | undefined;
  readonly info: ConnectionInfo;

  constructor(
    private readonly socket: Socket,
    private readonly engine: Engine,
    id: number,
  ) {
    this.info = { id, remote: `${socket.remoteAddress}:${socket.remotePort}` };
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('error', () => this.close());
    socket.on('close', () => this.close());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.large) {
      chunk = this.fillLarge(chunk);
      if (chunk.length === 0) return;
    }
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    while (this.bufferedBytes >= 4 && !this.closed) {
      if (this.buffered[0].length < 4) this.buffered = [Buffer.concat(this.buffered)];
      const length = this.buffered[0].readInt32LE(0);
      if (length < HEADER_SIZE + 5 || length > MAX_MESSAGE_SIZE) {
        this.engine.config.logger(`connection ${this.info.id}: invalid message length ${length}, closing`);
        this.close();
        return;
      }
      if (this.bufferedBytes < length) {
        // A large message (an insertMany batch) arrives in many 64 KB reads: copy each into one buffer
        // of the final size as it comes, so the reads' memory is reused instead of piling up until a
        // final concat (which kept RSS up to a whole message higher).
        if (length >= LARGE_MESSAGE_BYTES) {
          const pending = this.buffered;
          this.buffered = [];
          this.bufferedBytes = 0;
          this.large = { message: Buffer.allocUnsafe(length), filled: 0 };
          for (const part of pending) this.fillLarge(part);
        }
        return;
      }
      const head =
        this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered, this.bufferedBytes);
      const rest = head.subarray(length);
      this.buffered = rest.length ? [rest] : [];
      this.bufferedBytes = rest.length;
      this.enqueue(head.subarray(0, length));
    }
  }

  /** Copies into the large message being assembled; returns the bytes after its end (usually none). */
  private fillLarge(chunk: Buffer): Buffer {
    const large = this.large!;
    const take = Math.min(chunk.length, large.message.length - large.filled);
    chunk.copy(large.message, large.filled, 0, take);
    large.filled += take;
    if (large.filled === large.message.length) {
      this.large = undefined;
      this.enqueue(large.message);
    }
    return chunk.subarray(take);
  }

  private enqueue(message: Buffer): void {
    this.queue = this.queue
      .then(() => this.handle(message))
      .catch((err) => {
        this.engine.config.logger(`connection ${this.info.id}: ${(err as Error).message}, closing`);
        this.close();
      });
  }

  private write(buf: Buffer): void {
    if (!this.closed) this.socket.write(buf);
  }

  private async handle(message: Buffer): Promise<void> {
    if (this.closed) return;
    const header = readHeader(message);
    if (header.opCode === OP_QUERY) return this.handleQuery(message, header.requestId);
    if (header.opCode !== OP_MSG) throw new ProtocolError(`unsupported opCode ${header.opCode}`);
    let decoded;
    try {
      decoded = decodeOpMsg(message);
    } catch (err) {
      const error = new CommandError(9, `invalid message: ${(err as Error).message}`, 'FailedToParse');
      this.write(encodeOpMsg(error.toReply(), nextRequestId++, header.requestId));
      return;
    }
    const { command, flags } = decoded;
    const db = typeof command.$db === 'string' ? command.$db : 'admin';
    const delay = awaitableHelloDelay(command);
    if (delay !== undefined && flags & FLAG_EXHAUST_ALLOWED) {
      this.streamHello(command, db, header.requestId, delay);
      return;
    }
    const reply = await this.engine.run(command, db, this.info);
    if (flags & FLAG_MORE_TO_COME) return; // unacknowledged: the client wants no reply
    this.write(encodeOpMsg(toWire(reply) as Document, nextRequestId++, header.requestId));
  }

  /**
   * Streaming monitor protocol: answer an awaitable hello after maxAwaitTimeMS with moreToCome set,
   * then keep sending one every maxAwaitTimeMS, each replying to the previous one.
   */
  private streamHello(command: Document, db: string, requestId: number, delayMs: number): void {
    let responseTo = requestId;
    const tick = () => {
      const timer = setTimeout(
        async () => {
          this.timers.delete(timer);
          if (this.closed) return;
          const reply = await this.engine.run(command, db, this.info);
          const id = nextRequestId++;
          this.write(encodeOpMsg(toWire(reply) as Document, id, responseTo, FLAG_MORE_TO_COME));
          responseTo = id;
          tick();
        },
        Math.max(10, delayMs),
      );
      timer.unref();
      this.timers.add(timer);
    };
    tick();
  }

  private async handleQuery(message: Buffer, requestId: number): Promise<void> {
    const { collection, query } = decodeOpQuery(message);
    const [db, coll] = [
      collection.slice(0, collection.indexOf('.')),
      collection.slice(collection.indexOf('.') + 1),
    ];
    let command = query;
    if ('$query' in command) command = command.$query as Document;
    let reply: Document;
    const name = Object.keys(command)[0]?.toLowerCase();
    if (coll !== '$cmd' || (name !== 'ismaster' && name !== 'hello')) {
      reply = new CommandError(
        352,
        'Unsupported OP_QUERY command: only the handshake may use OP_QUERY',
        'UnsupportedOpQueryCommand',
      ).toReply();
    } else {
      reply = await this.engine.run(command, db || 'admin', this.info);
    }
    this.write(encodeOpReply(toWire(reply) as Document, nextRequestId++, requestId));
  }
}

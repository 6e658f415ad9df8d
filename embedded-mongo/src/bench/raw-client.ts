/**
 * A minimal OP_MSG client over one TCP socket (no driver): sends a command, waits for its reply. Used by
 * the bench to separate the engine's round-trip cost from the official driver's own per-call overhead.
 */
import net from 'node:net';
import type { Document } from 'bson';
import { decodeOpMsg, encodeOpMsgRequest } from '../wire/codec.js';

export class RawClient {
  private pending: ((reply: Document) => void) | undefined;
  private buffered: Buffer = Buffer.alloc(0);
  private requestId = 1;

  private constructor(private readonly socket: net.Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
      while (this.buffered.length >= 4 && this.buffered.length >= this.buffered.readInt32LE(0)) {
        const length = this.buffered.readInt32LE(0);
        const message = this.buffered.subarray(0, length);
        this.buffered = this.buffered.subarray(length);
        const resolve = this.pending;
        this.pending = undefined;
        resolve?.(decodeOpMsg(message).command);
      }
    });
  }

  static connect(uri: string): Promise<RawClient> {
    const { hostname, port } = new URL(uri);
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  command(body: Document): Promise<Document> {
    return new Promise((resolve) => {
      this.pending = resolve;
      this.socket.write(encodeOpMsgRequest(body, this.requestId++));
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

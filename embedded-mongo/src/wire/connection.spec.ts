import net from 'node:net';
import { startEngine, type RunningEngine } from '../index.js';
import { decodeOpMsg, encodeOpMsgRequest } from './codec.js';

/** Framing of messages split across reads, including large ones assembled in place (connection.ts). */
describe('wire connection framing', () => {
  let engine: RunningEngine;
  beforeAll(async () => (engine = await startEngine({ port: 0 })));
  afterAll(async () => engine.stop());

  async function exchange(
    bytes: Buffer,
    pieces: number[],
    replies: number,
  ): Promise<Map<number, Record<string, unknown>>> {
    const socket = net.connect(engine.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.setNoDelay(true);
    const got = new Map<number, Record<string, unknown>>();
    let buffered = Buffer.alloc(0);
    const done = new Promise<void>((resolve) => {
      socket.on('data', (chunk: Buffer) => {
        buffered = Buffer.concat([buffered, chunk]);
        while (buffered.length >= 4 && buffered.length >= buffered.readInt32LE(0)) {
          const message = buffered.subarray(0, buffered.readInt32LE(0));
          buffered = buffered.subarray(message.length);
          got.set(message.readInt32LE(8), decodeOpMsg(message).command);
          if (got.size === replies) resolve();
        }
      });
    });
    let at = 0;
    for (const size of pieces) {
      socket.write(bytes.subarray(at, Math.min(bytes.length, at + size)));
      at += size;
      await new Promise((resolve) => setImmediate(resolve));
    }
    socket.write(bytes.subarray(at));
    await done;
    socket.destroy();
    return got;
  }

  it('assembles a large message from odd-sized pieces and reads the message after it in the same piece', async () => {
    const docs = Array.from({ length: 2000 }, (_, i) => ({ _id: i, pad: 'p'.repeat(1000) }));
    const insert = encodeOpMsgRequest({ insert: 'c', documents: docs, $db: 'framing' }, 1);
    const count = encodeOpMsgRequest({ count: 'c', $db: 'framing' }, 2);
    const ping = encodeOpMsgRequest({ ping: 1, $db: 'admin' }, 3);
    expect(insert.length).toBeGreaterThan(1024 * 1024);
    const all = Buffer.concat([ping, insert, count]);
    // 3 bytes (not even a length), then the rest of ping + start of insert, then 64 KB reads, then the tail.
    const pieces = [3, ping.length + 100 - 3, ...Array.from({ length: 30 }, () => 65_536)];
    const replies = await exchange(all, pieces, 3);
    expect(replies.get(3)?.ok).toBe(1);
    expect(replies.get(1)?.n).toBe(2000);
    expect(replies.get(2)?.n).toBe(2000);
  });
});

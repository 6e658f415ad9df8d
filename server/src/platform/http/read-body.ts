import type { Request } from 'express';

/** Bodies declared larger than this are not even drained: the connection is closed after the answer. */
const DRAIN_LIMIT_FACTOR = 4;

/**
 * Reads a raw (non-JSON) request body up to `limit` bytes. Over the limit it rejects with
 * `tooLarge()`; a body declared (Content-Length) or found too large is drained so that the client,
 * still sending, gets to read the 413 instead of a reset connection, unless it is absurdly large.
 */
export function readBody(req: Request, limit: number, tooLarge: () => Error): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  return new Promise((resolve, reject) => {
    // A JSON body was already read by the JSON parser: there is no raw body left to read.
    if (req.readableEnded) return resolve(Buffer.alloc(0));
    const refuse = () => {
      req.removeAllListeners('data');
      if (declared > limit * DRAIN_LIMIT_FACTOR) {
        req.res?.set('Connection', 'close');
        reject(tooLarge());
        return;
      }
      req.on('end', () => reject(tooLarge()));
      req.on('error', () => reject(tooLarge()));
      req.resume();
    };
    if (declared > limit) return refuse();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return refuse();
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size <= limit) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

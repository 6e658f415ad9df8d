/**
 * Binary data as a Uint8Array, whatever carried it: a Buffer, a driver `Binary` (lean reads), or an
 * ArrayBuffer (what a browser's socket.io client may send).
 */
export function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  const inner = (value as { buffer?: unknown } | null)?.buffer;
  if (inner instanceof Uint8Array) return inner;
  throw new TypeError('Not binary data.');
}

/** A Buffer view of the same bytes (no copy), for storing. */
export const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A per-keystroke payload (base64 text, or binary from an older client) as bytes. */
export function payloadBytes(value: unknown): Uint8Array {
  if (typeof value !== 'string') return toBytes(value);
  const buf = Buffer.from(value, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Bytes as base64 text: what the per-keystroke messages carry to clients (one websocket frame). */
export const toBase64 = (bytes: Uint8Array): string => asBuffer(bytes).toString('base64');

/**
 * Resume tokens: `{_data: <hex>}` where the hex string is the commit's cluster time (seconds and
 * increment, 8 hex digits each) followed by the event sequence number (16 hex digits). Tokens sort
 * lexicographically in event order; only the sequence number is needed to resume.
 */
import { Timestamp, type Document } from 'bson';
import { isPlainObject } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

export function makeToken(clusterTime: Timestamp, seq: number): Document {
  return { _data: hex(clusterTime.t, 8) + hex(clusterTime.i, 8) + hex(seq, 16) };
}

/** The event sequence number a token points at. */
export function tokenSeq(token: unknown): number {
  const data = isPlainObject(token) ? token._data : undefined;
  if (typeof data !== 'string' || !/^[0-9A-Fa-f]{32}$/.test(data)) {
    throw new CommandError(9, `Invalid resume token: ${JSON.stringify(token)}`, 'FailedToParse');
  }
  return parseInt(data.slice(16), 16);
}

export function timestampOf(value: unknown): Timestamp {
  if (value instanceof Timestamp) return value;
  throw new CommandError(14, 'startAtOperationTime must be a Timestamp', 'TypeMismatch');
}

/** Shared plumbing of the insert / update / delete commands. */
import { calculateObjectSize, type Document } from 'bson';
import { toWire } from '../bson/values.js';
import { CommandError, asCommandError } from './errors.js';
import type { CommandContext } from './context.js';
import { MAX_BSON_OBJECT_SIZE } from './handshake.js';
import { SEQUENCE_SIZES, SEQUENCE_SOURCE, type SequenceSource } from '../wire/codec.js';

export function writeError(index: number, err: unknown): Document {
  const e = asCommandError(err);
  const out: Document = { index, code: e.code, codeName: e.codeName, errmsg: e.message };
  if (e.extra) Object.assign(out, toWire(e.extra));
  return out;
}

/** Runs `each` for every statement, honouring `ordered`; collects writeErrors the MongoDB way. */
export function forEachStatement<T>(
  ctx: CommandContext,
  statements: T[],
  ordered: boolean,
  each: (stmt: T, index: number) => void,
): Document[] {
  const errors: Document[] = [];
  for (let i = 0; i < statements.length; i++) {
    try {
      each(statements[i], i);
    } catch (err) {
      // Inside a transaction any failed statement fails the command (and aborts the transaction).
      if (ctx.txn) throw err;
      errors.push(writeError(i, err));
      if (ordered) break;
    }
  }
  return errors;
}

/** The received byte size of `cmd[field][index]` if it came in a document sequence. */
export function receivedSize(cmd: Document, field: string, index: number): number | undefined {
  return (cmd as Record<symbol, Record<string, number[]> | undefined>)[SEQUENCE_SIZES]?.[field]?.[index];
}

/** The bytes `cmd[field][index]` was received as, if it came in a document sequence. */
export function receivedBytes(cmd: Document, field: string, index: number): Buffer | undefined {
  const source = (cmd as Record<symbol, SequenceSource | undefined>)[SEQUENCE_SOURCE];
  const start = source?.offsets[field]?.[index];
  const size = receivedSize(cmd, field, index);
  return start === undefined || size === undefined
    ? undefined
    : source!.message.subarray(start, start + size);
}

export function assertDocumentSize(doc: Document, knownSize?: number): void {
  const size = knownSize ?? calculateObjectSize(toWire(doc) as Document);
  if (size > MAX_BSON_OBJECT_SIZE) {
    throw new CommandError(
      10334,
      `object to insert too large. size in bytes: ${size}, max size: ${MAX_BSON_OBJECT_SIZE}`,
      'BSONObjectTooLarge',
    );
  }
}

export function isOrdered(cmd: Document): boolean {
  return cmd.ordered !== false;
}

export function writeReply(n: number, errors: Document[], extra: Document = {}): Document {
  const reply: Document = { n, ...extra };
  if (errors.length) reply.writeErrors = errors;
  reply.ok = 1;
  return reply;
}

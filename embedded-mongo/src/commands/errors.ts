/** Server errors in MongoDB's reply shape: `{ok: 0, errmsg, code, codeName}`. */
import type { Document } from 'bson';

const CODE_NAMES: Record<number, string> = {
  1: 'InternalError',
  2: 'BadValue',
  9: 'FailedToParse',
  11: 'UserNotFound',
  14: 'TypeMismatch',
  20: 'IllegalOperation',
  26: 'NamespaceNotFound',
  27: 'IndexNotFound',
  43: 'CursorNotFound',
  48: 'NamespaceExists',
  50: 'MaxTimeMSExpired',
  52: 'DollarPrefixedFieldName',
  53: 'InvalidIdField',
  59: 'CommandNotFound',
  66: 'ImmutableField',
  67: 'CannotCreateIndex',
  68: 'IndexAlreadyExists',
  72: 'InvalidOptions',
  73: 'InvalidNamespace',
  85: 'IndexOptionsConflict',
  86: 'IndexKeySpecsConflict',
  112: 'WriteConflict',
  115: 'CommandNotSupported',
  171: 'CannotIndexParallelArrays',
  197: 'InvalidIndexSpecificationOption',
  225: 'TransactionTooOld',
  251: 'NoSuchTransaction',
  256: 'TransactionCommitted',
  263: 'OperationNotSupportedInTransaction',
  10334: 'BSONObjectTooLarge',
  11000: 'DuplicateKey',
  40324: 'Location40324',
};

export class CommandError extends Error {
  readonly codeName: string;
  constructor(
    readonly code: number,
    message: string,
    codeName?: string,
    readonly errorLabels?: string[],
    /** Extra reply fields (e.g. keyPattern / keyValue of a duplicate key error). */
    readonly extra?: Document,
  ) {
    super(message);
    this.codeName = codeName ?? CODE_NAMES[code] ?? 'Location' + code;
  }

  toReply(): Document {
    const reply: Document = { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName };
    if (this.errorLabels?.length) reply.errorLabels = this.errorLabels;
    if (this.extra) Object.assign(reply, this.extra);
    return reply;
  }
}

export const badValue = (msg: string) => new CommandError(2, msg);
export const typeMismatch = (msg: string) => new CommandError(14, msg);

export function writeConflict(): CommandError {
  return new CommandError(
    112,
    'Write conflict during plan execution and yielding is disabled. :: Please retry your operation or multi-document transaction.',
    'WriteConflict',
    ['TransientTransactionError'],
  );
}

/** Wraps anything thrown (mingo errors, bugs) into a CommandError so the process never crashes. */
export function asCommandError(err: unknown): CommandError {
  if (err instanceof CommandError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/unknown|not supported|invalid|expects|must|cannot|not allowed/i.test(message)) {
    return new CommandError(2, message);
  }
  return new CommandError(1, message);
}

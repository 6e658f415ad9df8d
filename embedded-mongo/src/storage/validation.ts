/**
 * Collection validators (`validator` with query operators; `$jsonSchema` is refused at create/collMod
 * time because it is not implemented). Honours validationLevel strict / moderate / off and
 * validationAction error / warn.
 */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { isPlainObject, toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { assertSupported } from '../query/unsupported.js';

export type Validator = (plainDoc: Document, plainPrevious?: Document) => void;

/** Throws for validators the engine cannot evaluate; returns undefined when there is none. */
export function compileValidator(options: Document): Validator | undefined {
  const spec = options.validator;
  if (spec === undefined || spec === null || (isPlainObject(spec) && Object.keys(spec).length === 0)) return undefined;
  if (!isPlainObject(spec)) throw new CommandError(14, 'validator must be an object', 'TypeMismatch');
  const plain = toPlain(spec) as Document;
  if (JSON.stringify(plain).includes('"$jsonSchema"')) {
    throw new CommandError(115, '$jsonSchema validators are not supported by the embedded engine', 'CommandNotSupported');
  }
  assertSupported(plain);
  let query: Query;
  try {
    query = new Query(plain);
  } catch (err) {
    throw new CommandError(2, `invalid validator: ${(err as Error).message}`);
  }
  const level = options.validationLevel ?? 'strict';
  const action = options.validationAction ?? 'error';
  if (level === 'off' || action === 'warn') return undefined;
  return (doc, previous) => {
    if (level === 'moderate' && previous && !query.test(previous)) return;
    if (!query.test(doc)) {
      throw new CommandError(121, 'Document failed validation', 'DocumentValidationFailure', undefined, { errInfo: { failingDocumentId: doc._id } });
    }
  };
}

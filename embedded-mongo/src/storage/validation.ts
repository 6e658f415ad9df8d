/**
 * Collection validators: query operators (mingo, on the plain view) and a top-level `$jsonSchema`
 * (json-schema.ts, on the typed document). `$jsonSchema` nested in $and / $or is refused at
 * create/collMod time. Honours validationLevel strict / moderate / off and validationAction error / warn.
 */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { isPlainObject, toPlain, toWire } from '../bson/values.js';
import { rewriteFilter } from '../query/filter-rewrite.js';
import { CommandError } from '../commands/errors.js';
import { assertSupported } from '../query/unsupported.js';
import { compileSchema, type SchemaCheck } from './json-schema.js';

export type Validator = (
  plainDoc: Document,
  plainPrevious: Document | undefined,
  doc: Document,
  previous: Document | undefined,
) => void;

/** Throws for validators the engine cannot evaluate; returns undefined when there is none. */
export function compileValidator(options: Document): Validator | undefined {
  const spec = options.validator;
  if (spec === undefined || spec === null || (isPlainObject(spec) && Object.keys(spec).length === 0))
    return undefined;
  if (!isPlainObject(spec)) throw new CommandError(14, 'validator must be an object', 'TypeMismatch');
  const { $jsonSchema: schema, ...queryPart } = spec;
  const schemaCheck: SchemaCheck | undefined = schema === undefined ? undefined : compileSchema(schema);
  const plain = toPlain(queryPart) as Document;
  if (JSON.stringify(plain).includes('"$jsonSchema"')) {
    throw new CommandError(
      115,
      '$jsonSchema is only supported at the top level of a validator by the embedded engine',
      'CommandNotSupported',
    );
  }
  assertSupported(plain);
  let query: Query;
  try {
    query = new Query(rewriteFilter(plain));
  } catch (err) {
    throw new CommandError(2, `invalid validator: ${(err as Error).message}`);
  }
  const level = options.validationLevel ?? 'strict';
  const action = options.validationAction ?? 'error';
  if (level === 'off' || action === 'warn') return undefined;
  const valid = (plainDoc: Document, doc: Document) =>
    query.test(plainDoc) && (!schemaCheck || schemaCheck(doc));
  return (plainDoc, plainPrevious, doc, previous) => {
    if (level === 'moderate' && plainPrevious && previous && !valid(plainPrevious, previous)) return;
    if (!valid(plainDoc, doc)) {
      throw new CommandError(121, 'Document failed validation', 'DocumentValidationFailure', undefined, {
        errInfo: { failingDocumentId: toWire(doc._id) },
      });
    }
  };
}

/**
 * Commands that only implement the simple (binary) collation refuse any other rather than ignore it.
 * find, count and aggregate ($match / $sort / ...) accept query collations: see query/collation.ts.
 */
import { isPlainObject } from '../bson/values.js';
import { CommandError } from './errors.js';

export function checkCollation(collation: unknown): void {
  if (collation === undefined || collation === null) return;
  if (!isPlainObject(collation)) throw new CommandError(14, 'collation must be an object', 'TypeMismatch');
  if (collation.locale !== 'simple') {
    throw new CommandError(
      2,
      `collation with locale '${String(collation.locale)}' is not supported by the embedded engine (only 'simple')`,
      'BadValue',
    );
  }
}

/** Rejects query/aggregation features the engine does not implement, before they can answer wrongly. */
import { CommandError } from '../commands/errors.js';
import { isPlainObject } from '../bson/values.js';

const UNSUPPORTED: Record<string, string> = {
  $text: '$text queries need a text index, which this engine does not support',
  $near: 'geospatial queries ($near) are not supported',
  $nearSphere: 'geospatial queries ($nearSphere) are not supported',
  $geoWithin: 'geospatial queries ($geoWithin) are not supported',
  $geoIntersects: 'geospatial queries ($geoIntersects) are not supported',
  $geoNear: 'the $geoNear stage is not supported',
  $where: '$where (server-side JavaScript) is not supported',
  $function: '$function (server-side JavaScript) is not supported',
  $accumulator: '$accumulator (server-side JavaScript) is not supported',
  $search: '$search (Atlas Search) is not supported',
  $searchMeta: '$searchMeta (Atlas Search) is not supported',
  $vectorSearch: '$vectorSearch is not supported',
};

/** Throws CommandNotSupported-style BadValue for any unsupported operator anywhere in `value`. */
export function assertSupported(value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) assertSupported(v);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    if (key.charCodeAt(0) === 36 /* $ */ && key in UNSUPPORTED) {
      throw new CommandError(115, UNSUPPORTED[key], 'CommandNotSupported');
    }
    assertSupported(value[key]);
  }
}

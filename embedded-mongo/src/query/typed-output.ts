/**
 * Pipelines run on the plain-number view of documents (mingo needs primitives), so an integral double,
 * a Long or a Decimal128 would come out as a plain number and reach the client as int32 / double.
 * For pipelines whose stages only filter, order and pass fields through ($match, $sort, $skip, $limit,
 * inclusion / exclusion $project, $unset, and the fields $set / $addFields leave alone), every output
 * value sits at the same path as in its source document, so the stored value (with its type) can be
 * put back wherever it equals the output. Computed fields and every other stage are left as they are.
 */
import type { Document } from 'bson';
import { canonicalKey } from '../bson/compare.js';
import { isPlainObject, toPlain } from '../bson/values.js';
import type { DocRecord } from '../storage/collection.js';

const PASS_THROUGH = new Set(['$match', '$sort', '$skip', '$limit', '$unset']);

/** Top-level fields a stage computes, or undefined when the stage may move values around. */
function computedFields(stage: Document): string[] | undefined {
  const [op] = Object.keys(stage);
  if (op === undefined) return undefined;
  if (PASS_THROUGH.has(op)) return [];
  const spec = stage[op];
  if (!isPlainObject(spec)) return undefined;
  if (op === '$set' || op === '$addFields') return Object.keys(spec).map((path) => path.split('.')[0]!);
  if (op !== '$project') return undefined;
  const computed: string[] = [];
  for (const [path, value] of Object.entries(spec)) {
    if (!(value === 0 || value === 1 || value === true || value === false))
      computed.push(path.split('.')[0]!);
  }
  return computed;
}

/** Puts typed source values back into `out` where it still holds them (see the file comment). */
function restore(out: unknown, source: unknown): unknown {
  if (typeof out === 'number') {
    return source !== null && typeof source === 'object' && !Array.isArray(source) && toPlain(source) === out
      ? source
      : out;
  }
  if (Array.isArray(out)) {
    if (!Array.isArray(source) || source.length !== out.length) return out;
    for (let i = 0; i < out.length; i++) out[i] = restore(out[i], source[i]);
    return out;
  }
  if (isPlainObject(out) && isPlainObject(source)) {
    for (const key of Object.keys(out))
      if (Object.hasOwn(source, key)) out[key] = restore(out[key], source[key]);
  }
  return out;
}

export function restoreTypes(
  stages: Document[],
  records: readonly DocRecord[],
  results: Document[],
): Document[] {
  if (!records.some((r) => r.typed)) return results;
  const computed = new Set<string>();
  for (const stage of stages) {
    const fields = computedFields(stage);
    if (!fields) return results;
    for (const f of fields) computed.add(f);
  }
  const byId = new Map<string, Document>();
  for (const record of records) if (record.typed) byId.set(record.rid, record.doc);
  for (const doc of results) {
    const source = doc._id === undefined ? undefined : byId.get(canonicalKey(doc._id));
    if (!source) continue;
    for (const key of Object.keys(doc)) {
      if (!computed.has(key) && Object.hasOwn(source, key)) doc[key] = restore(doc[key], source[key]);
    }
  }
  return results;
}

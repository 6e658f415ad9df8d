/** The update command: operator, replacement and pipeline updates, multi, upsert. */
import type { Document } from 'bson';
import type { CommandContext, CommandSpec } from './context.js';
import { collectionName, docArray } from './args.js';
import { assertDocumentSize, forEachStatement, isOrdered, writeReply } from './write-common.js';
import { applyUpdate, changed, upsertBase, validateUpdate, withIdFirst } from '../query/update-apply.js';
import { readCollection } from '../query/read.js';
import { toPlain, toWire } from '../bson/values.js';
import { CommandError } from './errors.js';
import { checkCollation } from './collation.js';
import { parseSort } from '../query/sort.js';

export interface UpdateOutcome {
  matched: number;
  modified: number;
  upsertedId?: unknown;
  /** Images of the (last) affected document, for findAndModify. */
  before?: Document;
  after?: Document;
}

export interface UpdateStatement {
  q: Document;
  u: unknown;
  multi?: boolean;
  upsert?: boolean;
  arrayFilters?: Document[];
  hint?: unknown;
  sort?: unknown;
  collation?: unknown;
}

/** Runs one update statement against `collName` (used by update and findAndModify). */
export function runUpdate(
  ctx: CommandContext,
  collName: string,
  stmt: UpdateStatement,
  vars?: Document,
): UpdateOutcome {
  const u = validateUpdate(stmt.u);
  checkCollation(stmt.collation);
  const filter = (stmt.q ?? {}) as Document;
  if (stmt.multi && !Array.isArray(u) && !Object.keys(u).some((k) => k.startsWith('$'))) {
    throw new CommandError(9, 'multi update is not supported for replacement-style update', 'FailedToParse');
  }
  const existing = ctx.engine.storage.collection(ctx.db, collName);
  const { records } = readCollection(existing, ctx.view, {
    filter,
    limit: stmt.multi ? 0 : 1,
    hint: stmt.hint,
    sort: parseSort(stmt.sort),
  });
  const plainQuery = toPlain(filter) as Document;
  if (records.length === 0) {
    if (!stmt.upsert) return { matched: 0, modified: 0 };
    const coll = ctx.engine.storage.ensureCollection(ctx.db, collName, ctx.batch);
    const base = Array.isArray(u) || Object.keys(u).some((k) => k.startsWith('$')) ? upsertBase(filter) : {};
    if (!Array.isArray(u) && !Object.keys(u).some((k) => k.startsWith('$')) && base._id === undefined) {
      const idFromQuery = upsertBase(filter)._id;
      if (idFromQuery !== undefined) base._id = idFromQuery;
    }
    const doc = withIdFirst(
      applyUpdate(base, u, plainQuery, { arrayFilters: stmt.arrayFilters, vars, inserting: true }),
    );
    assertDocumentSize(doc);
    ctx.writer.insert(coll, doc);
    return { matched: 0, modified: 0, upsertedId: doc._id, after: doc };
  }
  const coll = existing!;
  let modified = 0;
  let before: Document | undefined;
  let after: Document | undefined;
  for (const record of records) {
    const next = applyUpdate(record.doc, u, plainQuery, { arrayFilters: stmt.arrayFilters, vars });
    before = record.doc;
    after = next;
    if (!changed(record.doc, next)) continue;
    assertDocumentSize(next);
    ctx.writer.replace(
      coll,
      record,
      next,
      Array.isArray(u) || Object.keys(u).some((k) => k.startsWith('$')) ? 'update' : 'replace',
    );
    modified++;
  }
  return { matched: records.length, modified, before, after };
}

export const update: CommandSpec = {
  write: true,
  inTransaction: true,
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'update');
    const statements = docArray(cmd, 'updates') as UpdateStatement[];
    let n = 0;
    let nModified = 0;
    const upserted: Document[] = [];
    const vars = cmd.let as Document | undefined;
    const errors = forEachStatement(ctx, statements, isOrdered(cmd), (stmt, index) => {
      const outcome = runUpdate(ctx, name, stmt, vars);
      if (outcome.upsertedId !== undefined) {
        upserted.push({ index, _id: toWire(outcome.upsertedId) });
        n++;
      } else {
        n += outcome.matched;
        nModified += outcome.modified;
      }
    });
    return writeReply(n, errors, upserted.length ? { nModified, upserted } : { nModified });
  },
};

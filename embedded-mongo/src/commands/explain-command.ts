/** The explain command for find, count, distinct, aggregate, update and delete. */
import type { Document } from 'bson';
import type { CommandSpec } from './context.js';
import { CommandError } from './errors.js';
import { isPlainObject, toPlain } from '../bson/values.js';
import { readCollection } from '../query/read.js';
import { parseSort } from '../query/sort.js';
import { explainReply } from './explain.js';
import { aggregateRun } from './aggregate.js';

function filterOf(
  inner: Document,
  kind: string,
): { name: string; filter: Document; sort?: unknown; skip?: number; limit?: number; hint?: unknown } {
  const name = String(inner[kind]);
  switch (kind) {
    case 'find':
      return {
        name,
        filter: inner.filter ?? {},
        sort: inner.sort,
        skip: Number(toPlain(inner.skip ?? 0)),
        limit: Math.abs(Number(toPlain(inner.limit ?? 0))),
        hint: inner.hint,
      };
    case 'count':
    case 'distinct':
      return { name, filter: inner.query ?? {}, hint: inner.hint };
    case 'update':
      return { name, filter: inner.updates?.[0]?.q ?? {}, hint: inner.updates?.[0]?.hint };
    case 'delete':
      return { name, filter: inner.deletes?.[0]?.q ?? {}, hint: inner.deletes?.[0]?.hint };
    case 'findAndModify':
      return { name, filter: inner.query ?? {}, sort: inner.sort, limit: 1 };
    default:
      throw new CommandError(115, `explain is not supported for '${kind}'`, 'CommandNotSupported');
  }
}

export const explain: CommandSpec = {
  handler(cmd, ctx) {
    const inner = cmd.explain;
    if (!isPlainObject(inner))
      throw new CommandError(14, 'explain argument must be an object', 'TypeMismatch');
    const kind = Object.keys(inner)[0];
    const verbosity = typeof cmd.verbosity === 'string' ? cmd.verbosity : 'allPlansExecution';
    if (kind === 'aggregate') {
      if (!Array.isArray(inner.pipeline))
        throw new CommandError(14, "'pipeline' option must be specified as an array", 'TypeMismatch');
      return aggregateRun(
        ctx,
        typeof inner.aggregate === 'string' ? inner.aggregate : undefined,
        inner.pipeline,
      ).explain();
    }
    const q = filterOf(inner, kind);
    const coll = ctx.engine.storage.collection(ctx.db, q.name);
    const started = Date.now();
    const { records, plan, stats } = readCollection(coll, ctx.view, {
      filter: q.filter,
      sort: parseSort(q.sort),
      skip: q.skip,
      limit: q.limit,
      hint: q.hint,
    });
    return explainReply(`${ctx.db}.${q.name}`, plan, stats, records.length, verbosity, Date.now() - started);
  },
};

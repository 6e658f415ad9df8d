/**
 * The aggregate command: a leading $match is answered through the planner (indexes), the rest of the
 * pipeline runs in mingo over plain views; $lookup / $unionWith read other collections of the same
 * database as this reader sees them; $out / $merge write through the normal write path.
 */
import type { Document } from 'bson';
import type { CommandContext, CommandSpec } from './context.js';
import { CommandError } from './errors.js';
import { isPlainObject, toPlain, toWire, cloneDoc } from '../bson/values.js';
import { readCollection } from '../query/read.js';
import { parseSort } from '../query/sort.js';
import { runPipeline } from '../query/pipeline.js';
import { assertSupported } from '../query/unsupported.js';
import { plainOf, type DocRecord } from '../storage/collection.js';
import { restoreTypes } from '../query/typed-output.js';
import { arrayIterator, cursorReply } from './cursor-reply.js';
import { runMerge, runOut } from './aggregate-output.js';
import { explainReply } from './explain.js';
import { parseCollation, type Collation } from '../query/collation.js';
import { runCollatedPipeline } from '../query/collation-pipeline.js';
import { nonNegative } from './args.js';
import { pipelineDependencies } from '../query/dependencies.js';

/** A copy of the fields the pipeline reads (the stored document must not reach mingo, which may mutate). */
function pick(doc: Document, fields: ReadonlySet<string>): Document {
  const out: Document = {};
  for (const field of fields) if (Object.hasOwn(doc, field)) out[field] = cloneDoc(doc[field]);
  return out;
}

/** MongoDB's stage names; others are refused as mongod does (unsupported ones fail later, clearly). */
const STAGES = new Set([
  '$addFields',
  '$bucket',
  '$bucketAuto',
  '$changeStream',
  '$changeStreamSplitLargeEvent',
  '$collStats',
  '$count',
  '$currentOp',
  '$densify',
  '$documents',
  '$facet',
  '$fill',
  '$geoNear',
  '$graphLookup',
  '$group',
  '$indexStats',
  '$limit',
  '$listLocalSessions',
  '$listSampledQueries',
  '$listSearchIndexes',
  '$listSessions',
  '$lookup',
  '$match',
  '$merge',
  '$out',
  '$planCacheStats',
  '$project',
  '$querySettings',
  '$redact',
  '$replaceRoot',
  '$replaceWith',
  '$sample',
  '$search',
  '$searchMeta',
  '$set',
  '$setWindowFields',
  '$skip',
  '$sort',
  '$sortByCount',
  '$unionWith',
  '$unset',
  '$unwind',
  '$vectorSearch',
]);

function allDocs(ctx: CommandContext, name: string): Document[] {
  const coll = ctx.engine.storage.collection(ctx.db, name);
  return readCollection(coll, ctx.view, {}).records.map((r) => cloneDoc(plainOf(r)));
}

export interface AggregateRun {
  results: Document[];
  explain: () => Document;
}

export function aggregateRun(
  ctx: CommandContext,
  name: string | undefined,
  pipeline: Document[],
  vars?: Document,
  hint?: unknown,
  collation?: Collation,
): AggregateRun {
  const stages = toPlain(pipeline) as Document[];
  if (collation) {
    const coll = name === undefined ? undefined : ctx.engine.storage.collection(ctx.db, name);
    const read = readCollection(coll, ctx.view, { hint, collation });
    const results = runCollatedPipeline(read.records, plainOf, stages, collation).map((r) =>
      'doc' in r && 'rid' in r ? (r.doc as Document) : (r as Document),
    );
    return { results, explain: () => ({ ok: 1, stages: toWire(stages), collation: true }) };
  }
  let rest = stages;
  let filter: Document = {};
  let sort: Document | undefined;
  let limit = 0;
  if (rest[0]?.$match && isPlainObject(rest[0].$match) && !JSON.stringify(rest[0].$match).includes('$expr')) {
    filter = rest[0].$match as Document;
    rest = rest.slice(1);
  }
  if (rest[0]?.$sort) {
    sort = rest[0].$sort as Document;
    rest = rest.slice(1);
    if (typeof rest[0]?.$limit === 'number') {
      limit = rest[0].$limit as number;
      rest = rest.slice(1);
    }
  }
  const started = Date.now();
  let input: Document[];
  let records: DocRecord[] = [];
  let explain: () => Document;
  let deps: Set<string> | undefined;
  if (name === undefined) {
    input = [];
    explain = () => ({ ok: 1, stages: toWire(stages) });
  } else {
    const coll = ctx.engine.storage.collection(ctx.db, name);
    const read = readCollection(coll, ctx.view, { filter, sort: parseSort(sort), limit, hint });
    records = read.records;
    deps = pipelineDependencies(rest);
    input = deps ? records.map((r) => pick(plainOf(r), deps!)) : records.map(plainOf);
    explain = () =>
      explainReply(
        `${ctx.db}.${name}`,
        read.plan,
        read.stats,
        input.length,
        'executionStats',
        Date.now() - started,
      );
  }
  const results = restoreTypes(
    rest,
    records,
    runPipeline(input, rest, (other) => allDocs(ctx, other), vars, deps !== undefined),
  );
  return { results, explain };
}

export const aggregate: CommandSpec = {
  inTransaction: true,
  handler(cmd, ctx) {
    const target = cmd.aggregate;
    const name = typeof target === 'string' ? target : undefined;
    if (name === undefined && toPlain(target) !== 1)
      throw new CommandError(14, 'collection name must be a string or 1', 'TypeMismatch');
    if (!Array.isArray(cmd.pipeline))
      throw new CommandError(14, "'pipeline' option must be specified as an array", 'TypeMismatch');
    const pipeline = cmd.pipeline as Document[];
    const collation = parseCollation(cmd.collation);
    assertSupported(pipeline);
    if (collation && pipeline.some((s) => isPlainObject(s) && ('$changeStream' in s || '$merge' in s))) {
      throw new CommandError(
        115,
        '$changeStream / $merge with a collation are not supported by the embedded engine',
        'CommandNotSupported',
      );
    }
    if (pipeline.some((s) => isPlainObject(s) && '$changeStream' in s)) {
      return ctx.engine.changeStreams(cmd, ctx);
    }
    for (const [i, stage] of pipeline.entries()) {
      if (!isPlainObject(stage) || Object.keys(stage).length !== 1)
        throw new CommandError(
          40323,
          'A pipeline stage specification object must contain exactly one field.',
          'Location40323',
        );
      const op = Object.keys(stage)[0];
      if (!STAGES.has(op))
        throw new CommandError(40324, `Unrecognized pipeline stage name: '${op}'`, 'Location40324');
      if ((op === '$out' || op === '$merge') && i !== pipeline.length - 1)
        throw new CommandError(40601, `${op} can only be the final stage in the pipeline`, 'Location40601');
    }
    const last = pipeline[pipeline.length - 1];
    const output = last && ('$out' in last || '$merge' in last) ? last : undefined;
    const { results, explain } = aggregateRun(
      ctx,
      name,
      output ? pipeline.slice(0, -1) : pipeline,
      cmd.let as Document | undefined,
      cmd.hint,
      collation,
    );
    if (cmd.explain) return explain();
    if (output) {
      if ('$out' in output) runOut(ctx, output.$out, results);
      else runMerge(ctx, output.$merge, results);
      return cursorReply(ctx, `${ctx.db}.${name ?? '$cmd.aggregate'}`, () => undefined, 0, true);
    }
    const cursorOpts = isPlainObject(cmd.cursor) ? cmd.cursor : {};
    const batchSize = nonNegative(cursorOpts, 'batchSize');
    return cursorReply(
      ctx,
      `${ctx.db}.${name ?? '$cmd.aggregate'}`,
      arrayIterator(results, (d) => toWire(d) as Document),
      batchSize,
      false,
    );
  },
};

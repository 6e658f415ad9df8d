/**
 * The `$changeStream` aggregation stage: a tailable, awaitData cursor over the change log, filtered to
 * the stream's scope (collection, database or cluster) and run through the rest of the pipeline.
 * Supports resumeAfter / startAfter / startAtOperationTime, fullDocument: 'updateLookup' and
 * fullDocumentBeforeChange; every reply carries a postBatchResumeToken.
 */
import { Long, type Document } from 'bson';
import type { CommandContext } from '../commands/context.js';
import { CommandError } from '../commands/errors.js';
import { isPlainObject, toPlain, toWire } from '../bson/values.js';
import { canonicalKey } from '../bson/compare.js';
import { CursorStore } from '../commands/cursors.js';
import { compileMatchStages, runPipeline } from '../query/pipeline.js';
import {
  changeDocument,
  inScope,
  invalidateDocument,
  invalidates,
  type StreamOptions,
  type StreamScope,
} from './event-doc.js';
import { makeToken, timestampOf, tokenSeq } from './tokens.js';
import type { ChangeEvent } from '../storage/events.js';

const ALLOWED_STAGES = new Set([
  '$match',
  '$project',
  '$addFields',
  '$set',
  '$unset',
  '$replaceRoot',
  '$replaceWith',
  '$redact',
]);

function parseOptions(spec: Document): StreamOptions {
  const fullDocument = spec.fullDocument ?? 'default';
  const before = spec.fullDocumentBeforeChange ?? 'off';
  if (!['default', 'updateLookup', 'whenAvailable', 'required'].includes(fullDocument))
    throw new CommandError(2, `unknown fullDocument mode '${String(fullDocument)}'`);
  if (!['off', 'whenAvailable', 'required'].includes(before))
    throw new CommandError(2, `unknown fullDocumentBeforeChange mode '${String(before)}'`);
  return { fullDocument, fullDocumentBeforeChange: before, showExpandedEvents: !!spec.showExpandedEvents };
}

function scopeOf(cmd: Document, ctx: CommandContext, spec: Document): StreamScope {
  if (typeof cmd.aggregate === 'string') return { db: ctx.db, coll: cmd.aggregate };
  if (ctx.db === 'admin') {
    if (!spec.allChangesForCluster)
      throw new CommandError(
        73,
        '$changeStream on the admin database needs allChangesForCluster: true',
        'InvalidNamespace',
      );
    return {};
  }
  return { db: ctx.db };
}

/**
 * A new stream (no resume option) starts after the last commit, as mongod starts after its last
 * applied write. Writes the client sent just before the aggregate are therefore only reported if they
 * commit after the open; mongod's slower commits win that race more often than this engine's. Reaching
 * back (to the client's gossiped $clusterTime) was tried and rejected: clients with a stale cluster
 * time then received earlier writes and drop/invalidate events of other clients, which mongod never
 * reports to a new stream.
 */
function newStreamStart(ctx: CommandContext): number {
  return ctx.engine.changeLog.lastSeq;
}

/** Sequence number after which the stream starts. */
function startPosition(ctx: CommandContext, spec: Document): number {
  const log = ctx.engine.changeLog;
  const token = spec.resumeAfter ?? spec.startAfter;
  if (token !== undefined) {
    const seq = tokenSeq(toWire(token));
    if (!log.covers(seq))
      throw new CommandError(
        286,
        'Resume of change stream was not possible, as the resume point may no longer be in the oplog.',
        'ChangeStreamHistoryLost',
      );
    return seq;
  }
  if (spec.startAtOperationTime !== undefined) return log.seqBefore(timestampOf(spec.startAtOperationTime));
  return newStreamStart(ctx);
}

export function openChangeStream(cmd: Document, ctx: CommandContext): Document {
  if (ctx.txn)
    throw new CommandError(
      263,
      '$changeStream cannot run in a transaction',
      'OperationNotSupportedInTransaction',
    );
  const pipeline = cmd.pipeline as Document[];
  if (!isPlainObject(pipeline[0]) || !('$changeStream' in pipeline[0]))
    throw new CommandError(
      40602,
      '$changeStream is only valid as the first stage in a pipeline',
      'Location40602',
    );
  const spec = (pipeline[0].$changeStream ?? {}) as Document;
  if (!isPlainObject(spec))
    throw new CommandError(14, '$changeStream stage expects a document', 'TypeMismatch');
  const rest = pipeline.slice(1);
  for (const stage of rest) {
    const op = Object.keys(stage)[0];
    if (!ALLOWED_STAGES.has(op))
      throw new CommandError(40602, `${op} is not permitted in a $changeStream pipeline`, 'Location40602');
  }
  const plainRest = toPlain(rest) as Document[];
  const onlyMatches = rest.every((s) => '$match' in s);
  const matches = onlyMatches && plainRest.length ? compileMatchStages(plainRest) : null;
  const options = parseOptions(spec);
  const scope = scopeOf(cmd, ctx, spec);
  const { engine } = ctx;
  const log = engine.changeLog;
  log.attach();
  let position = startPosition(ctx, spec);
  let invalidated = false;
  const queue: Document[] = [];

  const lookup = (db: string, coll: string, id: unknown): Document | null => {
    const record = engine.storage.collection(db, coll)?.records.get(canonicalKey(id));
    return record ? (toWire(record.doc) as Document) : null;
  };
  const shape = (event: ChangeEvent): Document | undefined => {
    const doc = changeDocument(event, options, lookup);
    if (!plainRest.length) return doc;
    if (matches) return matches(toPlain(doc) as Document) ? doc : undefined;
    const [out] = runPipeline([toPlain(doc) as Document], plainRest, () => []);
    if (!out) return undefined;
    return toWire(out) as Document;
  };
  const refill = () => {
    for (const event of log.after(position)) {
      position = event.seq;
      if (!inScope(event, scope)) continue;
      const doc = shape(event);
      if (doc) queue.push(doc);
      if (invalidates(event, scope)) {
        queue.push(invalidateDocument(event));
        invalidated = true;
        return;
      }
    }
  };
  const next = (): Document | undefined => {
    if (!queue.length && !invalidated) refill();
    return queue.shift();
  };

  const ns = scope.coll !== undefined ? `${scope.db}.${scope.coll}` : `${ctx.db}.$cmd.aggregate`;
  const resumeToken = () => makeToken(engine.storage.clusterTime, position);
  const cursor = engine.cursors.register({
    ns,
    next,
    sessionKey: ctx.session?.key,
    tailable: true,
    awaitData: (ms) => (invalidated ? Promise.resolve(false) : log.wait(ms)),
    decorate: (cursorDoc) => {
      cursorDoc.postBatchResumeToken = resumeToken();
      if (invalidated && !queue.length) cursor.tailable = false;
    },
  });
  const batchSize =
    isPlainObject(cmd.cursor) && cmd.cursor.batchSize !== undefined
      ? Number(toPlain(cmd.cursor.batchSize))
      : 101;
  const [firstBatch] = CursorStore.take(next, batchSize);
  const cursorDoc: Document = { firstBatch, postBatchResumeToken: resumeToken(), id: cursor.id, ns };
  return { cursor: cursorDoc, ok: 1 };
}

export { Long };

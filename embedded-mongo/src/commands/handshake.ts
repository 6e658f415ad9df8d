/** hello / isMaster: presents the engine as the primary of a single-node replica set `rs0`. */
import { Long, type Document } from 'bson';
import type { CommandContext, CommandSpec } from './context.js';
import { toPlain } from '../bson/values.js';

export const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;
export const MAX_MESSAGE_SIZE_BYTES = 48_000_000;
export const MAX_WRITE_BATCH_SIZE = 100_000;
export const REPLICA_SET_NAME = 'rs0';

export function helloReply(ctx: CommandContext, cmd: Document): Document {
  const { engine } = ctx;
  const me = engine.address;
  const now = new Date();
  const opTime = { ts: engine.storage.clusterTime, t: Long.fromNumber(1) };
  if (cmd.helloOk === true) ctx.conn.helloOk = true;
  const reply: Document = {
    helloOk: true,
    isWritablePrimary: true,
    topologyVersion: { processId: engine.processId, counter: Long.fromNumber(0) },
    hosts: [me],
    setName: REPLICA_SET_NAME,
    setVersion: 1,
    ismaster: true,
    secondary: false,
    primary: me,
    me,
    electionId: engine.electionId,
    lastWrite: { opTime, lastWriteDate: now, majorityOpTime: opTime, majorityWriteDate: now },
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
    maxWriteBatchSize: MAX_WRITE_BATCH_SIZE,
    localTime: now,
    logicalSessionTimeoutMinutes: 30,
    connectionId: ctx.conn.id,
    minWireVersion: 0,
    maxWireVersion: 21,
    readOnly: false,
    ok: 1,
  };
  if (Object.keys(cmd)[0] !== 'hello') delete reply.isWritablePrimary;
  // Compression is declined by not echoing any compressor back.
  if (cmd.saslSupportedMechs !== undefined) reply.saslSupportedMechs = [];
  return reply;
}

/** Streaming (awaitable) hello from driver monitors: the wire layer delays these. */
export function awaitableHelloDelay(cmd: Document): number | undefined {
  if (cmd.topologyVersion === undefined || cmd.maxAwaitTimeMS === undefined) return undefined;
  return Number(toPlain(cmd.maxAwaitTimeMS));
}

const hello: CommandSpec = { handler: (cmd, ctx) => helloReply(ctx, cmd) };

export const HANDSHAKE_COMMANDS: Record<string, CommandSpec> = {
  hello,
  isMaster: hello,
  ismaster: hello,
};

import * as Y from 'yjs';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import type { Socket } from 'socket.io';
import {
  awarenessRequestSchema,
  joinRequestSchema,
  MAX_AWARENESS_BYTES,
  MAX_UPDATE_BYTES,
  syncRequestSchema,
  updateRequestSchema,
  type Failure,
  type MeetingClientToServerEvents,
  type MeetingServerToClientEvents,
  type RealtimeError,
} from '@keha/shared';
import type { Logger } from '../../../platform/logging.js';
import type { SocketData } from '../../../platform/realtime/socket-server.js';
import { payloadBytes, toBase64, toBytes } from './bytes.js';
import type { JoinAuthoriser } from './join-authoriser.js';
import type { SubmitResult } from './live-document.js';
import { DEFAULT_RATE_LIMITS, TokenBucket, type RateLimits } from './rate-limiter.js';
import type { Room } from './room.js';
import type { RoomRegistry } from './room-registry.js';

export type MeetingSocket = Socket<
  MeetingClientToServerEvents,
  MeetingServerToClientEvents,
  Record<string, never>,
  SocketData
>;

const fail = (error: RealtimeError, message?: string): Failure =>
  message ? { ok: false, error, message } : { ok: false, error };
/** A client may leave out the acknowledgement callback; answering then is a no-op. */
const answer = <T>(ack: unknown): ((res: T) => void) =>
  typeof ack === 'function' ? (ack as (res: T) => void) : () => undefined;

/**
 * One socket's part in the meeting notes: join (authorised and audited), sync, updates (validated,
 * applied and passed on to the room at once, acknowledged once stored), awareness (relayed), leave. A socket over its token bucket
 * is told why and closed; the document and the other sockets are not affected.
 */
export function handleMeetingSocket(
  socket: MeetingSocket,
  deps: { registry: RoomRegistry; authoriser: JoinAuthoriser; logger: Logger; limits?: RateLimits },
): void {
  const limits = deps.limits ?? DEFAULT_RATE_LIMITS;
  const updateBucket = new TokenBucket(limits.updates.capacity, limits.updates.perSecond);
  const awarenessBucket = new TokenBucket(limits.awareness.capacity, limits.awareness.perSecond);
  const joined = new Map<string, Room>();
  const user = socket.data.user;
  const log = deps.logger.child({ socketId: socket.id, userId: user.id });

  const reject = (reason: RealtimeError, details: Record<string, unknown> = {}): Failure => {
    log.warn({ reason, ...details }, 'meeting notes: message rejected');
    return fail(reason);
  };
  const flood = (kind: string) => {
    log.warn({ reason: 'rate_limited', kind }, 'meeting notes: socket closed for flooding');
    socket.emit('realtime:closing', { reason: 'rate_limited' });
    socket.disconnect(true);
    return fail('rate_limited');
  };
  const leave = (meetingId: string) => {
    const room = joined.get(meetingId);
    if (!room) return;
    joined.delete(meetingId);
    void socket.leave(room.docName);
    room.remove(socket.id);
    deps.registry.unloadWhenIdle(room);
  };

  socket.on('meeting:join', async (req, ack) => {
    const reply = answer<Parameters<typeof ack>[0]>(ack);
    const parsed = joinRequestSchema.safeParse(req);
    if (!parsed.success) return reply(reject('invalid_payload'));
    const { meetingId } = parsed.data;
    const decision = await deps.authoriser.authorise(socket, meetingId);
    if (!decision.ok) return reply(reject(decision.error, { meetingId }));
    if (!socket.connected) return;
    let room = joined.get(meetingId);
    if (!room) {
      room = await deps.registry.acquire(meetingId);
      room.add({
        socketId: socket.id,
        userId: user.id,
        name: user.displayName,
        readOnly: false,
        awarenessIds: new Set(),
      });
      deps.registry.release(room);
      joined.set(meetingId, room);
      await socket.join(room.docName);
    }
    const member = room.members.get(socket.id)!;
    member.readOnly = decision.readOnly || room.live.frozen;
    reply({
      ok: true,
      meetingId,
      docName: room.docName,
      readOnly: member.readOnly,
      participants: room.participants(),
    });
    const awareness = room.awarenessState();
    if (awareness) socket.emit('awareness:update', { meetingId, update: toBase64(awareness) });
  });

  socket.on('meeting:leave', (req, ack) => {
    const parsed = joinRequestSchema.safeParse(req);
    if (parsed.success) leave(parsed.data.meetingId);
    answer<Parameters<typeof ack>[0]>(ack)(parsed.success ? { ok: true } : fail('invalid_payload'));
  });

  socket.on('doc:sync', (req, ack) => {
    const reply = answer<Parameters<typeof ack>[0]>(ack);
    const parsed = syncRequestSchema.safeParse(req);
    if (!parsed.success) return reply(reject('invalid_payload'));
    const room = joined.get(parsed.data.meetingId);
    if (!room) return reply(reject('not_joined'));
    try {
      const doc = room.live.doc;
      const update = Y.encodeStateAsUpdate(doc, toBytes(parsed.data.stateVector));
      reply({ ok: true, update, stateVector: Y.encodeStateVector(doc) });
    } catch {
      reply(reject('malformed_update', { what: 'state vector' }));
    }
  });

  socket.on('doc:update', async (req, ack) => {
    const reply = answer<Parameters<typeof ack>[0]>(ack);
    if (!updateBucket.take()) return reply(flood('update'));
    const parsed = updateRequestSchema.safeParse(req);
    if (!parsed.success) return reply(reject('invalid_payload'));
    const { meetingId, clientMutationId } = parsed.data;
    const room = joined.get(meetingId);
    if (!room) return reply(reject('not_joined', { meetingId }));
    const member = room.members.get(socket.id);
    if (room.live.frozen) return reply(fail('read_only'));
    if (!member || member.readOnly) return reply(reject('forbidden', { meetingId }));
    const update = payloadBytes(parsed.data.update);
    if (update.byteLength > MAX_UPDATE_BYTES)
      return reply(reject('update_too_large', { bytes: update.byteLength }));
    const clientId = firstClientId(update);
    if (clientId === null) return reply(reject('malformed_update', { meetingId, bytes: update.byteLength }));
    let stored: Promise<SubmitResult>;
    try {
      stored = room.live.submit(
        { kind: 'update', update, clientId, clientMutationId, userId: user.id },
        socket.id,
        true,
      );
    } catch {
      return reply(reject('malformed_update', { meetingId, bytes: update.byteLength }));
    }
    const result = await stored;
    if (!result.ok && result.error === 'unavailable')
      log.error({ meetingId }, 'meeting notes: update not stored');
    reply(result.ok ? result : fail(result.error));
  });

  socket.on('awareness:update', (msg) => {
    if (!awarenessBucket.take()) return void flood('awareness');
    const parsed = awarenessRequestSchema.safeParse(msg);
    if (!parsed.success) return void reject('invalid_payload', { what: 'awareness' });
    const room = joined.get(parsed.data.meetingId);
    if (!room) return void reject('not_joined', { what: 'awareness' });
    const update = payloadBytes(parsed.data.update);
    if (update.byteLength > MAX_AWARENESS_BYTES)
      return void reject('update_too_large', { what: 'awareness' });
    try {
      applyAwarenessUpdate(room.live.awareness, update, socket.id);
    } catch {
      reject('malformed_update', { what: 'awareness' });
    }
  });

  socket.on('disconnect', () => {
    for (const meetingId of [...joined.keys()]) leave(meetingId);
  });
}

/**
 * The Yjs client id of an update's first struct (0 for a delete-only update), or null when the bytes
 * do not decode as a Yjs update: a malformed update is refused before it reaches the log.
 */
export function firstClientId(update: Uint8Array): number | null {
  try {
    const decoded = Y.decodeUpdate(update);
    return decoded.structs[0]?.id.client ?? 0;
  } catch {
    return null;
  }
}

import { z } from 'zod';
import { objectIdSchema } from '../children/child-api.js';

/**
 * The socket.io contract of the shared meeting notes (docs/REALTIME.md). Binary fields are Yjs
 * encodings (`Uint8Array` on the wire; a browser may receive an `ArrayBuffer`). Every request that
 * changes or loads the document is acknowledged: `{ ok: true, ... }` or `{ ok: false, error }`.
 *
 * The per-keystroke messages (`doc:update`, `awareness:update`) carry their Yjs bytes as base64 text
 * instead: socket.io sends an event with binary data as two websocket frames (a JSON header, then the
 * bytes), while a text-only event is one frame that the server encodes once for the whole room. The
 * server still accepts binary in both.
 */
export const MEETING_EVENTS = {
  /** client -> server, ack JoinAck: authorise and enter the meeting's room. */
  join: 'meeting:join',
  /** client -> server, ack: leave the room (disconnecting leaves every room too). */
  leave: 'meeting:leave',
  /** client -> server, ack SyncAck: sync step 1 (client state vector) -> step 2 (what it lacks). */
  sync: 'doc:sync',
  /** both ways: client -> server with ack UpdateAck (persisted before the ack); server -> clients. */
  update: 'doc:update',
  /** both ways, never persisted: y-protocols awareness (cursors, selections, typing section). */
  awareness: 'awareness:update',
  /** server -> clients: who is in the meeting now (every server process). */
  presence: 'meeting:presence',
  /** server -> clients: the meeting was finalised, the notes are read-only from now on. */
  status: 'meeting:status',
  /** server -> client: why the server is about to close this socket (flooding). */
  closing: 'realtime:closing',
} as const;

export const REALTIME_ERRORS = [
  'invalid_payload', // the message does not match the contract
  'not_found', // no such meeting
  'forbidden', // not a member of the meeting's team (audited), or read-only access
  'not_joined', // an update or sync for a meeting this socket has not joined
  'read_only', // the meeting is finalised: later changes are addenda
  'update_too_large', // over MAX_UPDATE_BYTES
  'malformed_update', // does not decode as a Yjs update
  'rate_limited', // over the per-socket token bucket: the socket is closed
  'unavailable', // the update could not be stored: keep it and send it again
] as const;
export type RealtimeError = (typeof REALTIME_ERRORS)[number];

/** One update (or a client's merged pending updates) may be at most this big. */
export const MAX_UPDATE_BYTES = 256 * 1024;
export const MAX_AWARENESS_BYTES = 16 * 1024;

const binary = z.custom<Uint8Array | ArrayBuffer>(
  (v) => v instanceof Uint8Array || v instanceof ArrayBuffer,
  'Expected binary data.',
);

/**
 * Yjs bytes as base64 text (the per-keystroke messages). The size limit is checked on the decoded
 * bytes, so an oversized update is answered `update_too_large` whichever way it came; socket.io's
 * maxHttpBufferSize bounds the text itself.
 */
const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64 text.')
  .refine((s) => s.length % 4 === 0, 'Expected base64 text.');

export const joinRequestSchema = z.strictObject({ meetingId: objectIdSchema });
export const syncRequestSchema = z.strictObject({ meetingId: objectIdSchema, stateVector: binary });
export const updateRequestSchema = z.strictObject({
  meetingId: objectIdSchema,
  update: z.union([base64, binary]),
  /**
   * Chosen by the client per update (e.g. a UUID) and kept with it until acknowledged: a resend with
   * the same id is answered with the first ack, never stored twice.
   */
  clientMutationId: z.string().min(8).max(64),
});
export const awarenessRequestSchema = z.strictObject({
  meetingId: objectIdSchema,
  update: z.union([base64, binary]),
});

export type JoinRequest = z.infer<typeof joinRequestSchema>;
export type SyncRequest = { meetingId: string; stateVector: Uint8Array };
/** Yjs bytes on a per-keystroke message: base64 text (one websocket frame), or binary. */
export type YjsPayload = string | Uint8Array;
export type UpdateRequest = { meetingId: string; update: YjsPayload; clientMutationId: string };
/** Client -> server any payload; server -> clients always base64 text. */
export type AwarenessMessage = { meetingId: string; update: YjsPayload };
export type RemoteAwareness = { meetingId: string; update: string };

export type Failure = { ok: false; error: RealtimeError; message?: string };
export interface Participant {
  userId: string;
  name: string;
  /** Open sockets of this person in the meeting (laptop and the big screen count twice). */
  connections: number;
}
export type JoinAck =
  { ok: true; meetingId: string; docName: string; readOnly: boolean; participants: Participant[] } | Failure;
/** Sync step 2 (`update`: what the client lacks) and the server's own step 1 (`stateVector`). */
export type SyncAck = { ok: true; update: Uint8Array; stateVector: Uint8Array } | Failure;
/** `seq`: the update's place in the document's log; `duplicate`: it had been stored before. */
export type UpdateAck = { ok: true; seq: number; duplicate?: boolean } | Failure;
export type LeaveAck = { ok: true } | Failure;

/**
 * Another participant's update (base64), sent on as soon as the server has checked and applied it;
 * its sender gets the ack once it is durable.
 */
export interface RemoteUpdate {
  meetingId: string;
  update: string;
}
export interface PresenceMessage {
  meetingId: string;
  participants: Participant[];
}
export interface StatusMessage {
  meetingId: string;
  status: 'finalised';
  readOnly: true;
}
export interface ClosingMessage {
  reason: RealtimeError;
}

export interface MeetingClientToServerEvents {
  'meeting:join': (req: JoinRequest, ack: (res: JoinAck) => void) => void;
  'meeting:leave': (req: JoinRequest, ack: (res: LeaveAck) => void) => void;
  'doc:sync': (req: SyncRequest, ack: (res: SyncAck) => void) => void;
  'doc:update': (req: UpdateRequest, ack: (res: UpdateAck) => void) => void;
  'awareness:update': (msg: AwarenessMessage) => void;
}

export interface MeetingServerToClientEvents {
  'doc:update': (msg: RemoteUpdate) => void;
  'awareness:update': (msg: RemoteAwareness) => void;
  'meeting:presence': (msg: PresenceMessage) => void;
  'meeting:status': (msg: StatusMessage) => void;
  'realtime:closing': (msg: ClosingMessage) => void;
}

import * as Y from 'yjs';
import { fromBase64 } from '../realtime/base64';

type Handler = (...args: unknown[]) => void;
type Ack = { ok: boolean; [key: string]: unknown };

/**
 * A stand-in for the socket.io client socket of the notes: records what the provider emits, answers
 * acknowledged requests through `answer` (default: a tiny server holding a Y.Doc), and lets a spec fire
 * server events, disconnects and reconnects.
 */
export class FakeNotesSocket {
  connected = false;
  readonly serverDoc = new Y.Doc();
  readonly sent: { event: string; payload: Record<string, unknown> }[] = [];
  /** Mutation ids acknowledged so far (a resend is answered as a duplicate). */
  readonly stored = new Map<string, number>();
  /** When false, updates get no answer (the ack times out) - as if the network dropped them. */
  answerUpdates = true;
  joinAnswer: Ack = { ok: true, meetingId: 'm1', docName: 'meeting:m1', readOnly: false, participants: [] };
  connects = 0;
  private readonly handlers = new Map<string, Handler[]>();
  private seq = 0;

  on(event: string, handler: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }

  removeAllListeners(): this {
    this.handlers.clear();
    return this;
  }

  connect(): this {
    this.connects++;
    this.connected = true;
    queueMicrotask(() => this.fire('connect'));
    return this;
  }

  disconnect(): this {
    if (this.connected) {
      this.connected = false;
      this.fire('disconnect', 'io client disconnect');
    }
    return this;
  }

  /** The server side closes the socket (e.g. after `realtime:closing`). */
  serverClose(): void {
    this.connected = false;
    this.fire('disconnect', 'io server disconnect');
  }

  emit(event: string, payload: Record<string, unknown>): this {
    this.sent.push({ event, payload });
    return this;
  }

  timeout(_ms: number) {
    return {
      emitWithAck: (event: string, payload: Record<string, unknown>): Promise<Ack> => {
        this.sent.push({ event, payload });
        if (!this.connected) return Promise.reject(new Error('disconnected'));
        if (event === 'meeting:join') return Promise.resolve(this.joinAnswer);
        if (event === 'doc:sync')
          return Promise.resolve({
            ok: true,
            update: Y.encodeStateAsUpdate(this.serverDoc, payload['stateVector'] as Uint8Array),
            stateVector: Y.encodeStateVector(this.serverDoc),
          });
        if (event === 'doc:update') {
          if (!this.answerUpdates) return new Promise<Ack>(() => undefined);
          const id = payload['clientMutationId'] as string;
          const first = this.stored.get(id);
          if (first !== undefined) return Promise.resolve({ ok: true, seq: first, duplicate: true });
          Y.applyUpdate(this.serverDoc, fromBase64(payload['update'] as string));
          this.stored.set(id, ++this.seq);
          return Promise.resolve({ ok: true, seq: this.seq });
        }
        return Promise.resolve({ ok: true });
      },
    };
  }

  /** A server -> client event. */
  fire(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }

  /** The updates the provider sent, decoded from their base64 text. */
  updatesSent(): { update: Uint8Array; clientMutationId: string }[] {
    return this.sent
      .filter((s) => s.event === 'doc:update')
      .map((s) => {
        const payload = s.payload as { update: string; clientMutationId: string };
        return { update: fromBase64(payload.update), clientMutationId: payload.clientMutationId };
      });
  }
}

import * as Y from 'yjs';
import type { AppendResult, DocumentStore, NewEntry } from './document-store.js';
import { LiveDocument } from './live-document.js';

/**
 * The order of applying, passing on and acknowledging, with a log whose writes the spec releases one
 * by one (the integration specs in notes.http.spec.ts run the same class against the real database).
 */
class HeldLog {
  readonly stored: NewEntry[] = [];
  private readonly held: { entries: NewEntry[]; settle: (r: AppendResult) => void }[] = [];

  asStore(): DocumentStore {
    return {
      load: () => Promise.resolve({ snapshot: null, updates: [] }),
      after: () => Promise.resolve([]),
      seqOfMutation: () => Promise.resolve(null),
      append: (_doc: string, entries: readonly NewEntry[]) =>
        new Promise<AppendResult>((settle) => this.held.push({ entries: [...entries], settle })),
    } as unknown as DocumentStore;
  }

  get waiting(): number {
    return this.held.length;
  }

  /** The oldest write becomes durable (or fails). */
  release(outcome: 'stored' | 'failed' = 'stored'): void {
    const write = this.held.shift();
    if (!write) throw new Error('no write is waiting');
    if (outcome === 'stored') this.stored.push(...write.entries);
    write.settle(outcome === 'stored' ? { stored: write.entries.length } : { stored: 0, refused: 'failed' });
  }
}

const textUpdate = (text: string): Uint8Array => {
  const doc = new Y.Doc();
  doc.getText('notes:x').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};
const entry = (id: string, update: Uint8Array): NewEntry => ({
  kind: 'update',
  update,
  clientId: 1,
  clientMutationId: id,
  userId: 'u1',
});
/** Long enough for the queue's write window to pass and the write to start. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 25));

describe('LiveDocument: a client update is passed on at once and acknowledged once durable', () => {
  let log: HeldLog;
  let applied: { text: string; origin: string | null }[];
  let live: LiveDocument;
  beforeEach(async () => {
    log = new HeldLog();
    applied = [];
    live = await LiveDocument.load(log.asStore(), 'meeting:m1', {
      applied: (update, origin) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, update);
        applied.push({ text: doc.getText('notes:x').toString(), origin });
      },
      frozen: () => undefined,
    });
  });
  afterEach(() => live.destroy());

  it('applies and passes on a client update before its write is durable; the ack waits for the write', async () => {
    let ack: unknown = null;
    void live.submit(entry('client-m-0001', textUpdate('hello')), 'socket-a', true).then((r) => (ack = r));
    expect(applied).toEqual([{ text: 'hello', origin: 'socket-a' }]);
    expect(live.doc.getText('notes:x').toString()).toBe('hello');
    await tick();
    expect(ack).toBeNull();
    expect(live.lastSeq).toBe(0);
    log.release();
    await tick();
    expect(ack).toEqual({ ok: true, seq: 1 });
    expect(live.lastSeq).toBe(1);
    expect(applied.length).withContext('not passed on a second time').toBe(1);
  });

  it('applies the server’s own edits only once they are durable', async () => {
    const done = live.submit(entry('server-e-0001', textUpdate('carried over')), null);
    expect(applied).toEqual([]);
    await tick();
    log.release();
    expect(await done).toEqual({ ok: true, seq: 1 });
    expect(applied).toEqual([{ text: 'carried over', origin: null }]);
  });

  it('refuses client updates at once when finalising has been queued, without applying them', async () => {
    const first = live.submit(entry('client-m-0002', textUpdate('before')), 'socket-a', true);
    const freeze = live.submit(
      { kind: 'freeze', update: new Uint8Array(0), clientId: 0, clientMutationId: 'freeze:m1', userId: 'u2' },
      null,
    );
    expect(await live.submit(entry('client-m-0003', textUpdate('after')), 'socket-b', true)).toEqual({
      ok: false,
      error: 'read_only',
    });
    expect(applied.map((a) => a.text)).toEqual(['before']);
    await tick();
    log.release(); // both went in one write, the freeze last
    expect(await first).toEqual({ ok: true, seq: 1 });
    expect(await freeze).toEqual({ ok: true, seq: 2 });
    expect(live.frozen).toBeTrue();
    expect(log.stored.map((e) => e.clientMutationId)).toEqual(['client-m-0002', 'freeze:m1']);
  });

  it('marks the copy ahead of the log when an applied update is not stored; a resend then stores it', async () => {
    const update = textUpdate('kept');
    const failed = live.submit(entry('client-m-0004', update), 'socket-a', true);
    await tick();
    log.release('failed');
    expect(await failed).toEqual({ ok: false, error: 'unavailable' });
    expect(live.aheadOfLog).toBeTrue();
    const resent = live.submit(entry('client-m-0004', update), 'socket-a', true);
    await tick();
    log.release();
    expect(await resent).toEqual({ ok: true, seq: 1 });
    expect(log.stored.map((e) => e.clientMutationId)).toEqual(['client-m-0004']);
    expect(live.doc.getText('notes:x').toString()).toBe('kept');
  });

  it('answers a resend still on its way with the first answer, without passing it on again', async () => {
    const update = textUpdate('once');
    const first = live.submit(entry('client-m-0005', update), 'socket-a', true);
    const again = live.submit(entry('client-m-0005', update), 'socket-a', true);
    await tick();
    log.release();
    expect(await first).toEqual({ ok: true, seq: 1 });
    expect(await again).toEqual({ ok: true, seq: 1, duplicate: true });
    expect(applied.length).toBe(1);
    expect(log.waiting).toBe(0);
  });
});

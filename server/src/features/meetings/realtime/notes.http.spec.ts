import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../../../testing/test-server.js';
import { createMeeting, notesClient, until } from '../spec-support.js';

describe('meeting notes over socket.io', () => {
  let server: TestServer;
  let meetingId: string;
  beforeAll(async () => {
    server = await startTestServer({ NOTES_UNLOAD_AFTER_MS: '0' });
    meetingId = (await createMeeting(server)).id;
  }, 30_000);
  afterAll(async () => server.dispose());
  const log = () => server.database.connection.collection('meetingdocupdates');

  it('stores each update before acknowledging it, with gapless seqs, and sends it to the others', async () => {
    const anna = await notesClient(server, 'anna.sw', meetingId);
    const mikko = await notesClient(server, 'mikko.lead', meetingId);
    expect((await anna.connect()).ok).toBeTrue();
    const joined = await mikko.connect();
    expect(joined.ok && joined.participants.map((p) => p.name).sort()).toEqual([
      'Anna Virtanen',
      'Mikko Laine',
    ]);
    const text = (c: typeof anna) => c.text('notes:first');
    text(anna).insert(0, 'Aino said');
    text(mikko).insert(0, 'Hello. ');
    await until(() => anna.pending.size === 0 && mikko.pending.size === 0);
    await until(() => text(anna).toString() === text(mikko).toString() && text(anna).length === 16);
    const seqs = (
      await log()
        .find({ docName: `meeting:${meetingId}` })
        .sort({ seq: 1 })
        .toArray()
    ).map((e) => e['seq']);
    // Gapless (earlier entries may have been compacted away by another spec's unload).
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
    expect([...anna.acked, ...mikko.acked].map((a) => a.seq).sort()).toEqual(seqs.slice(-2).sort());
    anna.disconnect();
    mikko.disconnect();
  });

  it('answers a resend with the same mutation id with the first ack and stores it once', async () => {
    const anna = await notesClient(server, 'anna.sw', meetingId);
    await anna.connect();
    const other = new Y.Doc();
    other.getText('notes:test').insert(0, 'x');
    const update = Y.encodeStateAsUpdate(other);
    const first = await anna.send('resend-test-0001', update);
    const again = await anna.send('resend-test-0001', update);
    expect(first).toEqual({ ok: true, seq: jasmine.any(Number) as unknown as number });
    expect(again).toEqual({ ok: true, seq: first!.ok ? first!.seq : -1, duplicate: true });
    expect(await log().countDocuments({ clientMutationId: 'resend-test-0001' })).toBe(1);
    anna.disconnect();
  });

  it('refuses a member of another team, with an audited denial, and malformed or oversized updates', async () => {
    const olli = await notesClient(server, 'olli.sw', meetingId);
    expect(await olli.connect()).toEqual({ ok: false, error: 'forbidden' });
    const denied = await server.database.connection
      .collection('auditevents')
      .findOne({ 'target.id': meetingId, outcome: 'denied', view: 'meeting.notes' });
    expect(denied?.['actor'].username).toBe('olli.sw');
    expect(await olli.send('x'.repeat(10), new Uint8Array([1]))).toBeNull();
    olli.disconnect();

    const anna = await notesClient(server, 'anna.sw', meetingId);
    await anna.connect();
    const before = anna.text().toString();
    expect(await anna.send('malformed-0001', new Uint8Array([200, 1, 2, 3, 4, 5]))).toEqual({
      ok: false,
      error: 'malformed_update',
    });
    expect(await anna.send('oversized-001', new Uint8Array(300 * 1024))).toEqual({
      ok: false,
      error: 'update_too_large',
    });
    const raw = (update: unknown, clientMutationId: string) =>
      anna.socket!.timeout(5_000).emitWithAck('doc:update', { meetingId, update, clientMutationId } as never);
    expect(await raw('not base64!', 'bad-base64-01')).toEqual({ ok: false, error: 'invalid_payload' });
    expect(await raw('QUJD', 'bad-yjs-00001')).toEqual({ ok: false, error: 'malformed_update' });
    const fresh = await notesClient(server, 'mikko.lead', meetingId);
    await fresh.connect();
    expect(fresh.text().toString()).toBe(before);
    // Binary (what clients sent before the base64 text) is still taken.
    const other = new Y.Doc();
    other.getText('notes:binary').insert(0, 'bytes');
    expect(await raw(Y.encodeStateAsUpdate(other), 'binary-upd-01')).toEqual({
      ok: true,
      seq: jasmine.any(Number) as unknown as number,
    });
    await until(() => fresh.text('notes:binary').toString() === 'bytes');
    anna.disconnect();
    fresh.disconnect();
  });

  it('closes a flooding socket with the reason; the others go on editing', async () => {
    const flooder = await notesClient(server, 'anna.sw', meetingId);
    const calm = await notesClient(server, 'mikko.lead', meetingId);
    await flooder.connect();
    await calm.connect();
    const closing = new Promise((resolve) => flooder.socket!.once('realtime:closing', resolve));
    const closed = new Promise((resolve) => flooder.socket!.once('disconnect', resolve));
    const tiny = (i: number) => {
      const d = new Y.Doc();
      d.getText('notes:flood').insert(0, String(i));
      return Y.encodeStateAsUpdate(d);
    };
    for (let i = 0; i < 400; i++)
      flooder.socket!.emit(
        'doc:update',
        { meetingId, update: tiny(i), clientMutationId: `flood-${i}-xxxxx` },
        () => undefined,
      );
    expect(await closing).toEqual({ reason: 'rate_limited' });
    expect(await closed).toBe('io server disconnect');
    calm.text().insert(0, 'still here ');
    await until(() => calm.pending.size === 0);
    expect(calm.acked.length).toBe(1);
    calm.disconnect();
  });

  it('unloads the document when the last editor leaves, and loads it again from the snapshot', async () => {
    const first = await notesClient(server, 'anna.sw', meetingId);
    await first.connect();
    first.text('notes:unload').insert(0, 'Aino said');
    await until(() => first.pending.size === 0);
    first.disconnect();
    await until(() => server.meetings.realtime.stats().loadedDocuments === 0);
    expect(
      await server.database.connection.collection('meetingdocsnapshots').countDocuments(),
    ).toBeGreaterThan(0);
    const again = await notesClient(server, 'anna.sw', meetingId);
    await again.connect();
    expect(again.text('notes:unload').toString()).toBe('Aino said');
    expect(server.meetings.realtime.stats().loadedDocuments).toBe(1);
    again.disconnect();
  });
});

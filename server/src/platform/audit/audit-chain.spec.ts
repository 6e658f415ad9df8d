import type { AuditEventInput } from './audit-event.js';
import { auditCollection } from './audit-event.js';
import { AuditWriter } from './audit-writer.js';
import { verifyAuditChain } from './verify-chain.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

const input = (n: number): AuditEventInput => ({
  actor: { userId: 'u1', username: 'anna.sw', roles: ['social_worker'] },
  ip: '127.0.0.1',
  category: 'client_data',
  action: 'child.read',
  outcome: n % 2 ? 'allowed' : 'denied',
  childId: `child-${n % 3}`,
  view: 'child.core',
  purpose: n % 4 ? undefined : 'a reason given',
});

describe('the audit hash chain', () => {
  let server: TestServer;
  beforeEach(async () => (server = await startTestServer({ SEED_DEMO: 'never' })));
  afterEach(async () => server.dispose());

  const fixedDay = (iso: string) => () => new Date(iso);

  it('serialises concurrent appends from several writers (as from several processes) into one chain', async () => {
    const writers = [1, 2, 3].map(
      () => new AuditWriter(server.database.connection, fixedDay('2026-11-22T10:00:00Z')),
    );
    await Promise.all(Array.from({ length: 30 }, (_, n) => writers[n % 3]!.record(input(n))));
    const seqs = (await auditCollection(server.database.connection).find().toArray())
      .map((e) => e.seq)
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const report = await verifyAuditChain(server.database.connection);
    expect(report).toEqual({ ok: true, partitions: 1, events: 30, problems: [] });
  });

  it('reads the head once per partition, and again when another writer appended since', async () => {
    const clock = fixedDay('2026-11-22T10:00:00Z');
    const [a, b] = [
      new AuditWriter(server.database.connection, clock),
      new AuditWriter(server.database.connection, clock),
    ];
    const find = spyOn(auditCollection(server.database.connection), 'find').and.callThrough();
    for (let n = 0; n < 4; n++) await a.record(input(n));
    expect(find).toHaveBeenCalledTimes(1);
    await b.record(input(4)); // b reads the head (seq 4); a's remembered head is now stale
    await a.record(input(5)); // refused seq 5 by the unique index, re-reads, appends seq 6
    await b.record(input(6)); // likewise: seq 7
    const events = await auditCollection(server.database.connection).find().sort({ seq: 1 }).toArray();
    expect(events.map((e) => [e.seq, e.outcome])).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((n) => [n + 1, n % 2 ? 'allowed' : 'denied']),
    );
    expect(await verifyAuditChain(server.database.connection)).toEqual({
      ok: true,
      partitions: 1,
      events: 7,
      problems: [],
    });
  });

  it('writes the events that wait for the append in flight together, in arrival order', async () => {
    const writer = new AuditWriter(server.database.connection, fixedDay('2026-11-22T10:00:00Z'));
    const insert = spyOn(auditCollection(server.database.connection), 'insertMany').and.callThrough();
    const written = await Promise.all(Array.from({ length: 20 }, (_, n) => writer.record(input(n))));
    expect(written.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(written.map((e) => e.outcome)).toEqual(Array.from({ length: 20 }, (_, n) => input(n).outcome));
    // The first event goes alone; the 19 that arrived meanwhile go in one insert.
    expect(insert.calls.allArgs().map(([docs]) => (docs as unknown[]).length)).toEqual([1, 19]);
    expect((await verifyAuditChain(server.database.connection)).ok).toBeTrue();
  });

  it('starts a new chain per UTC day and stores no undefined fields as null', async () => {
    await new AuditWriter(server.database.connection, fixedDay('2026-11-21T23:59:59Z')).record(input(1));
    await new AuditWriter(server.database.connection, fixedDay('2026-11-22T00:00:00Z')).record(input(1));
    const events = await auditCollection(server.database.connection).find().toArray();
    expect(events.map((e) => [e.partition, e.seq])).toEqual(
      jasmine.arrayWithExactContents([
        ['2026-11-21', 1],
        ['2026-11-22', 1],
      ]),
    );
    expect(Object.keys(events[0]!)).not.toContain('purpose');
    expect((await verifyAuditChain(server.database.connection)).ok).toBeTrue();
  });

  describe('tampering', () => {
    beforeEach(async () => {
      const writer = new AuditWriter(server.database.connection, fixedDay('2026-11-22T10:00:00Z'));
      for (let n = 0; n < 5; n++) await writer.record(input(n));
    });

    it('detects an edited event and names its location', async () => {
      await auditCollection(server.database.connection).updateOne(
        { seq: 3 },
        { $set: { outcome: 'allowed', purpose: 'changed' } },
      );
      const report = await verifyAuditChain(server.database.connection);
      expect(report.ok).toBeFalse();
      expect(report.problems.map((p) => [p.partition, p.seq, p.kind])).toEqual([['2026-11-22', 3, 'edited']]);
    });

    it('detects a deleted event', async () => {
      await auditCollection(server.database.connection).deleteOne({ seq: 2 });
      const report = await verifyAuditChain(server.database.connection);
      expect(report.problems.map((p) => [p.seq, p.kind])).toEqual([
        [3, 'missing_before'],
        [3, 'broken_link'],
      ]);
    });

    it('detects reordered events even when the sequence numbers are swapped back into order', async () => {
      const events = auditCollection(server.database.connection);
      await events.updateOne({ seq: 2 }, { $set: { seq: 99 } });
      await events.updateOne({ seq: 4 }, { $set: { seq: 2 } });
      await events.updateOne({ seq: 99 }, { $set: { seq: 4 } });
      const report = await verifyAuditChain(server.database.connection);
      expect(report.ok).toBeFalse();
      expect(report.problems.map((p) => p.seq)).toContain(2);
    });

    it('detects a forged event whose hash was recomputed, because the next link breaks', async () => {
      const events = auditCollection(server.database.connection);
      const { hashAuditEvent } = await import('./audit-event.js');
      const third = (await events.findOne({ seq: 3 }))!;
      const forged = { ...third, outcome: 'allowed' as const };
      await events.updateOne({ seq: 3 }, { $set: { outcome: 'allowed', hash: hashAuditEvent(forged) } });
      const report = await verifyAuditChain(server.database.connection);
      expect(report.problems.map((p) => [p.seq, p.kind])).toEqual([[4, 'broken_link']]);
    });
  });
});

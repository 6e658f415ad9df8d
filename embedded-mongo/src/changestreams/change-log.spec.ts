import { Timestamp } from 'bson';
import { ChangeEventHub } from '../storage/events.js';
import { ChangeLog } from './change-log.js';

const CAPACITY = 8;

function logWithEvents(count: number): { log: ChangeLog; hub: ChangeEventHub } {
  const hub = new ChangeEventHub();
  const log = new ChangeLog(hub, CAPACITY);
  log.attach();
  for (let i = 1; i <= count; i++)
    hub.publish(
      [{ operationType: 'insert', ns: { db: 'd', coll: 'c' }, documentKey: { _id: i } }],
      new Timestamp({ t: 1_000 + i, i: 1 }),
    );
  return { log, hub };
}

const seqs = (log: ChangeLog, after: number) => log.after(after).map((e) => e.seq);

describe('ChangeLog history', () => {
  it('keeps every event while it holds fewer than its capacity', () => {
    const { log } = logWithEvents(CAPACITY - 1);
    expect(log.covers(0)).toBeTrue();
    expect(seqs(log, 0)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seqs(log, 5)).toEqual([6, 7]);
  });

  it('always holds at least the newest `capacity` events, in order and without gaps', () => {
    for (let count = CAPACITY; count <= 5 * CAPACITY; count++) {
      const { log } = logWithEvents(count);
      const oldestKept = count - CAPACITY;
      expect(log.covers(oldestKept)).withContext(`after ${count} events`).toBeTrue();
      expect(seqs(log, oldestKept)).toEqual(Array.from({ length: CAPACITY }, (_, i) => oldestKept + 1 + i));
      expect(log.lastSeq).toBe(count);
    }
  });

  it('says when the history no longer reaches back far enough to resume', () => {
    const { log } = logWithEvents(10 * CAPACITY);
    expect(log.covers(0)).toBeFalse();
    expect(log.covers(5 * CAPACITY)).toBeFalse();
    expect(log.covers(10 * CAPACITY - CAPACITY)).toBeTrue();
    // What it answers for a position it covers starts right after that position.
    for (let seq = 0; seq <= 10 * CAPACITY; seq++)
      if (log.covers(seq)) expect(seqs(log, seq)[0] ?? seq + 1).toBe(seq + 1);
  });

  it('finds the position before a cluster time among the kept events', () => {
    const { log } = logWithEvents(3 * CAPACITY);
    const last = 3 * CAPACITY;
    expect(log.seqBefore(new Timestamp({ t: 1_000 + last, i: 1 }))).toBe(last - 1);
    expect(log.seqBefore(new Timestamp({ t: 1_000 + last + 5, i: 1 }))).toBe(last);
  });

  it('wakes a waiting cursor when an event arrives', async () => {
    const { log, hub } = logWithEvents(2 * CAPACITY);
    const woken = log.wait(5_000);
    hub.publish([{ operationType: 'insert', ns: { db: 'd', coll: 'c' } }], new Timestamp({ t: 9_999, i: 1 }));
    expect(await woken).toBeTrue();
    expect(await log.wait(10)).toBeFalse();
  });
});

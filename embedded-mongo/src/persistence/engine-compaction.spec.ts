/**
 * Snapshots through the real engine: its dump() and applyJournalOp() must rebuild the same database
 * (collections, options, indexes, documents) from snapshot + journal. Wires the engine by hand, like
 * startEngine does, to set a tiny compactAfterBytes.
 */
import { MongoServerError } from 'mongodb';
import { listDirectory } from './file-names.js';
import { describeState, makeTempDir, removeDir, serveEngineOnFiles } from './test-support.js';

const startSmallEngine = (dbPath: string) => serveEngineOnFiles(dbPath, 32 * 1024, 'keha');

describe('engine state through snapshots and compaction', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('engine-compact')));
  afterEach(() => removeDir(dir));

  it('rebuilds collections, options, indexes and documents from snapshot + journal', async () => {
    const first = await startSmallEngine(dir);
    await first.db.createCollection('cases', { validator: { caseNo: { $exists: true } } });
    await first.db.collection('cases').createIndex({ caseNo: 1 }, { unique: true });
    await first.db.collection('notes').createIndex({ caseNo: 1, at: -1 });
    for (let batch = 0; batch < 20; batch++) {
      await first.db.collection('cases').insertMany(
        Array.from({ length: 50 }, (_, i) => ({
          caseNo: batch * 50 + i,
          child: `lapsi ${i}`,
          opened: new Date(2024, 0, 1 + i),
          score: 1.5,
        })),
      );
      await first.db.collection('notes').insertOne({ caseNo: batch, at: new Date(), text: 'x'.repeat(300) });
    }
    await first.db
      .collection('cases')
      .updateMany({ caseNo: { $lt: 100 } }, { $set: { closed: true }, $inc: { score: 1 } });
    await first.db.collection('cases').deleteMany({ caseNo: { $gte: 900 } });
    await first.db.createCollection('scratch');
    await first.db.collection('scratch').insertOne({ tmp: 1 });
    await first.db.collection('scratch').rename('archived');
    await first.db.collection('notes').dropIndex('caseNo_1_at_-1');
    const before = await describeState(first.db);
    await first.stop();
    expect((await listDirectory(dir)).snapshots.length).toBeGreaterThan(0);

    const second = await startSmallEngine(dir);
    expect(await describeState(second.db)).toEqual(before);
    await expectAsync(second.db.collection('cases').insertOne({ caseNo: 5 })).toBeRejectedWith(
      jasmine.any(MongoServerError),
    );
    await second.db.collection('cases').insertOne({ caseNo: 5000 });
    await second.stop();

    const third = await startSmallEngine(dir);
    expect(await third.db.collection('cases').countDocuments()).toBe(901);
    await third.stop();
  });
});

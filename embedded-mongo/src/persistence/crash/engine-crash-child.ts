/**
 * Child process for the end-to-end SIGKILL test: runs the whole engine on dbPath with sync 'batch' and
 * a small journal limit (so that kills also land while snapshots are written in the background) and
 * writes to it through the official driver. Prints, after the write was acknowledged:
 *   `ack <n>`   insertMany of the 3 documents of number n
 *   `tack <k>`  a transaction writing _id k to two collections
 *   `cack <v>`  $inc of the counter document to v
 *   `rack <k>`  collection tmp_k created with {_id: k} and renamed to ren_k
 *   `dack <k>`  ren_k dropped (every other k)
 *   `xack <k>`  {_id: k} inserted into `gone` and deleted again
 * Usage: node engine-crash-child.js <dbPath> <firstNumber> <compactAfterBytes>
 * (firstNumber distinct per run, so numbers and collection names never collide)
 */
import { MongoClient } from 'mongodb';
import { startEngine } from '../../index.js';

const [dbPath, first, compactAfter] = process.argv.slice(2);
const engine = await startEngine({
  dbPath: dbPath!,
  port: 0,
  sync: 'batch',
  compactAfterBytes: Number(compactAfter),
});
const client = await MongoClient.connect(engine.uri, { maxPoolSize: 16 });
const db = client.db('crash');
const docs = db.collection<{ _id: number; n: number; pad: string }>('docs');
const [left, right] = [db.collection<{ _id: number }>('left'), db.collection<{ _id: number }>('right')];
let nextDoc = Number(first);
let nextTxn = Number(first);
process.stdout.write(`ready\n`);

async function insertWriter(): Promise<never> {
  for (;;) {
    const n = nextDoc++;
    await docs.insertMany([0, 1, 2].map((j) => ({ _id: n * 3 + j, n, pad: 'p'.repeat(500) })));
    process.stdout.write(`ack ${n}\n`);
  }
}

async function transactionWriter(): Promise<never> {
  for (;;) {
    const k = nextTxn++;
    const session = client.startSession();
    try {
      await session.withTransaction(async () => {
        await left.insertOne({ _id: k }, { session });
        await right.insertOne({ _id: k }, { session });
      });
    } finally {
      await session.endSession();
    }
    process.stdout.write(`tack ${k}\n`);
  }
}

async function counterWriter(): Promise<never> {
  const counters = db.collection<{ _id: string; v: number }>('counters');
  for (;;) {
    const after = await counters.findOneAndUpdate(
      { _id: 'c' },
      { $inc: { v: 1 } },
      { upsert: true, returnDocument: 'after' },
    );
    process.stdout.write(`cack ${after!.v}\n`);
  }
}

async function ddlWriter(): Promise<never> {
  for (let k = Number(first); ; k++) {
    await db.collection<{ _id: number }>(`tmp_${k}`).insertOne({ _id: k });
    await db.collection(`tmp_${k}`).rename(`ren_${k}`);
    process.stdout.write(`rack ${k}\n`);
    if (k % 2 === 0) {
      await db.collection(`ren_${k}`).drop();
      process.stdout.write(`dack ${k}\n`);
    }
  }
}

async function deleteWriter(): Promise<never> {
  const gone = db.collection<{ _id: number; pad: string }>('gone');
  for (let k = Number(first); ; k++) {
    await gone.insertOne({ _id: k, pad: 'g'.repeat(300) });
    await gone.deleteOne({ _id: k });
    process.stdout.write(`xack ${k}\n`);
  }
}

await Promise.all([
  ...Array.from({ length: 6 }, insertWriter),
  transactionWriter(),
  transactionWriter(),
  counterWriter(),
  ddlWriter(),
  deleteWriter(),
]);

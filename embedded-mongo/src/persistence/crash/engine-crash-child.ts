/**
 * Child process for the end-to-end SIGKILL test: runs the whole engine on dbPath with sync 'batch' and
 * writes to it through the official driver. Prints `ack <n>` after insertMany of the 3 documents of
 * number n was acknowledged, and `tack <k>` after a transaction writing to two collections committed.
 * Usage: node engine-crash-child.js <dbPath> <firstNumber> (distinct per run, so numbers never collide)
 */
import { MongoClient } from 'mongodb';
import { startEngine } from '../../index.js';

const [dbPath, first] = process.argv.slice(2);
const engine = await startEngine({ dbPath: dbPath!, port: 0, sync: 'batch' });
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

await Promise.all([...Array.from({ length: 6 }, insertWriter), transactionWriter(), transactionWriter()]);

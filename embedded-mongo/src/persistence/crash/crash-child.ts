/**
 * Child process for the SIGKILL crash test. Opens the persistence with sync 'batch', then keeps
 * committing numbered commits of 3 puts each from several concurrent writers, printing `ack <n>` only
 * after commit n resolved. Snapshots whenever the (small) journal limit is passed, so that kills also
 * land in the middle of compactions. Usage: node crash-child.js <dbPath> <compactAfterBytes>
 */
import type { Document } from 'bson';
import { openFilePersistence } from '../file.js';
import type { JournalOp } from '../types.js';

const [dbPath, compactAfter] = process.argv.slice(2);
const WRITERS = 8;
const PAD = 'k'.repeat(300);

const docs = new Map<number, Document>();
const persistence = openFilePersistence({
  dbPath: dbPath!,
  sync: 'batch',
  compactAfterBytes: Number(compactAfter),
  log: () => undefined,
});
await persistence.open((op) => {
  if (op.op === 'put') docs.set(Number(op.doc['_id']), op.doc);
});
let next = docs.size / 3;
// Pipes are written synchronously on Linux, so a printed ack reaches the parent even if we die next.
process.stdout.write(`ready ${next}\n`);

/** Captured at the call: the snapshot is written later, while the writers go on. */
function dump(): Iterable<JournalOp> {
  return [...docs.values()].map((doc): JournalOp => ({ op: 'put', db: 'crash', coll: 'c', doc }));
}

async function writer(): Promise<never> {
  for (;;) {
    const n = next++;
    const ops: JournalOp[] = [0, 1, 2].map((j) => ({
      op: 'put',
      db: 'crash',
      coll: 'c',
      doc: { _id: n * 3 + j, n, pad: PAD },
    }));
    for (const op of ops) if (op.op === 'put') docs.set(Number(op.doc['_id']), op.doc); // memory first, as the engine does
    await persistence.commit(ops);
    process.stdout.write(`ack ${n}\n`);
    if (persistence.wantsSnapshot()) void persistence.snapshot(dump);
  }
}

await Promise.all(Array.from({ length: WRITERS }, writer));

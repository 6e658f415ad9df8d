/**
 * The floor of the stack (issue 5), started by floor-bench.ts in its own process as the real server
 * runs in its own: Express 5 and the official `mongodb` driver against the embedded engine in its
 * worker thread with `sync: 'batch'` (as platform/db.ts starts it), on DATA_DIR, seeded with
 * FLOOR_DOCUMENTS documents. Nothing else: no mongoose, no sessions, no sign-in, no access gate, no
 * compression, no logging, no ETag. What this process cannot do under a load, the product, which does
 * all of that on top, cannot do either.
 *
 * Prints "running at <url>" when it is ready (server-process.ts waits for it) and answers the bench's
 * CPU probes over the IPC channel like platform/bench-probe.ts does for the real server.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { MongoClient } from 'mongodb';
import { startEngineInWorker } from '@keha/embedded-mongo';
import type { BenchProbe } from '../../platform/bench-probe.js';

const dataDir = process.env['DATA_DIR'];
if (!dataDir) throw new Error('DATA_DIR is required');
const documents = Number(process.env['FLOOR_DOCUMENTS'] ?? 10_000);

const engine = await startEngineInWorker({
  port: 0,
  dbPath: path.join(dataDir, 'db'),
  sync: 'batch',
  onUnexpectedExit: (reason) => {
    console.error(`the engine stopped: ${reason}`);
    process.exit(1);
  },
});
// Driver defaults, as the product's mongoose connection has them: no compressors, one pool.
const client = await new MongoClient(engine.uri).connect();
const db = client.db('floor');
const children = db.collection<{ key: number; name: string; pad: string }>('children');
const audit = db.collection<{ at: Date; who: string; child: unknown }>('audit');

// ~1.2 KB per document, as a child's core document with a few fields filled in.
const pad = 'x'.repeat(1000);
await children.insertMany(Array.from({ length: documents }, (_, i) => ({ key: i, name: `Child ${i}`, pad })));
await children.createIndex({ key: 1 });

const app = express();
app.disable('x-powered-by');
app.disable('etag'); // the product hashes every JSON answer for its ETag; the floor does not
app.get('/none', (_req, res) => {
  res.json({ ok: 1 });
});
app.get('/one/:key', async (req, res) => {
  const child = await children.findOne({ key: Number(req.params.key) });
  if (child) res.json(child);
  else res.status(404).json({ missing: req.params.key });
});
// The picture's minimum: the read, then the audit event, durable (sync batch) before the answer.
app.get('/audited/:key', async (req, res) => {
  const child = await children.findOne({ key: Number(req.params.key) });
  if (!child) {
    res.status(404).json({ missing: req.params.key });
    return;
  }
  await audit.insertOne({ at: new Date(), who: 'floor-bench', child: child._id });
  res.json(child);
});
// Not measured: lets the bench check that every audited answer did write its audit document.
app.get('/audit-count', async (_req, res) => {
  res.json({ count: await audit.countDocuments() });
});

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as AddressInfo;

let stopping: Promise<void> | undefined;
const stop = () =>
  (stopping ??= (async () => {
    server.closeAllConnections();
    server.close();
    await client.close();
    await engine.stop();
  })().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  ));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// If the bench dies, its IPC channel closes: stop too, never an orphan holding a port and a directory.
process.on('disconnect', stop);
process.channel?.unref();
process.on('message', (message: { type?: string; id?: number }) => {
  if (message?.type !== 'probe') return;
  const reply: Omit<BenchProbe, 'meetings'> = {
    type: 'probe',
    id: message.id ?? 0,
    cpu: process.cpuUsage(), // the whole process: the HTTP thread and the engine's worker thread
    memory: process.memoryUsage(),
  };
  process.send?.(reply);
});
console.log(`floor server running at http://127.0.0.1:${port}`);

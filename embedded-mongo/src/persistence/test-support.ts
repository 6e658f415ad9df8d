/**
 * Helpers shared by the persistence specs (and snapshot-bench.ts): temp directories, a tiny model of the
 * engine state, and a real engine on files wired by hand.
 */
import { EJSON, type Document } from 'bson';
import { MongoClient, type Db } from 'mongodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../engine.js';
import { applyJournalOp } from '../storage/recovery.js';
import { listen } from '../wire/server.js';
import { openFilePersistence } from './file.js';
import { HEADER_BYTES } from './record-format.js';
import type { JournalOp, Persistence, PersistenceOptions, SyncMode } from './types.js';

export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `embedded-mongo-${label}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Collection contents keyed by the canonical EJSON of _id, enough to check put/delete replay. */
export class Model {
  readonly collections = new Map<string, Map<string, Document>>();
  readonly applied: JournalOp[] = [];

  apply = (op: JournalOp): void => {
    this.applied.push(op);
    const key = `${op.db}.${'coll' in op ? op.coll : ''}`;
    if (op.op === 'put') this.coll(key).set(idKey(op.doc['_id']), op.doc);
    else if (op.op === 'delete') this.coll(key).delete(idKey(op.id));
    else if (op.op === 'dropCollection') this.collections.delete(key);
  };

  coll(key: string): Map<string, Document> {
    let coll = this.collections.get(key);
    if (!coll) this.collections.set(key, (coll = new Map()));
    return coll;
  }

  /** The state now as ops, captured at the call (snapshots read them later, while writes go on). */
  dump(): Iterable<JournalOp> {
    const ops: JournalOp[] = [];
    for (const [key, docs] of this.collections) {
      const [db, coll] = key.split('.') as [string, string];
      for (const doc of docs.values()) ops.push({ op: 'put', db, coll, doc });
    }
    return ops;
  }

  /** Canonical EJSON of the whole state, for comparing two models. */
  fingerprint(): string {
    const entries = [...this.collections].map(([key, docs]) => [key, [...docs.keys()].sort()]);
    return JSON.stringify(entries.sort());
  }
}

export const idKey = (id: unknown): string => EJSON.stringify({ id } as Document, { relaxed: false });

export interface Opened {
  persistence: Persistence;
  model: Model;
  /** What the engine does: apply to memory, then commit. */
  write(ops: JournalOp[]): Promise<void>;
}

export async function openWithModel(
  dbPath: string,
  extra: Partial<PersistenceOptions> = {},
): Promise<Opened> {
  const logs: string[] = [];
  const options: PersistenceOptions = {
    dbPath,
    sync: 'none' as SyncMode,
    log: (m) => logs.push(m),
    ...extra,
  };
  const persistence = openFilePersistence(options);
  const model = new Model();
  await persistence.open(model.apply);
  const write = (ops: JournalOp[]) => {
    ops.forEach(model.apply);
    return persistence.commit(ops);
  };
  return { persistence, model, write };
}

export const put = (n: number, extra: Document = {}): JournalOp => ({
  op: 'put',
  db: 'db',
  coll: 'c',
  doc: { _id: n, ...extra },
});

/** Where each record ends, walking the headers (the file size says nothing while space is preallocated). */
export function recordEnds(bytes: Buffer): number[] {
  const ends: number[] = [];
  for (let at = 0; at + HEADER_BYTES <= bytes.length && bytes.readUInt32LE(at) !== 0;) {
    at += HEADER_BYTES + bytes.readUInt32LE(at + 4);
    ends.push(at);
  }
  return ends;
}

/**
 * A real engine on `dbPath`, wired by hand as startEngine does, with its own journal limit
 * (`compactAfterBytes`) and the persistence log kept in `logs`.
 */
export async function openEngineOnFiles(dbPath: string, compactAfterBytes: number) {
  const logs: string[] = [];
  const persistence = openFilePersistence({
    dbPath,
    sync: 'batch',
    compactAfterBytes,
    log: (m) => logs.push(m),
  });
  const engine = new Engine(persistence);
  await persistence.open((op) => applyJournalOp(engine.storage, op));
  return { engine, persistence, logs };
}

/** openEngineOnFiles() served on a free loopback port, with a driver client on database `dbName`. */
export async function serveEngineOnFiles(dbPath: string, compactAfterBytes: number, dbName: string) {
  const { engine, persistence, logs } = await openEngineOnFiles(dbPath, compactAfterBytes);
  const server = await listen(engine, 0, '127.0.0.1', false);
  engine.config.port = server.port;
  const client = await MongoClient.connect(`mongodb://127.0.0.1:${server.port}/?directConnection=true`);
  return {
    db: client.db(dbName),
    logs,
    persistence,
    async stop() {
      await client.close();
      await server.close();
      await engine.storage.drain();
      await persistence.close();
    },
  };
}

/**
 * Every collection of `db` with its options, indexes, count and the documents matching `docFilter`
 * (sorted by _id), for comparing a database before and after a restart.
 */
export async function describeState(db: Db, docFilter: Document = {}): Promise<Document> {
  const state: Document = {};
  for (const info of (await db.listCollections().toArray()).sort((a, b) => a.name.localeCompare(b.name))) {
    const coll = db.collection(info.name);
    state[info.name] = {
      options: (info as Document)['options'],
      indexes: (await coll.indexes()).map((index) => [index.name, index.key, index.unique ?? false]),
      count: await coll.countDocuments(),
      docs: await coll.find(docFilter).sort({ _id: 1 }).toArray(),
    };
  }
  return state;
}

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import * as Y from 'yjs';
import { signIn } from '../../../testing/api-client.js';
import { NotesClient } from '../../../testing/notes-client.js';
import { until } from '../spec-support.js';

const MAIN = path.resolve(import.meta.dirname, '../../../main.js');
const SEED = 20260601;
const TEXT = 'notes:convergence';

/** mulberry32: the same choices on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real entry point in a child process (so that it can be killed with SIGKILL). */
function startMain(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      DB_SYNC: 'batch',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The document as the database holds it: the newest snapshot and every later update. */
async function databaseText(dataDir: string, docName: string): Promise<string> {
  const { startEngine } = await import('@keha/embedded-mongo');
  const engine = await startEngine({ port: 0, dbPath: path.join(dataDir, 'db'), sync: 'none' });
  const connection = await mongoose.createConnection(engine.uri, { dbName: 'keha' }).asPromise();
  try {
    const doc = new Y.Doc();
    const snapshot = await connection
      .collection('meetingdocsnapshots')
      .find({ docName })
      .sort({ upToSeq: -1 })
      .limit(1)
      .next();
    if (snapshot) Y.applyUpdate(doc, snapshot['state'].buffer as Uint8Array);
    const updates = await connection
      .collection('meetingdocupdates')
      .find({ docName, seq: { $gt: snapshot?.['upToSeq'] ?? 0 } })
      .sort({ seq: 1 })
      .toArray();
    for (const u of updates) if (u['kind'] === 'update') Y.applyUpdate(doc, u['update'].buffer as Uint8Array);
    return doc.getText(TEXT).toString();
  } finally {
    await connection.close();
    await engine.stop();
  }
}

describe('meeting notes convergence (fixed seed, disconnects, a SIGKILL of the server)', () => {
  let dataDir: string;
  beforeAll(async () => (dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keha-conv-'))));
  afterAll(async () => fs.rm(dataDir, { recursive: true, force: true }));

  it('ends with every client and the database holding the same text, with every acknowledged edit', async () => {
    const rand = random(SEED);
    let server = await startMain(dataDir);
    const lead = await signIn(server, 'mikko.lead');
    const teamId = (await lead.get('/api/v1/auth/me')).body.user.teamIds[0];
    const meeting = await lead.post('/api/v1/meetings', { teamId, date: '2026-06-01' });
    expect(meeting.status).toBe(201);
    const users = ['anna.sw', 'mikko.lead', 'sari.therapist', 'tiina.coord'];
    const clients: NotesClient[] = [];
    for (const username of users) {
      const api = await signIn(server, username);
      clients.push(new NotesClient(server.url, `keha.sid=${api.sessionToken}`, meeting.body.id));
    }
    await Promise.all(clients.map((c) => c.connect()));
    const typed = clients.map(() => 0);
    let serverUp = true;

    for (let round = 0; round < 120; round++) {
      if (round === 60) {
        server.child.kill('SIGKILL'); // in the middle of the typing, writes in flight
        await exited(server.child);
        serverUp = false;
      }
      if (round === 75) {
        server = await startMain(dataDir);
        serverUp = true;
        for (const c of clients) c.url = server.url;
      }
      const i = Math.floor(rand() * clients.length);
      const client = clients[i]!;
      const roll = rand();
      if (roll < 0.08 && client.connected) client.disconnect();
      else if (roll < 0.2 && !client.connected && serverUp) await client.connect().catch(() => undefined);
      else {
        const text = client.text(TEXT);
        const chars = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]!.repeat(
          1 + Math.floor(rand() * 3),
        );
        text.insert(Math.floor(rand() * (text.length + 1)), chars);
        typed[i]! += chars.length;
      }
      await pause(5 + Math.floor(rand() * 15));
    }

    for (const c of clients) if (!c.connected) await c.connect();
    await until(() => clients.every((c) => c.pending.size === 0), 15_000);
    const total = typed.reduce((a, b) => a + b, 0);
    await until(() => clients.every((c) => c.text(TEXT).length === total), 15_000);
    const texts = clients.map((c) => c.text(TEXT).toString());
    expect(new Set(texts).size).toBe(1);
    // Nothing is ever deleted, so a text as long as everything typed holds every edit; and every
    // client's own edits (all of them acknowledged by now) are covered by the final state.
    const covered = Y.decodeStateVector(Y.encodeStateVector(clients[0]!.doc));
    for (const c of clients) {
      const own = Y.decodeStateVector(Y.encodeStateVector(c.doc)).get(c.doc.clientID) ?? 0;
      expect(covered.get(c.doc.clientID) ?? 0).toBe(own);
    }
    expect(clients.flatMap((c) => c.acked).length).toBeGreaterThan(50);

    for (const c of clients) c.disconnect();
    const stopped = exited(server.child);
    server.child.kill('SIGTERM');
    await stopped;
    expect(await databaseText(dataDir, `meeting:${meeting.body.id}`)).toBe(texts[0]!);
  }, 60_000);
});

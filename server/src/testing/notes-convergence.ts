/**
 * The meeting notes convergence scenario (issue 6), shared by its spec (one fixed seed) and the
 * benchmark (many seeds): 4 team members edit one meeting's notes through the real server process
 * with random disconnects and reconnects, and the server is killed with SIGKILL in the middle of the
 * typing and started again on the same data directory. At the end every client and the database
 * (the newest snapshot plus later updates, read with the engine after the server stopped) should hold
 * the same text, containing every edit of every client.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import mongoose from 'mongoose';
import * as Y from 'yjs';
import { signIn } from './api-client.js';
import { NotesClient } from './notes-client.js';
import { seededRandom } from './seeded-random.js';

const MAIN = path.resolve(import.meta.dirname, '../main.js');
const TEXT = 'notes:convergence';
const USERS = ['anna.sw', 'mikko.lead', 'sari.therapist', 'tiina.coord'];

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
/** Waits for `check`; false when `ms` passed first. */
async function settled(check: () => boolean, ms: number): Promise<boolean> {
  for (const started = Date.now(); !check(); await pause(10)) if (Date.now() - started > ms) return false;
  return true;
}

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

export interface ConvergenceOutcome {
  /** Each client's final text. */
  texts: string[];
  /** Characters typed (nothing is deleted, so a text holding every edit is exactly this long). */
  typed: number;
  /** The clients' pending updates were all acknowledged, and every client reached the full length. */
  settled: boolean;
  /** Clients whose own edits are not all in the first client's final state. */
  uncovered: number;
  /** Acknowledged updates over all clients. */
  acked: number;
  databaseText: string;
  ms: number;
}

/** Runs the scenario with `seed` on `dataDir` (the first start seeds the demo organisation). */
export async function runConvergence(seed: number, dataDir: string): Promise<ConvergenceOutcome> {
  const started = performance.now();
  const rand = seededRandom(seed);
  let server = await startMain(dataDir);
  const clients: NotesClient[] = [];
  try {
    const lead = await signIn(server, 'mikko.lead');
    const teamId = (await lead.get('/api/v1/auth/me')).body.user.teamIds[0];
    const meeting = await lead.post('/api/v1/meetings', { teamId, date: '2026-06-01' });
    if (meeting.status !== 201) throw new Error(`meeting: ${meeting.status}`);
    for (const username of USERS) {
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
    const total = typed.reduce((a, b) => a + b, 0);
    const done =
      (await settled(() => clients.every((c) => c.pending.size === 0), 15_000)) &&
      (await settled(() => clients.every((c) => c.text(TEXT).length === total), 15_000));
    // Every client's own edits (all acknowledged by now) must be covered by the final state.
    const covered = Y.decodeStateVector(Y.encodeStateVector(clients[0]!.doc));
    const uncovered = clients.filter((c) => {
      const own = Y.decodeStateVector(Y.encodeStateVector(c.doc)).get(c.doc.clientID) ?? 0;
      return (covered.get(c.doc.clientID) ?? 0) !== own;
    }).length;
    const texts = clients.map((c) => c.text(TEXT).toString());
    const acked = clients.flatMap((c) => c.acked).length;
    for (const c of clients) c.disconnect();
    const stopped = exited(server.child);
    server.child.kill('SIGTERM');
    await stopped;
    const stored = await databaseText(dataDir, `meeting:${meeting.body.id}`);
    return {
      texts,
      typed: total,
      settled: done,
      uncovered,
      acked,
      databaseText: stored,
      ms: performance.now() - started,
    };
  } finally {
    for (const c of clients) c.disconnect();
    if (server.child.exitCode === null && server.child.signalCode === null) {
      const stopped = exited(server.child);
      server.child.kill('SIGKILL');
      await stopped;
    }
  }
}

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEngine, type RunningEngine } from '@keha/embedded-mongo';
import { startTestServer, type TestServer } from '../../../testing/test-server.js';
import { NotesClient } from '../../../testing/notes-client.js';
import { signIn } from '../../../testing/api-client.js';
import { createMeeting, until } from '../spec-support.js';

/** Two app instances on one database: what a deployment with several processes looks like. */
describe('meeting notes across two server processes', () => {
  let engine: RunningEngine;
  let dir: string;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'keha-two-'));
    engine = await startEngine({ port: 0, dbPath: dir, sync: 'none' });
    const shared = { MONGODB_URI: engine.uri, DB_NAME: 'keha_two' };
    a = await startTestServer(shared);
    b = await startTestServer(shared);
  }, 60_000);
  afterAll(async () => {
    await a.dispose();
    await b.dispose();
    await engine.stop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('an update typed on one process reaches a client of the other, and both copies converge', async () => {
    const { id } = await createMeeting(a);
    const anna = await signIn(a, 'anna.sw');
    const mikko = await signIn(b, 'mikko.lead');
    const onA = new NotesClient(a.url, `keha.sid=${anna.sessionToken}`, id);
    const onB = new NotesClient(b.url, `keha.sid=${mikko.sessionToken}`, id);
    expect((await onA.connect()).ok).toBeTrue();
    expect((await onB.connect()).ok).toBeTrue();
    onA.text().insert(0, 'typed on A');
    await until(() => onB.text().toString() === 'typed on A');
    onB.text().insert(10, ', answered on B');
    await until(() => onA.text().toString() === 'typed on A, answered on B');
    expect(onA.received.length).toBeGreaterThan(0);
    // Concurrent typing on both processes: the seqs stay unique and every edit arrives everywhere.
    for (let i = 0; i < 20; i++) {
      onA.text().insert(0, 'a');
      onB.text().insert(onB.text().length, 'b');
    }
    await until(() => onA.pending.size === 0 && onB.pending.size === 0);
    await until(() => onA.text().toString() === onB.text().toString());
    expect(onA.text().toString()).toMatch(/^a{20}typed on A, answered on Bb{20}$/);
    const seqs = (
      await a.database.connection
        .collection('meetingdocupdates')
        .find({ docName: `meeting:${id}` })
        .sort({ seq: 1 })
        .toArray()
    ).map((e) => e['seq']);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    onA.disconnect();
    onB.disconnect();
  });
});

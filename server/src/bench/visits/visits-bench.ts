/**
 * The issue-8 benchmark (`--only visits`): a fresh data directory seeded with the demo organisation,
 * the real server in its own process. (a) The visit form reloaded offline from the service worker on
 * a throttled tablet profile; (b) the outbox of 20 visits with 5 photos each synced over HTTP as the
 * PWA sends it, the synced queue sent again, and a second queue cut off twice (a photo half uploaded,
 * a draft's answer lost) and retried from the start. After the server has stopped, the database is
 * read to check that every visit, photo, finding and event is stored exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine } from '@keha/embedded-mongo/bench-report';
import { DEMO_PASSWORD } from '../../seed/demo-organisation.js';
import { signIn } from '../http-load.js';
import { pageSkipReason } from '../server-phase.js';
import { startServerProcess } from '../server-process.js';
import { measureOfflineForm, type OfflineFormTimes } from './offline-form.js';
import { outboxSteps, runOutbox, type Step } from '../../testing/visit-outbox.js';
import { prepareQueue } from './queue-setup.js';
import { storedCounts } from './stored-counts.js';
import { visitsReport, type SyncFigures } from './visits-report.js';

const INSPECTOR = 'pekka.inspector';
const SHAPE = {
  visits: Number(process.env['BENCH_VISITS'] ?? 20),
  photos: Number(process.env['BENCH_PHOTOS'] ?? 5),
  reloads: Number(process.env['BENCH_RELOADS'] ?? 10),
};

/** The index of a visit's step of a kind (its `nth` photo, or its draft or submission). */
const stepOf = (steps: readonly Step[], visitId: string, kind: Step['kind'], nth = 0): number =>
  steps.findIndex(
    (s, i) =>
      s.visitId === visitId &&
      s.kind === kind &&
      steps.slice(0, i).filter((t) => t.visitId === visitId && t.kind === kind).length === nth,
  );

export async function visitsBench(): Promise<string> {
  const load = os.loadavg();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keha-bench-visits-'));
  try {
    console.log(`Seeding the demo organisation in ${dataDir} ...`);
    const code = await (await startServerProcess(dataDir)).stop();
    if (code !== 0) throw new Error(`the seeding server exited with ${code}`);
    const before = await storedCounts(dataDir, []);
    const server = await startServerProcess(dataDir);
    let form: OfflineFormTimes | { failed: string } | { skipped: string };
    let sync: Omit<SyncFigures, 'before' | 'after'>;
    try {
      const skip = pageSkipReason();
      if (skip) form = { skipped: skip };
      else {
        console.log(`Visit form offline, ${SHAPE.reloads} reloads ...`);
        form = await measureOfflineForm({
          base: server.url,
          username: INSPECTOR,
          password: DEMO_PASSWORD,
          reloads: SHAPE.reloads,
        }).catch((err: Error) => ({ failed: err.message.split('\n')[0]! }));
      }
      const session = await signIn(server.url, INSPECTOR, DEMO_PASSWORD);
      console.log(`Planning 2 x ${SHAPE.visits} visits, ${SHAPE.photos} photos each ...`);
      const shape = { count: SHAPE.visits, photos: SHAPE.photos };
      const clean = await prepareQueue(server.url, session, { ...shape, seed: 1 });
      const cut = await prepareQueue(server.url, session, { ...shape, seed: 2 });
      console.log('Syncing the queue ...');
      const cleanRun = await runOutbox(server.url, session, outboxSteps(clean));
      const resend = await runOutbox(server.url, session, outboxSteps(clean));
      console.log('The interrupted queue ...');
      const steps = outboxSteps(cut);
      const middle = cut[Math.floor(cut.length / 2)]!.visitId;
      const later = cut[Math.floor((cut.length * 3) / 4)]!.visitId;
      const midBody = stepOf(steps, middle, 'photo', Math.min(2, SHAPE.photos - 1));
      const lostAnswer = stepOf(steps, later, 'draft');
      const first = await runOutbox(server.url, session, steps, { index: midBody, how: 'mid-body' });
      const second = await runOutbox(server.url, session, steps, { index: lostAnswer, how: 'lost-answer' });
      const last = await runOutbox(server.url, session, steps);
      sync = { clean, cut, cleanRun, resend, first, second, last, cuts: { midBody, lostAnswer } };
    } finally {
      await server.stop();
    }
    const after = await storedCounts(dataDir, [...sync.clean, ...sync.cut]);
    const body = visitsReport({ form, sync: { ...sync, before, after }, shape: SHAPE });
    return `${machineLine(load)}\n\n${body}`;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

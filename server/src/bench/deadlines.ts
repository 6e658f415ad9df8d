/**
 * "Deadline computation for all children of a team": (a) the pure rules over the team's events already
 * in memory, (b) end to end as the server does it for team deadlines (meeting agendas) and my work:
 * the team's children, then `deadlinesOfChildren`, which reads their stored open deadlines (one small
 * `childdeadlines` document per child, recomputed by every write of the rules' inputs) and sets the
 * statuses on today, (c) for comparison, recomputed from the events as before the stored deadlines:
 * their current events in one projected query and the latest plans' visit intervals, then the rules.
 * The engine runs in this process, opened on the data directory like the server opens it.
 */
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { startEngine } from '@keha/embedded-mongo';
import { helsinkiToday } from '../features/case/dates.js';
import { childModel } from '../features/children/model.js';
import { computeDeadlines, deadlinesOfChildren, loadDeadlineInputs } from '../features/my-work/deadlines.js';
import { percentile } from './http-load.js';

export interface DeadlineTimes {
  children: number;
  events: number;
  deadlines: number;
  /** Medians over the runs, ms. */
  pureMs: number;
  /** As the product reads them (b); `open`: how many open deadlines that returned. */
  endToEndMs: number;
  endToEndSlowestMs: number;
  open: number;
  /** Recomputed from the events (c), and of that the children, events and plans through mongoose. */
  fromEventsMs: number;
  fromEventsSlowestMs: number;
  databaseMs: number;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

export async function measureTeamDeadlines(
  dataDir: string,
  teamId: string,
  runs = 7,
): Promise<DeadlineTimes> {
  const engine = await startEngine({ port: 0, dbPath: path.join(dataDir, 'db'), sync: 'batch' });
  const c = await mongoose.createConnection(engine.uri, { dbName: 'keha' }).asPromise();
  try {
    const today = helsinkiToday();
    const team = new Types.ObjectId(teamId);
    const loadChildren = () =>
      childModel(c)
        .find({ teamId: team }, { dateOfBirth: 1 })
        .lean<{ _id: Types.ObjectId; dateOfBirth: Date }[]>();
    const children = await loadChildren();
    const inputs = await loadDeadlineInputs(c, children);
    let events = 0;
    for (const list of inputs.eventsByChild.values()) events += list.length;

    const pure: number[] = [];
    let deadlines = 0;
    for (let run = 0; run <= runs; run++) {
      const t = performance.now();
      const result = computeDeadlines(children, inputs, today);
      // The first run warms the JIT up and is not counted.
      if (run > 0) pure.push(performance.now() - t);
      deadlines = [...result.values()].reduce((sum, list) => sum + list.length, 0);
    }
    const endToEnd: number[] = [];
    let open = 0;
    for (let run = 0; run <= runs; run++) {
      const t = performance.now();
      const stored = await deadlinesOfChildren(c, await loadChildren(), today);
      if (run === 0) continue; // the first run would compute any missing projection
      endToEnd.push(performance.now() - t);
      open = [...stored.values()].reduce((sum, list) => sum + list.length, 0);
    }
    const fromEvents: number[] = [];
    const database: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const t = performance.now();
      const team = await loadChildren();
      const loaded = await loadDeadlineInputs(c, team);
      const db = performance.now() - t;
      computeDeadlines(team, loaded, today);
      if (run === 0) continue;
      fromEvents.push(performance.now() - t);
      database.push(db);
    }
    return {
      children: children.length,
      events,
      deadlines,
      pureMs: percentile(sorted(pure), 50),
      endToEndMs: percentile(sorted(endToEnd), 50),
      endToEndSlowestMs: Math.max(...endToEnd),
      open,
      fromEventsMs: percentile(sorted(fromEvents), 50),
      fromEventsSlowestMs: Math.max(...fromEvents),
      databaseMs: percentile(sorted(database), 50),
    };
  } finally {
    await c.close();
    await engine.stop();
  }
}

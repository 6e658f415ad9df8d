/**
 * "Deadline computation for all children of a team": (a) the pure rules over the team's events already
 * in memory, (b) end to end as the server does it (my work uses the same functions): the team's
 * children, their current events in one projected query and the latest plans' visit intervals, then
 * the rules. The engine runs in this process, opened on the data directory like the server opens it.
 */
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { startEngine } from '@keha/embedded-mongo';
import { helsinkiToday } from '../features/case/dates.js';
import { childModel } from '../features/children/model.js';
import { computeDeadlines, loadDeadlineInputs } from '../features/my-work/deadlines.js';
import { percentile } from './http-load.js';

export interface DeadlineTimes {
  children: number;
  events: number;
  deadlines: number;
  /** Medians over the runs, ms. */
  pureMs: number;
  endToEndMs: number;
  endToEndP95Ms: number;
  /** Of the end-to-end time: the children, events and plans through mongoose. */
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
    const database: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const t = performance.now();
      const team = await loadChildren();
      const loaded = await loadDeadlineInputs(c, team);
      const db = performance.now() - t;
      computeDeadlines(team, loaded, today);
      if (run === 0) continue;
      endToEnd.push(performance.now() - t);
      database.push(db);
    }
    return {
      children: children.length,
      events,
      deadlines,
      pureMs: percentile(sorted(pure), 50),
      endToEndMs: percentile(sorted(endToEnd), 50),
      endToEndP95Ms: percentile(sorted(endToEnd), 95),
      databaseMs: percentile(sorted(database), 50),
    };
  } finally {
    await c.close();
    await engine.stop();
  }
}

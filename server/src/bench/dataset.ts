/**
 * Fills a data directory that the real server has already seeded (demo organisation) with the issue-5
 * dataset: 10 teams x 10 social workers, 100 children per worker with 100 case events each, and per
 * child a client plan, the child's view, three safety scores and two tasks. The engine is opened
 * in-process like the server opens it; indexes are created first (`Model.init()`), then the driver's
 * insertMany in batches of ~10k, unordered.
 */
import path from 'node:path';
import mongoose, { Types, type Connection, type Model } from 'mongoose';
import { startEngine } from '@keha/embedded-mongo';
import { helsinkiToday } from '../features/case/dates.js';
import { childViewModel } from '../features/case/child-view.model.js';
import { caseEventModel } from '../features/case/event.model.js';
import { clientPlanModel } from '../features/case/plan.model.js';
import { safetyScoreModel, safetyStatementModel } from '../features/case/safety.model.js';
import { taskModel } from '../features/case/task.model.js';
import { childModel } from '../features/children/model.js';
import { familyModel, personModel, relationshipModel } from '../features/family/model.js';
import { networkMemberModel } from '../features/network/model.js';
import { teamModel } from '../features/teams/model.js';
import { userModel } from '../features/users/model.js';
import { childDoc, eventDocs, lifecycleOf, recordDocs, type Worker } from './dataset-records.js';

export interface DatasetSize {
  teams: number;
  workersPerTeam: number;
  childrenPerWorker: number;
}

export interface Dataset {
  /** A generated social worker of the first team; signs in with the demo password. */
  username: string;
  /** Ids of the first team's children (the team the benchmark user belongs to). */
  teamChildIds: string[];
  teamId: string;
  counts: Record<string, number>;
  insertMs: number;
}

const BATCH = 10_000;

type AnyModel = Model<object>;

/** Every model the case records use, so that their indexes exist before the data goes in. */
function caseModels(c: Connection): AnyModel[] {
  return [
    childModel,
    caseEventModel,
    clientPlanModel,
    childViewModel,
    safetyScoreModel,
    safetyStatementModel,
    taskModel,
    familyModel,
    personModel,
    relationshipModel,
    networkMemberModel,
    teamModel,
    userModel,
  ].map((factory) => factory(c) as unknown as AnyModel);
}

/** JSON with sorted keys (after ObjectId and Date became strings). */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** The stored documents must be what mongoose would have stored: check one of each kind. */
async function assertShape(model: AnyModel, doc: Record<string, unknown>): Promise<void> {
  const hydrated = new model(doc);
  await hydrated.validate().catch((error: Error) => {
    throw new Error(`${model.modelName} document does not validate: ${error.message}`);
  });
  const cast = canonical({ ...hydrated.toObject(), __v: 0 });
  const raw = canonical(doc);
  if (cast !== raw) throw new Error(`${model.modelName} document differs from mongoose's:\n${raw}\n${cast}`);
}

export async function generateDataset(dataDir: string, size: DatasetSize): Promise<Dataset> {
  const engine = await startEngine({ port: 0, dbPath: path.join(dataDir, 'db'), sync: 'batch' });
  const c = await mongoose.createConnection(engine.uri, { dbName: 'keha' }).asPromise();
  try {
    await Promise.all(caseModels(c).map((model) => model.init()));
    const demo = await c.collection('users').findOne({ username: 'anna.sw' });
    if (!demo) throw new Error('The data directory has no demo organisation: start the server on it first.');
    const today = helsinkiToday();
    const started = performance.now();
    const now = new Date();
    const teams = Array.from({ length: size.teams }, (_, t) => ({
      _id: new Types.ObjectId(),
      name: `Vertailutiimi ${t + 1}`,
      code: `bench-${t + 1}`,
      __v: 0,
      createdAt: now,
    }));
    const users = teams.flatMap((team, t) =>
      Array.from({ length: size.workersPerTeam }, (_, w) => ({
        _id: new Types.ObjectId(),
        username: `bench.t${t + 1}.w${w + 1}`,
        displayName: `Vertailu Työntekijä ${t + 1}-${w + 1}`,
        roles: ['social_worker'],
        teamIds: [team._id],
        language: 'fi',
        passwordHash: demo['passwordHash'] as string,
        active: true,
        mfaEnabled: false,
        recoveryCodeHashes: [],
        __v: 0,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await assertShape(teamModel(c) as unknown as AnyModel, teams[0]!);
    await assertShape(userModel(c) as unknown as AnyModel, users[0]!);
    await c.collection('teams').insertMany(teams);
    await c.collection('users').insertMany(users);
    const workers: Worker[] = users.map((u) => ({
      _id: u._id,
      teamId: u.teamIds[0]!,
      displayName: u.displayName,
    }));

    const counts: Record<string, number> = { teams: teams.length, users: users.length };
    const add = async (collection: string, docs: object[]) => {
      if (!docs.length) return;
      await c.collection(collection).insertMany(docs, { ordered: false });
      counts[collection] = (counts[collection] ?? 0) + docs.length;
    };
    const childrenPerBatch = Math.max(1, Math.floor(BATCH / 100));
    const total = workers.length * size.childrenPerWorker;
    const teamChildIds: string[] = [];
    for (let from = 0; from < total; from += childrenPerBatch) {
      const batch = { children: [] as object[], caseevents: [] as object[] };
      const plans: object[] = [];
      const views: object[] = [];
      const scores: object[] = [];
      const tasks: object[] = [];
      for (let i = from; i < Math.min(total, from + childrenPerBatch); i++) {
        const worker = workers[Math.floor(i / size.childrenPerWorker)]!;
        const { types, status } = lifecycleOf(i);
        const child = childDoc(i, worker, today, status);
        if (worker.teamId.equals(teams[0]!._id)) teamChildIds.push(String(child._id));
        const records = recordDocs(child, i, worker, today);
        batch.children.push(child);
        batch.caseevents.push(...eventDocs(child, types, worker, today));
        plans.push(records.plan);
        views.push(records.view);
        scores.push(...records.scores);
        tasks.push(...records.tasks);
      }
      if (from === 0) {
        const pairs: [AnyModel, object][] = [
          [childModel(c) as unknown as AnyModel, batch.children[0]!],
          [caseEventModel(c) as unknown as AnyModel, batch.caseevents[0]!],
          [caseEventModel(c) as unknown as AnyModel, batch.caseevents[2]!],
          [clientPlanModel(c) as unknown as AnyModel, plans[0]!],
          [childViewModel(c) as unknown as AnyModel, views[0]!],
          [safetyScoreModel(c) as unknown as AnyModel, scores[0]!],
          [taskModel(c) as unknown as AnyModel, tasks[0]!],
        ];
        for (const [model, doc] of pairs) await assertShape(model, doc as Record<string, unknown>);
      }
      await add('children', batch.children);
      await add('caseevents', batch.caseevents);
      await add('clientplans', plans);
      await add('childviews', views);
      await add('safetyscores', scores);
      await add('tasks', tasks);
      if ((from / childrenPerBatch) % 10 === 9)
        process.stdout.write(
          `  ${counts['caseevents']} events in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
        );
    }
    const insertMs = performance.now() - started;
    return { username: users[0]!.username, teamChildIds, teamId: String(teams[0]!._id), counts, insertMs };
  } finally {
    await c.close();
    await engine.stop();
  }
}

/**
 * The explain output of the dashboards' main queries on the benchmark's data (engine in-process on the
 * data directory, after the server stopped): which index the first stage used, keys and documents
 * examined, documents returned and the time of the whole pipeline.
 */
import path from 'node:path';
import mongoose, { Types, type PipelineStage } from 'mongoose';
import { addCalendarDays, addMonths } from '@keha/shared';
import { startEngine } from '@keha/embedded-mongo';
import { helsinkiToday } from '../../features/case/dates.js';
import { datedCaseloadPipeline } from '../../features/dashboard/dated-caseloads.js';
import {
  assessmentPipeline,
  openDeadlinesPipeline,
  weekEndOf,
} from '../../features/dashboard/deadline-dashboard.js';
import { overdueActionPoints } from '../../features/dashboard/meeting-dashboard.js';
import type { DashboardScope } from '../../features/dashboard/scope.js';
import { findingsPastDeadline, visitDeadlinePipeline } from '../../features/dashboard/visit-dashboard.js';

export interface ExplainRow {
  query: string;
  collection: string;
  plan: string;
  keysExamined: number;
  docsExamined: number;
  returned: number;
  ms: number;
  raw: string;
}

interface Explained {
  queryPlanner: { winningPlan: { stage: string; inputStage?: { indexName: string } } };
  executionStats: {
    totalKeysExamined: number;
    totalDocsExamined: number;
    nReturned: number;
    executionTimeMillis: number;
  };
}

export async function explainDashboards(dataDir: string, teamId: string): Promise<ExplainRow[]> {
  const engine = await startEngine({ port: 0, dbPath: path.join(dataDir, 'db'), sync: 'batch' });
  const c = await mongoose.createConnection(engine.uri, { dbName: 'keha' }).asPromise();
  try {
    const today = helsinkiToday();
    const team = new Types.ObjectId(teamId);
    const scope: DashboardScope = {
      teams: [{ _id: team, name: 'bench' }],
      teamIds: [team],
      workerId: null,
      period: { from: `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}`, to: today.slice(0, 7), today },
    };
    const children = (
      await c
        .collection('children')
        .find({ teamId: team }, { projection: { _id: 1 } })
        .toArray()
    ).map((ch) => ch._id);
    // The caseload trend's points: the last day of each of the 11 previous months, and today.
    const first = `${today.slice(0, 7)}-01`;
    const months = [
      ...Array.from({ length: 11 }, (_, i) => addCalendarDays(addMonths(first, i - 10), -1)),
      today,
    ];
    const aggregate = async (query: string, collection: string, pipeline: PipelineStage[]) => {
      const out = (await c.db!.command({
        explain: { aggregate: collection, pipeline, cursor: {} },
        verbosity: 'executionStats',
      })) as unknown as Explained;
      return row(query, collection, out);
    };
    const find = async (query: string, collection: string, filter: object) => {
      const out = (await c.db!.command({
        explain: { find: collection, filter },
        verbosity: 'executionStats',
      })) as unknown as Explained;
      return row(query, collection, out);
    };
    return [
      await aggregate(
        'deadlines: open by rule/team/worker',
        'childdeadlines',
        openDeadlinesPipeline(scope, today, weekEndOf(today)),
      ),
      await aggregate(
        'deadlines: assessments per month',
        'childdeadlines',
        assessmentPipeline(scope, scope.period.from, scope.period.to),
      ),
      await aggregate('caseload: 12 monthly points', 'children', datedCaseloadPipeline(scope, months, false)),
      await aggregate(
        'visits: visit-interval deadlines',
        'childdeadlines',
        visitDeadlinePipeline(scope, today),
      ),
      await find(
        'visits: open findings past deadline (as counted now)',
        'placementfindings',
        findingsPastDeadline(today),
      ),
      await aggregate('meetings: overdue action points (as counted now)', 'tasks', [
        { $match: overdueActionPoints(today) },
        { $group: { _id: { child: '$childId', owner: '$ownerId' }, count: { $sum: 1 } } },
      ]),
      // The per-team queries these replaced, for comparison (docs/PERFORMANCE.md notes).
      await find('visits: findings past deadline, per-team $in (replaced)', 'placementfindings', {
        childIds: { $in: children },
        ...findingsPastDeadline(today),
      }),
      await find('meetings: overdue action points, per-team $in (replaced)', 'tasks', {
        childId: { $in: children },
        ...overdueActionPoints(today),
      }),
    ];
  } finally {
    await c.close();
    await engine.stop();
  }
}

function row(query: string, collection: string, out: Explained): ExplainRow {
  const plan = out.queryPlanner.winningPlan;
  const stats = out.executionStats;
  return {
    query,
    collection,
    plan: plan.inputStage ? `${plan.stage} <- IXSCAN ${plan.inputStage.indexName}` : plan.stage,
    keysExamined: stats.totalKeysExamined,
    docsExamined: stats.totalDocsExamined,
    returned: stats.nReturned,
    ms: stats.executionTimeMillis,
    raw: JSON.stringify({ winningPlan: plan, executionStats: { ...stats } }),
  };
}

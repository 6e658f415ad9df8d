/** Explain output in the classic queryPlanner / executionStats shape. */
import type { Document } from 'bson';
import type { Plan } from '../storage/planner.js';
import type { ScanStats } from '../storage/scan.js';
import { toWire } from '../bson/values.js';

export function planStage(plan: Plan): Document {
  if (plan.kind === 'COLLSCAN') return { stage: 'COLLSCAN', direction: 'forward' };
  const index = plan.index;
  return {
    stage: 'FETCH',
    inputStage: {
      stage: 'IXSCAN',
      keyPattern: toWire(index.spec.key),
      indexName: index.name,
      isMultiKey: index.multikey,
      isUnique: index.unique,
      isSparse: index.sparse,
      isPartial: !!index.partial,
      direction: plan.direction > 0 ? 'forward' : 'backward',
    },
  };
}

export function explainReply(
  ns: string,
  plan: Plan,
  stats: ScanStats,
  nReturned: number,
  verbosity: string,
  millis: number,
): Document {
  const winningPlan = planStage(plan);
  const reply: Document = {
    explainVersion: '1',
    queryPlanner: { namespace: ns, indexFilterSet: false, winningPlan, rejectedPlans: [] },
  };
  if (verbosity !== 'queryPlanner') {
    reply.executionStats = {
      executionSuccess: true,
      nReturned,
      executionTimeMillis: millis,
      totalKeysExamined: stats.keysExamined,
      totalDocsExamined: stats.docsExamined,
      executionStages: { ...winningPlan, nReturned, docsExamined: stats.docsExamined },
    };
  }
  reply.serverInfo = { host: '127.0.0.1', version: '7.0.0' };
  reply.ok = 1;
  return reply;
}

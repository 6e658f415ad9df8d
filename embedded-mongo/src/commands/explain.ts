/** Explain output in the classic queryPlanner / executionStats shape. */
import type { Document } from 'bson';
import type { Plan } from '../storage/planner.js';
import type { ScanStats } from '../storage/scan.js';
import { toWire } from '../bson/values.js';
import type { Bound } from '../storage/bounds.js';
import type { IndexBounds } from '../storage/compound-bounds.js';

const EDGES = [
  'MinKey',
  '',
  'null',
  'number',
  'string',
  'object',
  'array',
  'BinData',
  'ObjectId',
  'bool',
  'Date',
];

function showBound(b: Bound): string {
  if (!('value' in b)) {
    if (b.rank === 0) return 'MinKey';
    if (b.rank === 99) return 'MaxKey';
    if (b.rank === 3) return b.edge === 'min' ? '-inf.0' : 'inf.0';
    if (b.rank === 4) return b.edge === 'min' ? '""' : '{}';
    return `${b.edge} ${EDGES[b.rank] ?? `type ${b.rank}`}`;
  }
  const v = b.value;
  if (v instanceof Date) return `new Date(${v.getTime()})`;
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

/** MongoDB's explain shape: per field the intervals as strings, e.g. `["open", "open"]`, `[MinKey, 5)`. */
function showBounds(fields: string[], bounds: IndexBounds): Document {
  const out: Document = {};
  fields.forEach((field, f) => {
    const seen = new Set<string>();
    for (const i of bounds.intervals) {
      const lo = i.lo[f];
      const hi = i.hi[f];
      const open = 'value' in lo && !lo.inclusive ? '(' : '[';
      const close = 'value' in hi && !hi.inclusive ? ')' : ']';
      seen.add(`${open}${showBound(lo)}, ${showBound(hi)}${close}`);
    }
    out[field] = [...seen];
  });
  return out;
}

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
      indexBounds: showBounds(index.fields, plan.bounds),
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

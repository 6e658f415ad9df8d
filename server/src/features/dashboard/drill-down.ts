import type { Connection, Types } from 'mongoose';
import {
  can,
  MAX_DRILL_DOWN_ROWS,
  type CalendarDate,
  type DrillDown,
  type DrillDownQuery,
} from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { deadlineProjectionModel } from '../case/deadline-projection.model.js';
import { taskModel } from '../case/task.model.js';
import { minorBirthFilter } from '../caseload/minor-window.js';
import { childModel } from '../children/model.js';
import { findingModel } from '../placements/findings/finding.model.js';
import { userModel } from '../users/model.js';
import { projectionMatch, weekEndOf } from './deadline-dashboard.js';
import { overdueActionPoints } from './meeting-dashboard.js';
import type { DashboardScope } from './scope.js';
import {
  findingsPastDeadline,
  monthBounds,
  unnotifiedSeriousFindings,
  VISIT_RULE,
} from './visit-dashboard.js';

type Reason = { childId: Types.ObjectId; detail: string | null; dueDate: CalendarDate | null };

/** Which open deadlines (rule, due-date range) a deadline or visit drill-down is about. */
function deadlineWindow(
  query: DrillDownQuery,
  today: CalendarDate,
): { ruleId?: string; dueDate: object } | null {
  const weekEnd = weekEndOf(today);
  const { first, last } = monthBounds(today);
  const rule = query.ruleId ? { ruleId: query.ruleId } : {};
  switch (query.kind) {
    case 'overdue':
      return { ...rule, dueDate: { $lt: today } };
    case 'due_this_week':
      return { ...rule, dueDate: { $gte: today, $lte: weekEnd } };
    case 'upcoming':
      return { ...rule, dueDate: { $gt: weekEnd } };
    case 'without_visit':
      return { ruleId: VISIT_RULE, dueDate: { $lt: today } };
    case 'visits_due_this_month':
      return { ruleId: VISIT_RULE, dueDate: { $gte: first, $lte: last } };
    default:
      return null;
  }
}

function inRange(date: string, range: Record<string, string>): boolean {
  return (
    (range['$lt'] === undefined || date < range['$lt']) &&
    (range['$lte'] === undefined || date <= range['$lte']) &&
    (range['$gt'] === undefined || date > range['$gt']) &&
    (range['$gte'] === undefined || date >= range['$gte'])
  );
}

/** The children behind one number, with what put each there; bounded to MAX_DRILL_DOWN_ROWS. */
async function reasons(
  connection: Connection,
  scope: DashboardScope,
  query: DrillDownQuery,
): Promise<Reason[]> {
  const today = scope.period.today;
  const limit = MAX_DRILL_DOWN_ROWS + 1;
  const window = deadlineWindow(query, today);
  if (window) {
    const docs = await deadlineProjectionModel(connection)
      .find({ ...projectionMatch(scope), open: { $elemMatch: window } }, { open: 1 })
      .limit(limit)
      .lean();
    return docs.map((doc) => {
      const first = doc.open
        .filter(
          (d) =>
            (!window.ruleId || d.ruleId === window.ruleId) && inRange(d.dueDate, window.dueDate as never),
        )
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
      return { childId: doc._id, detail: first?.ruleId ?? null, dueDate: first?.dueDate ?? null };
    });
  }
  const children = childModel(connection);
  const own = {
    teamId: { $in: scope.teamIds },
    ...(scope.workerId ? { namedSocialWorkerId: scope.workerId } : {}),
  };
  if (query.kind === 'caseload') {
    const docs = await children
      .find({ ...own, status: { $ne: 'closed' }, dateOfBirth: minorBirthFilter(today) }, { _id: 1 })
      .limit(limit)
      .lean();
    return docs.map((c) => ({ childId: c._id, detail: null, dueDate: null }));
  }
  const ids = (await children.find(own, { _id: 1 }).lean()).map((c) => c._id);
  const mine = new Set(ids.map(String));
  if (query.kind === 'overdue_action_points') {
    const tasks = await taskModel(connection)
      .find({ childId: { $in: ids }, ...overdueActionPoints(today) }, { childId: 1, title: 1, dueDate: 1 })
      .sort({ dueDate: 1 })
      .limit(limit)
      .lean();
    return tasks.map((t) => ({ childId: t.childId, detail: t.title, dueDate: t.dueDate }));
  }
  const filter =
    query.kind === 'findings_past_deadline'
      ? { childIds: { $in: ids }, ...findingsPastDeadline(today) }
      : await unnotifiedSeriousFindings(connection, ids);
  const findings = await findingModel(connection)
    .find(filter, { childIds: 1, unitName: 1, followUpDate: 1, date: 1 })
    .sort({ date: 1 })
    .limit(limit)
    .lean();
  return findings.flatMap((f) =>
    f.childIds
      .filter((id) => mine.has(String(id)))
      .map((childId) => ({ childId, detail: f.unitName, dueDate: f.followUpDate ?? f.date })),
  );
}

/**
 * A drill-down lists children, so it is decided per child by the policy (`child.list`: names only;
 * opening a child is the child page's own audited read) and audited as one list event naming every
 * child shown, which puts it in each child's access log (ATL 11 §).
 */
export async function drillDown(
  connection: Connection,
  audit: AuditWriter,
  caller: Caller,
  scope: DashboardScope,
  query: DrillDownQuery,
): Promise<DrillDown> {
  const found = await reasons(connection, scope, query);
  const truncated = found.length > MAX_DRILL_DOWN_ROWS;
  const listed = found.slice(0, MAX_DRILL_DOWN_ROWS);
  const docs = await childModel(connection)
    .find(
      { _id: { $in: listed.map((r) => r.childId) } },
      { firstName: 1, lastName: 1, teamId: 1, namedSocialWorkerId: 1 },
    )
    .lean();
  const now = new Date();
  const allowed = docs.filter(
    (c) =>
      can(caller.user, 'child.list', {
        kind: 'child',
        childId: String(c._id),
        teamId: String(c.teamId),
        namedSocialWorkerId: String(c.namedSocialWorkerId),
        inspectorIds: [],
        part: 'core',
        grants: [],
        now,
      }).allowed,
  );
  const byId = new Map(allowed.map((c) => [String(c._id), c]));
  const workers = await userModel(connection)
    .find({ _id: { $in: allowed.map((c) => c.namedSocialWorkerId) } }, { displayName: 1 })
    .lean();
  const workerNames = new Map(workers.map((w) => [String(w._id), w.displayName]));
  const items = listed
    .filter((r) => byId.has(String(r.childId)))
    .map((r) => {
      const child = byId.get(String(r.childId))!;
      return {
        childId: String(child._id),
        name: `${child.firstName} ${child.lastName}`,
        teamId: String(child.teamId),
        workerName: workerNames.get(String(child.namedSocialWorkerId)) ?? '',
        detail: r.detail,
        dueDate: r.dueDate,
      };
    })
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.name.localeCompare(b.name, 'fi'));
  await audit.record({
    ...auditActor(caller),
    category: 'client_data',
    action: 'child.list',
    outcome: 'allowed',
    view: 'dashboard.children',
    fields: ['firstName', 'lastName', 'namedSocialWorker', `kind=${query.kind}`],
    childIds: [...new Set(items.map((i) => i.childId))],
  });
  return { kind: query.kind, items, truncated };
}

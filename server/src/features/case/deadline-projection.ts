import { createHash } from 'node:crypto';
import type { ClientSession, Connection, Types } from 'mongoose';
import {
  computeStatutoryDeadlines,
  deadlineStatusOn,
  STATUTORY_RULES,
  type CalendarDate,
  type ChildStatus,
  type Deadline,
} from '@keha/shared';
import { childModel } from '../children/model.js';
import { loadDeadlineInputs } from '../my-work/deadline-inputs.js';
import { calendarDateOf } from './dates.js';
import {
  deadlineListModel,
  deadlineProjectionModel,
  type DeadlineListDocument,
  type DeadlineProjectionDocument,
} from './deadline-projection.model.js';
import { notifyDashboardChange } from './deadline-changes.js';
import { storeProjections, takeStamps } from './deadline-stamps.js';

/** Changes whenever the rules change, so stored deadlines computed by older rules are recomputed at start. */
export const DEADLINE_RULES_FINGERPRINT = createHash('sha256')
  // The stored form's version too (3: whole open deadlines on the summary, full lists apart).
  .update(`3:${JSON.stringify(STATUTORY_RULES)}`)
  .digest('hex')
  .slice(0, 16);

export interface ProjectedChild {
  _id: Types.ObjectId;
  teamId: Types.ObjectId;
  namedSocialWorkerId: Types.ObjectId;
  status: ChildStatus;
  dateOfBirth: Date;
}
/** The met deadlines of this rule are kept on the summary: THL's share of assessments in time. */
const ASSESSMENT_RULE = 'assessment-complete-3-months';
const CHILD_FIELDS = { teamId: 1, namedSocialWorkerId: 1, status: 1, dateOfBirth: 1 } as const;

/** The stored form of the children's deadlines, computed by `computeStatutoryDeadlines` (the only rules). */
export interface Projection {
  summary: DeadlineProjectionDocument;
  list: DeadlineListDocument;
  /** Taken before the inputs were read (deadline-stamps.ts); a store applies only over a lower one. */
  stamp: number;
}

/**
 * The one way to compute what is stored: a stamp per child, then the children's facts and the rules'
 * inputs (all read after the stamp), then the rules.
 */
export async function computeProjections(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
  session?: ClientSession,
): Promise<{ children: ProjectedChild[]; projections: Projection[] }> {
  const stamps = await takeStamps(connection, childIds, session);
  const children = await childModel(connection)
    .find({ _id: { $in: childIds } }, CHILD_FIELDS, { session })
    .lean<ProjectedChild[]>();
  return { children, projections: await projectDeadlines(connection, children, stamps, session) };
}

async function projectDeadlines(
  connection: Connection,
  children: readonly ProjectedChild[],
  stamps: ReadonlyMap<string, number>,
  session?: ClientSession,
): Promise<Projection[]> {
  const inputs = await loadDeadlineInputs(connection, children, session);
  const computedAt = new Date();
  return children.map((child) => {
    const dateOfBirth = calendarDateOf(child.dateOfBirth);
    const interval = inputs.intervals.get(String(child._id));
    // Only the statuses depend on `today`, and they are not stored.
    const deadlines = computeStatutoryDeadlines(inputs.eventsByChild.get(String(child._id)) ?? [], {
      today: dateOfBirth,
      childDateOfBirth: dateOfBirth,
      ...(interval ? { plannedVisitIntervalDays: interval } : {}),
    }).map(({ status: _status, ...stored }) => stored);
    const summary: DeadlineProjectionDocument = {
      _id: child._id,
      teamId: child.teamId,
      workerId: child.namedSocialWorkerId,
      childStatus: child.status,
      dateOfBirth,
      rules: DEADLINE_RULES_FINGERPRINT,
      computedAt,
      open: deadlines.filter((d) => d.metOn === null),
      assessments: deadlines
        .filter((d) => d.ruleId === ASSESSMENT_RULE && d.metOn !== null)
        .map((d) => ({ dueDate: d.dueDate, metOn: d.metOn! })),
    };
    const list = { _id: child._id, rules: DEADLINE_RULES_FINGERPRINT, deadlines };
    return { summary, list, stamp: stamps.get(String(child._id)) ?? 0 };
  });
}

/**
 * Recomputes and stores the deadlines of these children: called by every write of an input of the
 * rules (case events and their corrections, client plans, visits, allocation, the child record), in
 * the writer's transaction when it has one. Tells the dashboards which teams changed.
 */
export async function refreshDeadlineProjection(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
  session?: ClientSession,
): Promise<void> {
  if (!childIds.length) return;
  const { children, projections } = await computeProjections(connection, childIds, session);
  await storeProjections(connection, projections, session);
  const notify = () =>
    notifyDashboardChange(connection, {
      teamIds: [...new Set(children.map((c) => String(c.teamId)))],
      areas: ['deadlines', 'caseload', 'visits'],
    });
  // In a transaction the dashboards hear of it once the session ends (after the commit), so that
  // nobody recomputes them from the data before the commit.
  if (session) session.once('ended', notify);
  else notify();
}

/** The children's deadlines with their status on `today`, from the projection (computed when missing). */
export async function projectedDeadlines(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
  today: CalendarDate,
): Promise<Map<string, Deadline[]>> {
  const stored = await deadlineListModel(connection)
    .find({ _id: { $in: childIds }, rules: DEADLINE_RULES_FINGERPRINT }, { deadlines: 1 })
    .lean();
  const found = new Map(stored.map((doc) => [String(doc._id), doc.deadlines]));
  await projectMissing(connection, childIds, found, (doc) => doc.list.deadlines);
  return withStatusOn(childIds, found, today);
}

/**
 * The children's open (unmet) deadlines with their status on `today`, from the small summaries: what
 * team deadlines and my work show (computed and stored when missing).
 */
export async function projectedOpenDeadlines(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
  today: CalendarDate,
): Promise<Map<string, Deadline[]>> {
  const stored = await deadlineProjectionModel(connection)
    .find({ _id: { $in: childIds }, rules: DEADLINE_RULES_FINGERPRINT }, { open: 1 })
    .lean();
  const found = new Map(stored.map((doc) => [String(doc._id), doc.open]));
  await projectMissing(connection, childIds, found, (doc) => doc.summary.open);
  return withStatusOn(childIds, found, today);
}

type StoredDeadline = Omit<Deadline, 'status'>;

/** Computes and stores the projection of the children `found` lacks, adding the part `take` picks. */
async function projectMissing(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
  found: Map<string, readonly StoredDeadline[]>,
  take: (projection: Projection) => readonly StoredDeadline[],
): Promise<void> {
  const missing = childIds.filter((id) => !found.has(String(id)));
  if (!missing.length) return;
  const { projections: fresh } = await computeProjections(connection, missing);
  await storeProjections(connection, fresh);
  for (const doc of fresh) found.set(String(doc.list._id), take(doc));
}

/** Statuses depend on the day, so they are never stored: computed here for `today`. */
function withStatusOn(
  childIds: readonly Types.ObjectId[],
  found: ReadonlyMap<string, readonly StoredDeadline[]>,
  today: CalendarDate,
): Map<string, Deadline[]> {
  return new Map(
    childIds.map((id) => [
      String(id),
      (found.get(String(id)) ?? []).map((d) => ({
        ...d,
        status: deadlineStatusOn(d.dueDate, d.metOn, today),
      })),
    ]),
  );
}

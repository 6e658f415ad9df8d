import { randomBytes } from 'node:crypto';
import { Types, type Connection } from 'mongoose';
import type { ApiFieldIssue, TherapyPlanContent } from '@keha/shared';
import { ValidationError } from '../../platform/errors.js';
import { clientPlanModel } from '../case/plan.model.js';
import type { StoredChild } from '../children/child-guard.js';
import { childModel } from '../children/model.js';
import { familyModel, personModel } from '../family/model.js';
import type { StoredPlanContent, StoredTherapyGoal, StoredTherapyPlan } from './plan.model.js';
import type { PlanNames } from './mapping.js';
import { score15MeasurementModel } from './session.model.js';

export function throwIfAny(issues: ApiFieldIssue[]): void {
  if (issues.length) throw new ValidationError(issues);
}

/** The plan's children must belong to the plan's family (siblings share one family and one team). */
export function childIssues(
  children: readonly StoredChild[],
  familyId: Types.ObjectId,
  planChildIds: readonly string[],
): ApiFieldIssue[] {
  return children.flatMap((child) =>
    child.familyId?.equals(familyId)
      ? []
      : [
          {
            path: `plan.childIds.${planChildIds.indexOf(String(child._id))}`,
            message: "This child is not in the plan's family.",
          },
        ],
  );
}

/** People named by id must be people of the family's genogram. */
export async function personIssues(
  connection: Connection,
  familyId: Types.ObjectId,
  people: readonly { personId?: string }[],
  path: string,
): Promise<ApiFieldIssue[]> {
  const ids = people.flatMap((p) => (p.personId ? [new Types.ObjectId(p.personId)] : []));
  if (!ids.length) return [];
  const found = await personModel(connection)
    .find({ _id: { $in: ids }, familyId }, { _id: 1 })
    .lean();
  const known = new Set(found.map((p) => String(p._id)));
  return people.flatMap((p, i) =>
    p.personId && !known.has(p.personId)
      ? [{ path: `${path}.${i}.personId`, message: "Not a person of this family's genogram." }]
      : [],
  );
}

/** Linked client-plan goals must be goals of the child's current client plan (LSL 30 §). */
export async function clientGoalIssues(
  connection: Connection,
  plan: TherapyPlanContent,
): Promise<ApiFieldIssue[]> {
  const issues: ApiFieldIssue[] = [];
  for (const [i, link] of plan.clientPlanGoals.entries()) {
    const latest = await clientPlanModel(connection)
      .findOne({ childId: new Types.ObjectId(link.childId) }, { goals: 1 })
      .sort({ version: -1 })
      .lean();
    if (!latest?.goals.some((g) => g.goalId === link.goalId))
      issues.push({
        path: `plan.clientPlanGoals.${i}.goalId`,
        message: "No such goal in the child's current client plan.",
      });
  }
  return issues;
}

function newGoalId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `tg-${randomBytes(5).readUIntBE(0, 5).toString(32).padStart(8, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** Goal ids stay the same across versions; a goal given with an id must continue one of the previous version. */
export function storedContent(
  plan: TherapyPlanContent,
  previous: readonly StoredTherapyGoal[],
  issues: ApiFieldIssue[],
): StoredPlanContent {
  const known = new Set(previous.map((g) => g.id));
  const used = new Set<string>();
  plan.goals.forEach((goal, i) => {
    if (goal.id === undefined) return;
    if (!known.has(goal.id))
      issues.push({ path: `plan.goals.${i}.id`, message: 'No such goal in the previous version.' });
    else if (used.has(goal.id))
      issues.push({ path: `plan.goals.${i}.id`, message: 'The same goal is listed twice.' });
    used.add(goal.id);
  });
  const taken = new Set([...known, ...used]);
  const goals = plan.goals.map((goal) => {
    const id = goal.id ?? newGoalId(taken);
    taken.add(id);
    return { ...goal, id };
  });
  return { ...plan, goals };
}

/** Dates: nothing recorded in the plan happens after today, and measurements stay within the plan. */
export async function dateIssues(
  connection: Connection,
  plan: TherapyPlanContent,
  today: string,
  planId?: Types.ObjectId,
): Promise<ApiFieldIssue[]> {
  const issues: ApiFieldIssue[] = [];
  plan.goals.forEach((goal, i) =>
    goal.progressNotes.forEach((note, j) => {
      if (note.date > today)
        issues.push({
          path: `plan.goals.${i}.progressNotes.${j}.date`,
          message: 'The note is dated in the future.',
        });
    }),
  );
  if (planId) {
    const first = await score15MeasurementModel(connection)
      .findOne({ planId }, { date: 1 })
      .sort({ date: 1 })
      .lean();
    if (first && first.date < plan.startDate)
      issues.push({
        path: 'plan.startDate',
        message: `A measurement of ${first.date} is before this start date.`,
      });
  }
  return issues;
}

/** Family and child names for a set of plans, two queries in all. */
export async function planNames(
  connection: Connection,
  plans: readonly StoredTherapyPlan[],
): Promise<(p: StoredTherapyPlan) => PlanNames> {
  const [families, children] = await Promise.all([
    familyModel(connection)
      .find({ _id: { $in: plans.map((p) => p.familyId) } }, { name: 1 })
      .lean(),
    childModel(connection)
      .find({ _id: { $in: plans.flatMap((p) => p.childIds) } }, { firstName: 1, lastName: 1 })
      .lean(),
  ]);
  const familyNames = new Map(families.map((f) => [String(f._id), f.name]));
  const childNames = new Map(children.map((c) => [String(c._id), `${c.firstName} ${c.lastName}`]));
  return (p) => ({ familyName: familyNames.get(String(p.familyId)) ?? '', childNames });
}

import { Types, type Connection } from 'mongoose';
import { TEAM_ROLES, type ApiFieldIssue, type MinutesItem } from '@keha/shared';
import { ValidationError } from '../../platform/errors.js';
import { clientPlanModel } from '../case/plan.model.js';
import { userModel } from '../users/model.js';

/**
 * Action points become tasks, so they follow the task rules: the owner is an active member of the
 * team, and a linked goal is a goal of the child's current client plan. Returns the ids of the valid
 * points; with `strict` an invalid one is a 400 naming the section entry to fix.
 */
export async function checkActionPoints(
  connection: Connection,
  teamId: Types.ObjectId,
  items: readonly MinutesItem[],
  strict: boolean,
): Promise<Set<string>> {
  const points = items.flatMap((item) => item.actionPoints.map((point) => ({ item: item.item.id, point })));
  if (!points.length) return new Set();
  const ownerIds = [...new Set(points.map((p) => p.point.ownerId))].map((id) => new Types.ObjectId(id));
  const childIds = [...new Set(points.map((p) => p.point.childId))].map((id) => new Types.ObjectId(id));
  const [owners, plans] = await Promise.all([
    userModel(connection)
      .find({ _id: { $in: ownerIds }, teamIds: teamId, active: true, roles: { $in: TEAM_ROLES } }, { _id: 1 })
      .lean(),
    clientPlanModel(connection).aggregate<{ _id: Types.ObjectId; goals: { goalId: string }[] }>([
      { $match: { childId: { $in: childIds } } },
      { $sort: { childId: 1, version: -1 } },
      { $group: { _id: '$childId', goals: { $first: '$goals' } } },
    ]),
  ]);
  const members = new Set(owners.map((o) => String(o._id)));
  const goals = new Map(plans.map((p) => [String(p._id), new Set((p.goals ?? []).map((g) => g.goalId))]));
  const issues: ApiFieldIssue[] = [];
  const valid = new Set<string>();
  for (const { item, point } of points) {
    const path = `action_points:${item}.${point.id}`;
    const before = issues.length;
    if (!members.has(point.ownerId))
      issues.push({ path: `${path}.ownerId`, message: 'The owner must be an active member of the team.' });
    if (point.goalId && !goals.get(point.childId)?.has(point.goalId))
      issues.push({ path: `${path}.goalId`, message: "No such goal in the child's current plan." });
    if (issues.length === before) valid.add(point.id);
  }
  if (strict && issues.length) throw new ValidationError(issues, 'Some action points cannot become tasks.');
  return valid;
}

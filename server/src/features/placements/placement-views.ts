import type { Connection, Types } from 'mongoose';
import { resolveVisitInterval, type Placement } from '@keha/shared';
import { clientPlanModel } from '../case/plan.model.js';
import { childModel } from '../children/model.js';
import { userModel } from '../users/model.js';
import type { StoredPlacement } from './placement.model.js';
import { placementUnitModel } from './unit.model.js';

const ids = (values: readonly (Types.ObjectId | null)[]) => [
  ...new Set(values.filter((v): v is Types.ObjectId => v !== null).map(String)),
];

/** Names and intervals for placements, loaded in one go for a page of them. */
export async function placementViews(
  connection: Connection,
  placements: readonly StoredPlacement[],
): Promise<Placement[]> {
  const childIds = ids(placements.map((p) => p.childId));
  const [units, users, children, plans] = await Promise.all([
    placementUnitModel(connection)
      .find({ _id: { $in: ids(placements.map((p) => p.unitId)) } }, { name: 1, type: 1 })
      .lean(),
    userModel(connection)
      .find(
        { _id: { $in: ids(placements.flatMap((p) => [p.responsibleWorkerId, p.inspectorId])) } },
        { displayName: 1 },
      )
      .lean(),
    childModel(connection)
      .find({ _id: { $in: childIds } }, { firstName: 1, lastName: 1 })
      .lean(),
    clientPlanModel(connection)
      .find({ childId: { $in: childIds } }, { childId: 1, version: 1, plannedVisitIntervalDays: 1 })
      .lean(),
  ]);
  const unit = new Map(units.map((u) => [String(u._id), u]));
  const name = new Map(users.map((u) => [String(u._id), u.displayName]));
  const child = new Map(children.map((c) => [String(c._id), `${c.firstName} ${c.lastName}`]));
  const planDays = new Map<string, { version: number; days?: number }>();
  for (const plan of plans) {
    const known = planDays.get(String(plan.childId));
    if (!known || plan.version > known.version)
      planDays.set(String(plan.childId), { version: plan.version, days: plan.plannedVisitIntervalDays });
  }
  return placements.map((p) => {
    const u = unit.get(String(p.unitId));
    return {
      id: String(p._id),
      childId: String(p.childId),
      childName: child.get(String(p.childId)) ?? '',
      unit: { id: String(p.unitId), name: u?.name ?? '', type: u?.type ?? 'institution' },
      type: p.type,
      legalBasis: p.legalBasis,
      startDate: p.startDate,
      endDate: p.endDate,
      plannedVisitIntervalDays: p.plannedVisitIntervalDays,
      visitInterval: resolveVisitInterval(p.plannedVisitIntervalDays, planDays.get(String(p.childId))?.days),
      responsibleWorker: {
        id: String(p.responsibleWorkerId),
        name: name.get(String(p.responsibleWorkerId)) ?? '',
      },
      inspector: p.inspectorId
        ? { id: String(p.inspectorId), name: name.get(String(p.inspectorId)) ?? '' }
        : null,
      ...(p.capacityOverrideReason ? { capacityOverrideReason: p.capacityOverrideReason } : {}),
      revision: p.revision,
      createdAt: p.createdAt.toISOString(),
    };
  });
}

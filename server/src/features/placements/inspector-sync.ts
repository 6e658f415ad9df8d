import { Types, type ClientSession, type Connection } from 'mongoose';
import { inspectorAssignmentModel } from '../children/inspector-assignment.model.js';
import { userModel } from '../users/model.js';
import { placementModel } from './placement.model.js';
import { placementUnitModel } from './unit.model.js';
import { visitModel } from './visits/visit.model.js';

/**
 * Placements (and visits still to be made) are the source of truth for which inspector supervises which
 * child; the access gate reads `InspectorAssignment`. After any change to a child's placements or open
 * visits this makes the assignments match: an inspector of a placement going on today, or of a visit
 * not yet submitted, is assigned; any other assignment of the child is deactivated (never deleted).
 */
export async function syncInspectorAssignments(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
  today: string,
  session?: ClientSession,
): Promise<void> {
  const Assignments = inspectorAssignmentModel(connection);
  for (const childId of childIds) {
    const [placements, visits] = await Promise.all([
      placementModel(connection)
        .find({ childId, inspectorId: { $ne: null }, startDate: { $lte: today } }, null, { session })
        .lean(),
      visitModel(connection)
        .find({ childIds: childId, status: { $ne: 'submitted' } }, { inspectorId: 1, unitId: 1 }, { session })
        .lean(),
    ]);
    const wanted = [
      ...placements
        .filter((p) => p.endDate === null || p.endDate >= today)
        .map((p) => ({ inspectorId: p.inspectorId!, unitId: p.unitId })),
      ...visits.map((v) => ({ inspectorId: v.inspectorId, unitId: v.unitId })),
    ];
    const inspectors = await userModel(connection)
      .find({ _id: { $in: wanted.map((w) => w.inspectorId) }, roles: 'placement_inspector' }, { _id: 1 })
      .lean();
    const isInspector = new Set(inspectors.map((u) => String(u._id)));
    const desired = new Map<string, Types.ObjectId>();
    for (const w of wanted)
      if (isInspector.has(String(w.inspectorId))) desired.set(String(w.inspectorId), w.unitId);
    const units = await placementUnitModel(connection)
      .find({ _id: { $in: [...desired.values()] } }, { name: 1 })
      .lean();
    const unitName = new Map(units.map((u) => [String(u._id), u.name]));
    await Assignments.updateMany(
      {
        childId,
        active: true,
        inspectorUserId: { $nin: [...desired.keys()].map((id) => new Types.ObjectId(id)) },
      },
      { $set: { active: false } },
      { session },
    );
    for (const [inspectorId, unitId] of desired) {
      await Assignments.updateOne(
        { childId, inspectorUserId: new Types.ObjectId(inspectorId) },
        { $set: { active: true, placementName: unitName.get(String(unitId)) ?? '-' } },
        { upsert: true, session },
      );
    }
  }
}

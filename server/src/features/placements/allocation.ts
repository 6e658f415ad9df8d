import { Schema, type ClientSession, type Connection, type Model, type Types } from 'mongoose';
import { checkCapacity, type CapacityCheck, type PlacementPeriod } from '@keha/shared';
import { CapacityError, ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { placementModel, type StoredPlacement } from './placement.model.js';
import { placementUnitModel } from './unit.model.js';

export interface Allocation {
  unitId: Types.ObjectId;
  childId: Types.ObjectId;
  /** The days the child takes in the unit: a new placement's period, or the days an extension adds. */
  period: PlacementPeriod;
  /** Required over the unit's registered places (never over the legal maximum). */
  capacityOverrideReason?: string | undefined;
  /** Set when an existing placement is extended: it is not counted against itself. */
  placementId?: Types.ObjectId;
}

/** One document per placed child, written by each allocation of the child (see allocatePlace). */
interface ChildAllocationDocument {
  _id: Types.ObjectId;
  allocations: number;
}
const childAllocationSchema = new Schema<ChildAllocationDocument>(
  { _id: { type: Schema.Types.ObjectId, required: true }, allocations: { type: Number, default: 0 } },
  { strict: 'throw', versionKey: false },
);
function childAllocationModel(connection: Connection): Model<ChildAllocationDocument> {
  return (
    connection.models['PlacementChildAllocation'] ??
    connection.model('PlacementChildAllocation', childAllocationSchema, 'placementchildallocations')
  );
}
const DUPLICATE_KEY = 11000;

/**
 * Places a child with the capacity check of PHL 7-8 § made atomic. The check and the insert run in one
 * transaction whose first write bumps the unit's `allocations` counter: two allocations to one unit
 * write the same document, so only one of them commits (MongoDB and the embedded engine answer the
 * other WriteConflict, a TransientTransactionError), and the driver runs the loser again on a snapshot
 * that has the winner's placement. The last place cannot be given twice, however the requests interleave.
 * The child's own counter document serialises the child's allocations the same way, so one child is
 * not placed twice at once in two units. (Created before the transaction: an insert in two
 * transactions at once would be a duplicate key, which the driver does not retry.)
 * A later end date of a placement is an allocation of the added days and goes through the same
 * transaction (`placementId` set; `write` then updates the placement and may answer null when its
 * revision moved meanwhile).
 */
export async function allocatePlace<T extends StoredPlacement | null>(
  connection: Connection,
  allocation: Allocation,
  write: (session: ClientSession, capacity: CapacityCheck) => Promise<T>,
): Promise<T> {
  const { unitId, childId, period, placementId } = allocation;
  // What the errors name: the new placement's start, or the end date that extends one.
  const field = placementId ? 'endDate' : 'startDate';
  const doing = placementId ? 'extend the placement' : 'place the child';
  const ChildAllocations = childAllocationModel(connection);
  await ChildAllocations.updateOne(
    { _id: childId },
    { $setOnInsert: { allocations: 0 } },
    { upsert: true },
  ).catch((err: { code?: number }) => {
    if (err.code !== DUPLICATE_KEY) throw err; // a twin request created it first
  });
  let written: T | undefined;
  await connection.transaction(async (session) => {
    const unit = await placementUnitModel(connection)
      .findOneAndUpdate({ _id: unitId }, { $inc: { allocations: 1 } }, { session, returnDocument: 'after' })
      .lean();
    if (!unit) throw new NotFoundError('No such placement unit.');
    if (!unit.active) throw new ConflictError('The unit is no longer in use.');
    await ChildAllocations.updateOne({ _id: childId }, { $inc: { allocations: 1 } }, { session });
    const Placements = placementModel(connection);
    const overlapping = {
      ...(placementId ? { _id: { $ne: placementId } } : {}),
      startDate: { $lte: period.endDate ?? '9999-12-31' },
      $or: [{ endDate: null }, { endDate: { $gte: period.startDate } }],
    };
    if (await Placements.exists({ childId, ...overlapping }).session(session))
      throw new ValidationError([
        { path: field, message: 'The child has another placement then: end it first.' },
      ]);
    const others = await Placements.find({ unitId, ...overlapping }, { startDate: 1, endDate: 1 })
      .session(session)
      .lean();
    const capacity = checkCapacity(unit, others, period);
    if (capacity.outcome === 'over_legal_maximum')
      throw new CapacityError(
        `${unit.name} would have ${capacity.placedWithNew} placed children; the law allows at most ${capacity.legalMaximum} (${capacity.legalReference}).`,
        [
          {
            path: placementId ? field : 'unitId',
            message: `Over the legal maximum of ${capacity.legalMaximum} (${capacity.legalReference}).`,
          },
        ],
      );
    if (capacity.outcome === 'over_registered_places' && !allocation.capacityOverrideReason)
      throw new CapacityError(
        `${unit.name} has ${capacity.registeredPlaces} registered places and would have ${capacity.placedWithNew} children. Give a reason to ${doing} anyway.`,
        [{ path: 'capacityOverrideReason', message: 'Over the registered places: give a reason.' }],
      );
    written = await write(session, capacity);
  });
  return written as T;
}

import { Types, type Connection } from 'mongoose';
import type { Caller } from '../../platform/access/caller.js';
import { ConflictError } from '../../platform/errors.js';
import { therapyPlanModel, type StoredTherapyPlan, type TherapyPlanDocument } from './plan.model.js';

/**
 * Inserts the next version of a plan and retires the current one in one transaction. The unique
 * (planId, version) index and the `current: true` condition make a concurrent second change of the
 * same version fail with 409 instead of forking the plan; nothing is saved half-way.
 */
export async function saveNextVersion(
  connection: Connection,
  caller: Caller,
  plan: StoredTherapyPlan,
  changes: Partial<TherapyPlanDocument>,
): Promise<StoredTherapyPlan> {
  const Plans = therapyPlanModel(connection);
  // The note of the previous change does not carry over; everything else does unless changed.
  const { _id, createdAt, updatedAt, changeNote, ...kept } = plan;
  void [createdAt, updatedAt, changeNote];
  const id = new Types.ObjectId();
  const next = {
    ...kept,
    _id: id,
    version: plan.version + 1,
    current: true,
    authorId: new Types.ObjectId(caller.user.id),
    authorName: caller.user.displayName,
    ...changes,
  };
  const raced = () => new ConflictError('The plan was changed meanwhile; reload it and try again.');
  try {
    await connection.transaction(async (session) => {
      await Plans.create([next], { session });
      const retired = await Plans.updateOne(
        { _id, current: true },
        { $set: { current: false } },
        { session },
      );
      if (retired.modifiedCount !== 1) throw raced();
    });
  } catch (err) {
    if ((err as { code?: number }).code === 11000) throw raced();
    throw err;
  }
  return (await Plans.findById(id).lean())!;
}

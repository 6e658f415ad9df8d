import type { ClientSession, Connection, Types } from 'mongoose';
import type { Projection } from './deadline-projection.js';
import { deadlineListModel, deadlineProjectionModel } from './deadline-projection.model.js';

/**
 * Orders the stores of children's stored deadlines. A computation takes a stamp per child first (a
 * counter on the child's list document, incremented after the write it is to reflect), then reads the
 * inputs; a store applies only over a lower stamp (deadline-projection.ts `storeProjections`). When two
 * writes to one child's inputs interleave, the computation that read the older inputs has the lower
 * stamp, so it can no longer store last and leave the other write out. Two round trips for any number
 * of children. Several computations may see the same stamp: each read its inputs after the increment
 * that gave it, so any of them is complete up to that stamp and the first to store wins.
 */
export async function takeStamps(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
  session?: ClientSession,
): Promise<Map<string, number>> {
  if (!childIds.length) return new Map();
  const Lists = deadlineListModel(connection);
  await Lists.bulkWrite(
    childIds.map((_id) => ({ updateOne: { filter: { _id }, update: { $inc: { stamp: 1 } }, upsert: true } })),
    { session, ordered: false },
  );
  const rows = await Lists.find({ _id: { $in: childIds } }, { stamp: 1 }, { session }).lean();
  return new Map(rows.map((row) => [String(row._id), row.stamp ?? 0]));
}

/** Matches a stored document that a computation with this stamp may replace. */
function olderThan(_id: Types.ObjectId, stamp: number) {
  return { _id, $or: [{ storedStamp: { $lt: stamp } }, { storedStamp: { $exists: false } }] };
}

/**
 * Stores computed projections, each only over an older computation (a lower stamp): the list by a
 * conditional update (its document exists since the stamp was taken), then the summary by a conditional
 * upsert, whose insert fails on the duplicate _id when a newer summary is there: that one stays.
 */
export async function storeProjections(
  connection: Connection,
  docs: readonly Projection[],
  session?: ClientSession,
): Promise<void> {
  if (!docs.length) return;
  // The lists first: a summary with the current rules means its list is there too (the startup check).
  await deadlineListModel(connection).bulkWrite(
    docs.map(({ list, stamp }) => ({
      updateOne: {
        filter: olderThan(list._id, stamp),
        update: { $set: { rules: list.rules, deadlines: list.deadlines, storedStamp: stamp } },
      },
    })),
    { session, ordered: false },
  );
  try {
    await deadlineProjectionModel(connection).bulkWrite(
      docs.map(({ summary, stamp }) => ({
        replaceOne: {
          filter: olderThan(summary._id, stamp),
          replacement: { ...summary, storedStamp: stamp },
          upsert: true,
        },
      })),
      { session, ordered: false },
    );
  } catch (err) {
    if (!onlyDuplicateIds(err)) throw err;
  }
}

/** A bulk write whose only failures are inserts of an _id already there. */
function onlyDuplicateIds(err: unknown): boolean {
  const errors = (err as { writeErrors?: { code?: number }[] | { code?: number } }).writeErrors;
  const list = Array.isArray(errors) ? errors : errors ? [errors] : [];
  return list.length > 0 && list.every((e) => e.code === 11000);
}

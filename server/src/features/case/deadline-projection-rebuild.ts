import type { Connection, Types } from 'mongoose';
import { childModel } from '../children/model.js';
import { deadlineListModel, deadlineProjectionModel } from './deadline-projection.model.js';
import { computeProjections, DEADLINE_RULES_FINGERPRINT } from './deadline-projection.js';
import { storeProjections } from './deadline-stamps.js';

// Small batches, with a pause between them and a retry: with the embedded engine in the same process,
// long writes starve the driver's monitor connection (it times out, the pool is cleared and the write
// fails), which happened on 10,000 children in batches of 500 and, under load, of 100.
const BATCH = 25;
const PAUSE_MS = 5;
const ATTEMPTS = 4;

/**
 * The startup check: every child has stored deadlines computed by the current rules. Data written
 * around the write paths (the demo seed, the benchmark's generated data directory, data from before
 * the projection, a change of the rules) is projected here, in batches. Returns how many children
 * were (re)computed; 0 is the usual answer and costs two counts.
 */
export async function ensureDeadlineProjection(connection: Connection): Promise<number> {
  const Projections = deadlineProjectionModel(connection);
  await Promise.all([Projections.init(), deadlineListModel(connection).init()]);
  const Children = childModel(connection);
  const [children, current] = await Promise.all([
    Children.estimatedDocumentCount(),
    Projections.countDocuments({ rules: DEADLINE_RULES_FINGERPRINT }),
  ]);
  if (children === current) return 0;
  const done = new Set(
    (await Projections.find({ rules: DEADLINE_RULES_FINGERPRINT }, { _id: 1 }).lean()).map((p) =>
      String(p._id),
    ),
  );
  const stale = (await Children.find({}, { _id: 1 }).lean())
    .map((c) => c._id)
    .filter((id) => !done.has(String(id)));
  for (let i = 0; i < stale.length; i += BATCH) {
    await withRetry(() => rebuild(connection, stale.slice(i, i + BATCH)));
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  return stale.length;
}

async function rebuild(connection: Connection, ids: Types.ObjectId[]): Promise<void> {
  await storeProjections(connection, (await computeProjections(connection, ids)).projections);
}

async function withRetry(write: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (attempt >= ATTEMPTS) throw err;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { CalendarDate } from '@keha/shared';
import { datedCaseloads, type DatedCount } from './dated-caseloads.js';

/**
 * A team's caseload per worker at the end of a past day, kept once computed: allocations are appended
 * with the time they are made and dates of birth do not change, so a past point stays what it was
 * (a child closed later keeps counting on the days before, as it did then). Today's point is always
 * computed. `_id` is `<teamId>|<date>`.
 */
interface CaseloadPointDocument {
  _id: string;
  teamId: Types.ObjectId;
  date: CalendarDate;
  workers: { workerId: Types.ObjectId; children: number }[];
}

const pointSchema = new Schema<CaseloadPointDocument>(
  {
    _id: { type: String, required: true },
    teamId: { type: Schema.Types.ObjectId, required: true },
    date: { type: String, required: true },
    workers: {
      type: [new Schema({ workerId: Schema.Types.ObjectId, children: Number }, { _id: false })],
      default: [],
    },
  },
  { strict: 'throw', collection: 'caseloadpoints', versionKey: false },
);

function pointModel(connection: Connection): Model<CaseloadPointDocument> {
  return (
    connection.models['CaseloadPoint'] ??
    connection.model<CaseloadPointDocument>('CaseloadPoint', pointSchema)
  );
}

/**
 * `datedCaseloads` per worker on the past dates among `dates`, from the stored points (computed and
 * stored when missing). Today's point changes with every allocation: the caller counts it
 * (`currentCaseloads`).
 */
export async function caseloadPoints(
  connection: Connection,
  scope: { teamIds: Types.ObjectId[]; workerId: Types.ObjectId | null },
  dates: readonly CalendarDate[],
  today: CalendarDate,
): Promise<DatedCount[]> {
  const Points = pointModel(connection);
  const past = dates.filter((d) => d < today);
  const ids = scope.teamIds.flatMap((team) => past.map((date) => `${String(team)}|${date}`));
  const stored = ids.length ? await Points.find({ _id: { $in: ids } }).lean() : [];
  const have = new Set(stored.map((p) => p._id));
  const missingDates = [...new Set(ids.filter((id) => !have.has(id)).map((id) => id.split('|')[1]!))];
  const whole = { teamIds: scope.teamIds, workerId: null };
  const computed = missingDates.length ? await datedCaseloads(connection, whole, missingDates, true) : [];
  if (missingDates.length) {
    const fresh = scope.teamIds.flatMap((teamId) =>
      missingDates.map((date) => ({
        _id: `${String(teamId)}|${date}`,
        teamId,
        date,
        workers: computed
          .filter((r) => r.date === date && r.teamId === String(teamId) && r.workerId)
          .map((r) => ({ workerId: r.workerId as unknown as Types.ObjectId, children: r.children })),
      })),
    );
    // Two first readers of a point may store it at once: the same content, so a duplicate is fine.
    await Points.bulkWrite(
      fresh.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } })),
      { ordered: false },
    ).catch((err: { code?: number }) => {
      if (err.code !== 11000) throw err;
    });
  }
  const fromStore: DatedCount[] = stored.flatMap((p) =>
    p.workers.map((w) => ({
      date: p.date,
      teamId: String(p.teamId),
      workerId: String(w.workerId),
      children: w.children,
    })),
  );
  const all = [...fromStore, ...computed];
  return scope.workerId ? all.filter((r) => r.workerId === String(scope.workerId)) : all;
}

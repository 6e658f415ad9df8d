import type { Connection, PipelineStage, Types } from 'mongoose';
import type { CalendarDate } from '@keha/shared';
import { minorBirthWindow } from '../caseload/minor-window.js';
import { childModel } from '../children/model.js';

export interface DatedCount {
  date: CalendarDate;
  teamId: string;
  workerId: string | null;
  children: number;
}

/**
 * The caseloads on past dates, in one aggregation: for each date, each child aged 0-17 on it counts
 * for the worker it was allocated to then (the last entry of `allocationHistory` on or before the
 * date) and for its team. Children closed today are left out of every date (the closing date is in
 * the case events, not on the child), so past points can be a little lower than the count then was.
 */
export async function datedCaseloads(
  connection: Connection,
  scope: CaseloadScope,
  dates: readonly CalendarDate[],
  perWorker: boolean,
): Promise<DatedCount[]> {
  const rows = await childModel(connection).aggregate<{
    _id: { date: string; team: Types.ObjectId; worker: Types.ObjectId | null };
    children: number;
  }>(datedCaseloadPipeline(scope, dates, perWorker));
  return rows.map((r) => ({
    date: r._id.date,
    teamId: String(r._id.team),
    workerId: r._id.worker ? String(r._id.worker) : null,
    children: r.children,
  }));
}

type CaseloadScope = { teamIds: Types.ObjectId[]; workerId: Types.ObjectId | null };

/** The aggregation of `datedCaseloads` (explained in the benchmark). */
export function datedCaseloadPipeline(
  scope: CaseloadScope,
  dates: readonly CalendarDate[],
  perWorker: boolean,
): PipelineStage[] {
  const points = dates.map((date) => {
    const window = minorBirthWindow(date);
    return {
      date,
      end: new Date(`${date}T23:59:59.999Z`),
      bornAfter: new Date(`${window.bornAfter}T00:00:00.000Z`),
      bornOnOrBefore: new Date(`${window.bornOnOrBefore}T00:00:00.000Z`),
    };
  });
  const match: Record<string, unknown> = { teamId: { $in: scope.teamIds }, status: { $ne: 'closed' } };
  if (scope.workerId) match['allocationHistory.workerId'] = scope.workerId;
  const pipeline: PipelineStage[] = [
    { $match: match },
    {
      $project: {
        teamId: 1,
        points: {
          $map: {
            input: { $literal: points },
            as: 'p',
            in: {
              date: '$$p.date',
              minor: {
                $and: [
                  { $gt: ['$dateOfBirth', '$$p.bornAfter'] },
                  { $lte: ['$dateOfBirth', '$$p.bornOnOrBefore'] },
                ],
              },
              worker: {
                $arrayElemAt: [
                  {
                    $map: {
                      input: {
                        $filter: {
                          input: '$allocationHistory',
                          as: 'h',
                          cond: { $lte: ['$$h.at', '$$p.end'] },
                        },
                      },
                      as: 'h',
                      in: '$$h.workerId',
                    },
                  },
                  -1,
                ],
              },
            },
          },
        },
      },
    },
    { $unwind: '$points' },
    {
      $match: {
        'points.minor': true,
        'points.worker': scope.workerId ? scope.workerId : { $exists: true, $ne: null },
      },
    },
    {
      $group: {
        _id: { date: '$points.date', team: '$teamId', worker: perWorker ? '$points.worker' : null },
        children: { $sum: 1 },
      },
    },
  ];
  return pipeline;
}

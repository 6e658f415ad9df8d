import { Types, type Connection } from 'mongoose';
import {
  addCalendarDays,
  isoWeekday,
  TEAM_ROLES,
  type AgendaItem,
  type AgendaItemInput,
  type CalendarDate,
  type UrgentEntry,
} from '@keha/shared';
import { ValidationError } from '../../platform/errors.js';
import { caseEventModel } from '../case/event.model.js';
import { helsinkiToday } from '../case/dates.js';
import { childModel } from '../children/model.js';
import { deadlinesOfChildren } from '../my-work/deadlines.js';
import { userModel } from '../users/model.js';
import type { StoredAgendaItem } from './model.js';

/** How far back the urgent round looks for new child-welfare notifications (LSL 25 §). */
const NEW_NOTIFICATION_DAYS = 7;

const nameOf = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;

/** The standard agenda of domain.md §1, used when a meeting is created without one. */
export const STANDARD_AGENDA: AgendaItemInput[] = [
  { id: 'urgent', kind: 'urgent_round' },
  { id: 'deadlines', kind: 'deadline_review' },
  { id: 'allocation', kind: 'allocation' },
];

/**
 * The agenda: the urgent round pulled from the case records of the team's children (notifications of
 * the last 7 days, statutory deadlines due by the end of the meeting's week or overdue), and the
 * family items checked against the team (children of the team, a presenting worker from the team).
 */
export class AgendaService {
  constructor(
    private readonly connection: Connection,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async urgentRound(teamId: Types.ObjectId, meetingDate: CalendarDate): Promise<UrgentEntry[]> {
    const children = await childModel(this.connection)
      .find({ teamId, status: { $ne: 'closed' } }, { firstName: 1, lastName: 1, dateOfBirth: 1 })
      .lean();
    const names = new Map(children.map((c) => [String(c._id), nameOf(c)]));
    const since = addCalendarDays(meetingDate, -NEW_NOTIFICATION_DAYS);
    const weekEnd = addCalendarDays(meetingDate, 7 - isoWeekday(meetingDate));
    const [notifications, deadlines] = await Promise.all([
      caseEventModel(this.connection)
        .find(
          { childId: { $in: children.map((c) => c._id) }, type: 'notification_received', current: true },
          { childId: 1, date: 1, type: 1, 'details.reporterType': 1 },
        )
        .where('date')
        .gte(since as never)
        .lte(meetingDate as never)
        .lean<
          { childId: Types.ObjectId; date: string; type: string; details?: { reporterType?: string } }[]
        >(),
      deadlinesOfChildren(this.connection, children, helsinkiToday(this.clock())),
    ]);
    const entries: UrgentEntry[] = notifications.map((n) => ({
      childId: String(n.childId),
      childName: names.get(String(n.childId)) ?? '',
      type: 'notification',
      date: n.date,
      code: n.type,
      text: n.details?.reporterType ?? '',
      legalReference: 'LSL 25 §',
    }));
    for (const [childId, list] of deadlines) {
      for (const d of list) {
        if (d.status === 'met' || d.dueDate > weekEnd) continue;
        entries.push({
          childId,
          childName: names.get(childId) ?? '',
          type: 'deadline',
          date: d.dueDate,
          code: d.ruleId,
          text: d.obligation,
          legalReference: d.legalReference,
          ...(d.status === 'overdue' ? { overdue: true } : {}),
        });
      }
    }
    return entries.sort(
      (a, b) => a.date.localeCompare(b.date) || a.childName.localeCompare(b.childName, 'fi'),
    );
  }

  /** Checks the items against the team and stores them; the urgent round is pulled afresh. */
  async build(
    teamId: Types.ObjectId,
    date: CalendarDate,
    input: readonly AgendaItemInput[],
  ): Promise<{ agenda: StoredAgendaItem[]; childIds: Types.ObjectId[] }> {
    const family = input.filter((i) => i.kind === 'family');
    const childIds = [...new Set(family.flatMap((i) => i.childIds))].map((id) => new Types.ObjectId(id));
    const workerIds = [...new Set(family.map((i) => i.presentingWorkerId))];
    const [children, workers] = await Promise.all([
      childModel(this.connection)
        .find({ _id: { $in: childIds }, teamId }, { _id: 1 })
        .lean(),
      this.teamMembers(teamId, workerIds),
    ]);
    const inTeam = new Set(children.map((c) => String(c._id)));
    const issues = input.flatMap((item, i) =>
      item.kind !== 'family'
        ? []
        : [
            ...item.childIds
              .filter((id) => !inTeam.has(id))
              .map(() => ({ path: `agenda.${i}.childIds`, message: 'Only children of the meeting’s team.' })),
            ...(workers.has(item.presentingWorkerId)
              ? []
              : [
                  {
                    path: `agenda.${i}.presentingWorkerId`,
                    message: 'The presenting worker must be in the team.',
                  },
                ]),
          ],
    );
    if (issues.length) throw new ValidationError(issues);
    const urgent = input.some((i) => i.kind === 'urgent_round') ? await this.urgentRound(teamId, date) : [];
    const agenda = input.map((item): StoredAgendaItem => {
      if (item.kind === 'urgent_round') return { ...item, entries: urgent };
      if (item.kind !== 'family') return { ...item };
      return {
        ...item,
        childIds: item.childIds.map((id) => new Types.ObjectId(id)),
        presentingWorkerId: new Types.ObjectId(item.presentingWorkerId),
      };
    });
    return { agenda, childIds };
  }

  /** Active members of the team among `ids` (all of them when `ids` is omitted), id -> name. */
  async teamMembers(teamId: Types.ObjectId, ids?: readonly string[]): Promise<Map<string, string>> {
    const users = await userModel(this.connection)
      .find(
        { teamIds: teamId, active: true, roles: { $in: TEAM_ROLES }, ...(ids ? { _id: { $in: ids } } : {}) },
        { displayName: 1 },
      )
      .lean();
    return new Map(users.map((u) => [String(u._id), u.displayName]));
  }

  /** The stored agenda with the names the client shows. */
  async toApi(agenda: readonly StoredAgendaItem[]): Promise<AgendaItem[]> {
    const childIds = agenda.flatMap((i) => i.childIds ?? []);
    const workerIds = agenda.flatMap((i) => (i.presentingWorkerId ? [i.presentingWorkerId] : []));
    const [children, workers] = await Promise.all([
      childModel(this.connection)
        .find({ _id: { $in: childIds } }, { firstName: 1, lastName: 1 })
        .lean(),
      userModel(this.connection)
        .find({ _id: { $in: workerIds } }, { displayName: 1 })
        .lean(),
    ]);
    const childName = new Map(children.map((c) => [String(c._id), nameOf(c)]));
    const workerName = new Map(workers.map((w) => [String(w._id), w.displayName]));
    return agenda.map((item): AgendaItem => {
      switch (item.kind) {
        case 'urgent_round':
          return { id: item.id, kind: item.kind, entries: (item.entries ?? []) as UrgentEntry[] };
        case 'family':
          return {
            id: item.id,
            kind: item.kind,
            childIds: (item.childIds ?? []).map(String),
            children: (item.childIds ?? []).map((id) => ({
              id: String(id),
              name: childName.get(String(id)) ?? '',
            })),
            presentingWorkerId: String(item.presentingWorkerId),
            presentingWorkerName: workerName.get(String(item.presentingWorkerId)) ?? '',
            question: item.question ?? '',
          };
        case 'other':
          return { id: item.id, kind: item.kind, title: item.title ?? '' };
        default:
          return { id: item.id, kind: item.kind };
      }
    });
  }
}

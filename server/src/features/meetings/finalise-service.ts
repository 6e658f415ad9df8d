import { Types, type ClientSession, type Connection } from 'mongoose';
import type { AddendumInput, Minutes, MinutesItem } from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors.js';
import { helsinkiToday } from '../case/dates.js';
import { taskModel } from '../case/task.model.js';
import { checkActionPoints } from './action-points.js';
import type { AgendaService } from './agenda-service.js';
import type { MeetingAccess } from './meeting-access.js';
import type { MeetingService } from './meeting-service.js';
import { meetingModel, type StoredMeeting } from './model.js';
import { meetingRecordModel, minutesVersionModel } from './minutes.model.js';
import { renderMinutesItems } from './minutes-render.js';
import { notifyDashboardChange } from '../case/deadline-changes.js';
import type { MeetingRealtime } from './realtime/meeting-realtime.js';

/** What a child's timeline shows of a meeting: the question, the decisions, the action points. */
function childSummary(item: MinutesItem): string {
  const question = item.item.kind === 'family' ? item.item.question : '';
  const parts = [question, item.sections.decisions, item.actionPoints.map((a) => `- ${a.text}`).join('\n')];
  return (
    parts
      .filter((p) => p && p.trim())
      .join('\n')
      .slice(0, 4000) || '-'
  );
}

/**
 * Finalising (the coordinator or the team lead): the notes are frozen (a freeze entry in the update
 * log: no process stores anything after it), rendered into minutes version 1, each child's part filed
 * to the child's timeline and every action point made a task on its child, in one transaction.
 * Later changes are addenda, each making the next version; every version stays readable.
 */
export class FinaliseService {
  constructor(
    private readonly connection: Connection,
    private readonly access: MeetingAccess,
    private readonly agendas: AgendaService,
    private readonly meetings: MeetingService,
    private readonly realtime: MeetingRealtime,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async finalise(caller: Caller, meetingId: string): Promise<Minutes> {
    const meeting = await this.access.load(meetingId);
    await this.access.team(caller, meeting.teamId, 'child.write', 'meeting.minutes', { meetingId });
    if (!this.access.mayFinalise(caller))
      throw new ForbiddenError('Only the coordinator or the team lead finalises.');
    if (meeting.status !== 'draft') throw new ConflictError('The meeting is already finalised.');
    await this.access.open(caller, meetingId, 'child.write', 'meeting.minutes');
    const agenda = await this.agendas.toApi(meeting.agenda);
    // Refuse before freezing, with the fields to fix; a point made invalid in the last moment gets no task.
    await checkActionPoints(
      this.connection,
      meeting.teamId,
      renderMinutesItems(await this.realtime.state(meetingId), agenda),
      true,
    );
    const items = renderMinutesItems(await this.realtime.freeze(meetingId, caller.user.id), agenda);
    const valid = await checkActionPoints(this.connection, meeting.teamId, items, false);
    const now = this.clock();
    const api = await this.meetings.toApi(meeting);
    const minutes: Minutes = {
      meetingId,
      version: 1,
      reason: 'finalised',
      createdAt: now.toISOString(),
      createdByName: caller.user.displayName,
      date: meeting.date,
      teamName: api.teamName,
      attendees: api.attendees.map((a) => ({ name: a.name, role: a.role })),
      items,
      addenda: [],
    };
    await this.connection.transaction(async (session) => {
      const done = await meetingModel(this.connection).updateOne(
        { _id: meeting._id, status: 'draft' },
        {
          $set: {
            status: 'finalised',
            minutesVersion: 1,
            finalisedAt: now,
            finalisedById: new Types.ObjectId(caller.user.id),
            finalisedByName: caller.user.displayName,
          },
        },
        { session },
      );
      if (done.modifiedCount !== 1) throw new ConflictError('The meeting is already finalised.');
      await this.createTasks(caller, meeting, minutes, valid, session);
      await minutesVersionModel(this.connection).create([{ meetingId: meeting._id, version: 1, minutes }], {
        session,
      });
      const records = minutes.items.flatMap((item) =>
        item.item.kind !== 'family'
          ? []
          : item.item.childIds.map((childId) => ({
              childId: new Types.ObjectId(childId),
              meetingId: meeting._id,
              version: 1,
              code: 'minutes' as const,
              date: meeting.date,
              text: childSummary({
                ...item,
                actionPoints: item.actionPoints.filter((a) => a.childId === childId),
              }),
              authorName: caller.user.displayName,
            })),
      );
      if (records.length)
        await meetingRecordModel(this.connection).create(records, { session, ordered: true });
    });
    notifyDashboardChange(this.connection, { teamIds: [String(meeting.teamId)], areas: ['meetings'] });
    return minutes;
  }

  /** Action points become open tasks on their child; the minutes keep each task's id. */
  private async createTasks(
    caller: Caller,
    meeting: StoredMeeting,
    minutes: Minutes,
    valid: Set<string>,
    session: ClientSession,
  ): Promise<void> {
    const today = helsinkiToday(this.clock());
    for (const item of minutes.items) {
      for (const point of item.actionPoints) {
        if (!valid.has(point.id)) continue;
        const [task] = await taskModel(this.connection).create(
          [
            {
              childId: new Types.ObjectId(point.childId),
              title: point.text,
              ownerId: new Types.ObjectId(point.ownerId),
              dueDate: point.dueDate,
              status: 'open',
              ...(point.goalId ? { goalId: point.goalId } : {}),
              meetingId: String(meeting._id),
              date: today,
              createdById: new Types.ObjectId(caller.user.id),
              createdByName: caller.user.displayName,
            },
          ],
          { session },
        );
        point.taskId = String(task!._id);
      }
    }
  }

  async addendum(caller: Caller, meetingId: string, input: AddendumInput): Promise<Minutes> {
    const { meeting } = await this.access.open(caller, meetingId, 'child.write', 'meeting.minutes');
    if (meeting.status !== 'finalised')
      throw new ConflictError('The meeting is still a draft: edit the notes.');
    const current = await this.version(meeting, meeting.minutesVersion);
    const item = input.itemId ? current.items.find((i) => i.item.id === input.itemId) : undefined;
    if (input.itemId && !item) throw new NotFoundError('No such agenda item.');
    const now = this.clock();
    const next: Minutes = {
      ...current,
      version: current.version + 1,
      reason: 'addendum',
      createdAt: now.toISOString(),
      createdByName: caller.user.displayName,
      addenda: [
        ...current.addenda,
        {
          id: new Types.ObjectId().toHexString(),
          ...(input.itemId ? { itemId: input.itemId } : {}),
          text: input.text,
          authorId: caller.user.id,
          authorName: caller.user.displayName,
          at: now.toISOString(),
        },
      ],
    };
    const childIds = item
      ? item.item.kind === 'family'
        ? item.item.childIds
        : []
      : meeting.childIds.map(String);
    await this.connection.transaction(async (session) => {
      const moved = await meetingModel(this.connection).updateOne(
        { _id: meeting._id, minutesVersion: current.version },
        { $set: { minutesVersion: next.version } },
        { session },
      );
      if (moved.modifiedCount !== 1)
        throw new ConflictError('Another addendum was saved meanwhile: reload and try again.');
      await minutesVersionModel(this.connection).create(
        [{ meetingId: meeting._id, version: next.version, minutes: next }],
        { session },
      );
      const records = childIds.map((childId) => ({
        childId: new Types.ObjectId(childId),
        meetingId: meeting._id,
        version: next.version,
        code: 'addendum' as const,
        date: helsinkiToday(now),
        text: input.text,
        authorName: caller.user.displayName,
      }));
      if (records.length)
        await meetingRecordModel(this.connection).create(records, { session, ordered: true });
    });
    return next;
  }

  async minutes(caller: Caller, meetingId: string, version?: number): Promise<Minutes> {
    const { meeting } = await this.access.open(caller, meetingId, 'child.read', 'meeting.minutes');
    if (meeting.status !== 'finalised') throw new NotFoundError('The meeting has no minutes yet.');
    return this.version(meeting, version ?? meeting.minutesVersion);
  }

  async versions(
    caller: Caller,
    meetingId: string,
  ): Promise<Pick<Minutes, 'version' | 'reason' | 'createdAt' | 'createdByName'>[]> {
    const { meeting } = await this.access.open(caller, meetingId, 'child.read', 'meeting.minutes');
    const rows = await minutesVersionModel(this.connection)
      .find({ meetingId: meeting._id })
      .sort({ version: 1 })
      .lean();
    return rows.map(({ minutes: m }) => ({
      version: m.version,
      reason: m.reason,
      createdAt: m.createdAt,
      createdByName: m.createdByName,
    }));
  }

  /** For the minutes export (the caller was let in already). */
  async version(meeting: Pick<StoredMeeting, '_id'>, version: number): Promise<Minutes> {
    const row = await minutesVersionModel(this.connection)
      .findOne({ meetingId: meeting._id, version })
      .lean();
    if (!row) throw new NotFoundError('No such version of the minutes.');
    return row.minutes;
  }
}

import { Types, type Connection } from 'mongoose';
import {
  AGENDA_REVISION_KEY,
  MEETING_STATE_MAP,
  meetingDocName,
  type AgendaUpdateInput,
  type HypothesisEntry,
  type Meeting,
  type MeetingCreateInput,
  type MeetingSummary,
  type MeetingTeams,
  type meetingCreateSchema,
  type meetingListQuerySchema,
} from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import { ConflictError, ValidationError } from '../../platform/errors.js';
import { teamModel } from '../teams/model.js';
import { AgendaService, STANDARD_AGENDA } from './agenda-service.js';
import { carryOver, hypothesisHistory } from './hypotheses.js';
import type { MeetingAccess } from './meeting-access.js';
import { meetingModel, type StoredMeeting } from './model.js';
import type { MeetingRealtime } from './realtime/meeting-realtime.js';

type ListQuery = z.infer<typeof meetingListQuerySchema>;
type Attendees = NonNullable<MeetingCreateInput['attendees']>;

/** Meetings of a team: list, create, read, and the agenda while the meeting is a draft. */
export class MeetingService {
  constructor(
    private readonly connection: Connection,
    private readonly access: MeetingAccess,
    private readonly agendas: AgendaService,
    private readonly realtime: MeetingRealtime,
  ) {}

  async list(caller: Caller, query: ListQuery): Promise<{ items: MeetingSummary[] }> {
    await this.access.team(caller, query.teamId, 'child.read', 'meeting.agenda');
    const date = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) };
    const rows = await meetingModel(this.connection)
      .find({ teamId: query.teamId, ...(query.from || query.to ? { date } : {}) })
      .sort({ date: -1 })
      .limit(200)
      .lean();
    const teamName = await this.teamName(new Types.ObjectId(query.teamId));
    return {
      items: rows.map((m) => ({
        id: String(m._id),
        teamId: String(m.teamId),
        teamName,
        date: m.date,
        ...(m.startTime ? { startTime: m.startTime } : {}),
        status: m.status,
        minutesVersion: m.minutesVersion,
      })),
    };
  }

  /** The caller's teams with their active members (attendees, presenting workers, owners). */
  async teams(caller: Caller): Promise<MeetingTeams> {
    const items = await Promise.all(
      caller.user.teamIds.map(async (teamId) => {
        const id = new Types.ObjectId(teamId);
        const members = await this.agendas.teamMembers(id);
        return {
          teamId,
          teamName: await this.teamName(id),
          members: [...members].map(([memberId, name]) => ({ id: memberId, name })),
        };
      }),
    );
    return { items };
  }

  async create(caller: Caller, input: z.infer<typeof meetingCreateSchema>): Promise<Meeting> {
    const teamId = new Types.ObjectId(input.teamId);
    await this.access.team(caller, teamId, 'child.write', 'meeting.agenda');
    const { agenda, childIds } = await this.agendas.build(
      teamId,
      input.date,
      input.agenda ?? STANDARD_AGENDA,
    );
    const attendees = await this.attendees(teamId, input.attendees ?? []);
    const [meeting] = await meetingModel(this.connection).create([
      {
        teamId,
        date: input.date,
        ...(input.startTime ? { startTime: input.startTime } : {}),
        status: 'draft',
        attendees,
        agenda,
        childIds,
        minutesVersion: 0,
        createdById: new Types.ObjectId(caller.user.id),
      },
    ]);
    const stored = meeting!.toObject() as StoredMeeting;
    await this.access.open(caller, String(stored._id), 'child.write', 'meeting.agenda');
    await this.carryHypotheses(caller, stored, []);
    return this.toApi(stored);
  }

  async get(caller: Caller, meetingId: string): Promise<Meeting> {
    const { meeting } = await this.access.open(caller, meetingId, 'child.read', 'meeting.agenda');
    return this.toApi(meeting);
  }

  /** Replaces the agenda (and attendees) of a draft; new family items get their carried-over hypotheses. */
  async updateAgenda(caller: Caller, meetingId: string, input: AgendaUpdateInput): Promise<Meeting> {
    const before = await this.access.load(meetingId);
    await this.access.team(caller, before.teamId, 'child.write', 'meeting.agenda', { meetingId });
    if (before.status !== 'draft')
      throw new ConflictError('The meeting is finalised: add an addendum instead.');
    const { agenda, childIds } = await this.agendas.build(before.teamId, before.date, input.agenda as never);
    const attendees = input.attendees
      ? await this.attendees(before.teamId, input.attendees)
      : before.attendees;
    const updated = await meetingModel(this.connection)
      .findOneAndUpdate(
        { _id: before._id, status: 'draft' },
        { $set: { agenda, childIds, attendees } },
        { returnDocument: 'after' },
      )
      .lean();
    if (!updated) throw new ConflictError('The meeting was finalised meanwhile.');
    await this.access.open(caller, meetingId, 'child.write', 'meeting.agenda');
    await this.carryHypotheses(
      caller,
      updated,
      before.agenda.map((i) => i.id),
    );
    // Everyone in the room (on any server process) sees the new revision and fetches the agenda.
    await this.realtime.edit(meetingId, caller.user.id, (doc) =>
      doc.getMap(MEETING_STATE_MAP).set(AGENDA_REVISION_KEY, new Date().toISOString()),
    );
    return this.toApi(updated);
  }

  async toApi(m: StoredMeeting): Promise<Meeting> {
    const members = await this.agendas.teamMembers(m.teamId);
    const [teamName, agenda] = await Promise.all([this.teamName(m.teamId), this.agendas.toApi(m.agenda)]);
    return {
      id: String(m._id),
      teamId: String(m.teamId),
      teamName,
      date: m.date,
      ...(m.startTime ? { startTime: m.startTime } : {}),
      status: m.status,
      attendees: m.attendees.map((a) => ({
        userId: String(a.userId),
        role: a.role,
        name: members.get(String(a.userId)) ?? '',
      })),
      agenda,
      docName: meetingDocName(String(m._id)),
      minutesVersion: m.minutesVersion,
      ...(m.finalisedAt ? { finalisedAt: m.finalisedAt.toISOString() } : {}),
      ...(m.finalisedByName ? { finalisedByName: m.finalisedByName } : {}),
      createdAt: new Date(m.createdAt).toISOString(),
    };
  }

  private async carryHypotheses(
    caller: Caller,
    meeting: StoredMeeting,
    knownItemIds: string[],
  ): Promise<void> {
    const fresh = meeting.agenda.filter((i) => i.kind === 'family' && !knownItemIds.includes(i.id));
    for (const item of fresh) {
      const histories = await Promise.all(
        (item.childIds ?? []).map((id) => hypothesisHistory(this.connection, id, meeting.date)),
      );
      const kept = new Map<string, HypothesisEntry>();
      for (const latest of histories.map((h) => h[0]).filter((h) => h !== undefined)) {
        for (const h of latest.hypotheses)
          if (h.status !== 'discarded' && !kept.has(h.id))
            kept.set(h.id, { ...h, carriedFromMeetingId: h.carriedFromMeetingId ?? latest.meetingId });
      }
      if (!kept.size) continue;
      await this.realtime.edit(String(meeting._id), caller.user.id, (doc) =>
        carryOver(doc, item.id, [...kept.values()]),
      );
    }
  }

  private async attendees(teamId: Types.ObjectId, input: Attendees): Promise<StoredMeeting['attendees']> {
    const members = await this.agendas.teamMembers(
      teamId,
      input.map((a) => a.userId),
    );
    const issues = input.flatMap((a, i) =>
      members.has(a.userId)
        ? []
        : [{ path: `attendees.${i}.userId`, message: 'Attendees are members of the team.' }],
    );
    if (issues.length) throw new ValidationError(issues);
    return input.map((a) => ({ userId: new Types.ObjectId(a.userId), role: a.role }));
  }

  private async teamName(teamId: Types.ObjectId): Promise<string> {
    return (await teamModel(this.connection).findById(teamId, { name: 1 }).lean())?.name ?? '';
  }
}

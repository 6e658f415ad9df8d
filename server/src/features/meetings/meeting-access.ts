import { Types, type Connection } from 'mongoose';
import { hasRole, isTeamMember, type AuditView } from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { childAccessError } from '../../platform/access/denials.js';
import { ForbiddenError, NotFoundError } from '../../platform/errors.js';
import type { ChildAccessGate } from '../access/child-access-gate.js';
import { childModel, type ChildDocument } from '../children/model.js';
import { meetingModel, type StoredMeeting } from './model.js';

type MeetingChild = Pick<ChildDocument, 'firstName' | 'lastName' | 'teamId' | 'namedSocialWorkerId'> & {
  _id: Types.ObjectId;
};
export type MeetingAction = 'child.read' | 'child.write';

/**
 * Who may open a meeting: a member of the meeting's team (the policy's `isTeamMember`), and then for
 * every child on the agenda the child access gate decides and audits (record part 'meeting-notes').
 * A refusal at the team is audited too, naming the agenda's children, so each child's access log
 * (ATL 11 §) shows the attempt. Used by the REST routes and by every socket join.
 */
export class MeetingAccess {
  constructor(
    private readonly connection: Connection,
    private readonly gate: ChildAccessGate,
    private readonly audit: AuditWriter,
  ) {}

  async load(meetingId: string): Promise<StoredMeeting> {
    const meeting = Types.ObjectId.isValid(meetingId)
      ? await meetingModel(this.connection).findById(meetingId).lean()
      : null;
    if (!meeting) throw new NotFoundError('No such meeting.');
    return meeting;
  }

  /** Opens the meeting for reading or writing; returns it with its children (agenda order). */
  async open(
    caller: Caller,
    meetingId: string,
    action: MeetingAction,
    view: AuditView,
  ): Promise<{ meeting: StoredMeeting; children: MeetingChild[] }> {
    const meeting = await this.load(meetingId);
    await this.team(caller, meeting.teamId, action, view, { meetingId, childIds: meeting.childIds });
    const children = await this.children(meeting.childIds);
    for (const child of children) {
      const { decision } = await this.gate.check(caller, action, child, { part: 'meeting-notes', view });
      if (!decision.allowed) throw childAccessError(decision.reason);
    }
    return { meeting, children };
  }

  /** Lists and creation are about a team: only its members, and a refusal is audited. */
  async team(
    caller: Caller,
    teamId: Types.ObjectId | string,
    action: MeetingAction,
    view: AuditView,
    about: { meetingId?: string; childIds?: readonly Types.ObjectId[] } = {},
  ): Promise<void> {
    if (isTeamMember(caller.user, String(teamId))) return;
    await this.audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action,
      outcome: 'denied',
      denyReason: 'no_relationship',
      ...(about.childIds?.length ? { childIds: about.childIds.map(String) } : {}),
      target: about.meetingId
        ? { type: 'meeting', id: about.meetingId }
        : { type: 'team', id: String(teamId) },
      view,
    });
    throw new ForbiddenError('Only members of the meeting’s team take part in its meetings.');
  }

  /** Finalising is the coordinator's or the team lead's (domain.md §1). */
  mayFinalise(caller: Caller): boolean {
    return hasRole(caller.user, 'coordinator') || hasRole(caller.user, 'team_lead');
  }

  async children(ids: readonly Types.ObjectId[]): Promise<MeetingChild[]> {
    if (!ids.length) return [];
    const rows = await childModel(this.connection)
      .find({ _id: { $in: ids } }, { firstName: 1, lastName: 1, teamId: 1, namedSocialWorkerId: 1 })
      .lean<MeetingChild[]>();
    const byId = new Map(rows.map((c) => [String(c._id), c]));
    return ids.map((id) => byId.get(String(id))).filter((c): c is MeetingChild => Boolean(c));
  }
}

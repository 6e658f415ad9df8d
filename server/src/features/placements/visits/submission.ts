import { Types, type ClientSession, type Connection } from 'mongoose';
import {
  requiredNotifications,
  SERIOUS_FINDING_EVENT,
  submissionIssues,
  type SubmissionContext,
  type VisitDraft,
} from '@keha/shared';
import type { Caller } from '../../../platform/access/caller.js';
import { ValidationError } from '../../../platform/errors.js';
import type { RealtimeBroadcaster } from '../../../platform/realtime/broadcaster.js';
import { refreshDeadlineProjection } from '../../case/deadline-projection.js';
import { caseEventModel } from '../../case/event.model.js';
import { findingModel } from '../findings/finding.model.js';
import type { StoredUnit } from '../unit.model.js';
import { visitModel, type StoredVisit } from './visit.model.js';

/**
 * What submitting a visit records besides the final minutes, all in the submission's transaction:
 * each finding for follow-up (and on the timeline of the children it concerns), and a
 * `placed_child_visited` case event for each child seen, which meets the visit-interval deadline
 * (LSL 29 §, 53 §). After the commit, serious findings alert the supervisors at once.
 */
export class SubmissionEffects {
  constructor(
    private readonly connection: Connection,
    private readonly realtime: RealtimeBroadcaster,
  ) {}

  async record(
    caller: Caller,
    visit: StoredVisit,
    input: VisitDraft,
    ctx: SubmissionContext,
    unit: StoredUnit,
    session: ClientSession,
  ): Promise<{ draft: VisitDraft; findings: { clientId: string; findingId: Types.ObjectId }[] }> {
    const issues = submissionIssues(input, ctx);
    if (issues.length) throw new ValidationError(issues.map((i) => ({ ...i, path: `draft.${i.path}` })));
    const draft = { ...input, notifications: requiredNotifications(input, unit) };
    const visitDate = draft.visitDate!;
    const seen = draft.children.filter((c) => c.seen).map((c) => c.childId);
    const findings = draft.findings.map((f) => ({
      _id: new Types.ObjectId(),
      visitId: visit._id,
      clientId: f.clientId,
      unitId: unit._id,
      unitName: unit.name,
      childIds: (f.childIds.length ? f.childIds : seen.length ? seen : ctx.childIds).map(
        (id) => new Types.ObjectId(id),
      ),
      concernsUnit: f.childIds.length === 0,
      date: visitDate,
      observation: f.observation,
      evidence: f.evidence,
      legalReference: f.legalReference,
      severity: f.severity,
      actions: f.actions,
      followUpDate: f.followUpDate ?? null,
      attachmentIds: f.attachmentIds,
      status: 'open',
      closure: null,
      inspectorName: visit.inspectorName,
    }));
    if (findings.length) await findingModel(this.connection).insertMany(findings, { session });
    const events = seen.map((childId) => {
      const id = new Types.ObjectId();
      const placementId = visit.placementIds[visit.childIds.findIndex((c) => String(c) === childId)];
      const alone = draft.children.find((c) => c.childId === childId)?.metAlone;
      return {
        _id: id,
        seriesId: id,
        version: 1,
        current: true,
        childId: new Types.ObjectId(childId),
        type: 'placed_child_visited',
        date: visitDate,
        details: {
          summary: `${unit.name}: ${alone ? 'tavattu kahden kesken' : 'tavattu, ei kahden kesken'}`,
        },
        links: [{ kind: 'placement', id: String(placementId), label: unit.name }],
        authorId: new Types.ObjectId(caller.user.id),
        authorName: caller.user.displayName,
      };
    });
    if (events.length) await caseEventModel(this.connection).insertMany(events, { session });
    // The visits meet the children's visit-interval deadlines; the findings change the supervisors' view.
    await refreshDeadlineProjection(this.connection, visit.childIds, session);
    return { draft, findings: findings.map((f) => ({ clientId: f.clientId, findingId: f._id })) };
  }

  /** After the commit: one `serious_finding` event per serious finding, to the `supervisor` room. */
  async alert(visit: StoredVisit): Promise<void> {
    const serious = await findingModel(this.connection)
      .find({ visitId: visit._id, severity: 'serious' })
      .lean();
    if (!serious.length) return;
    const submitted = await visitModel(this.connection)
      .findById(visit._id, { draft: 1, submittedAt: 1 })
      .lean();
    const aviNotified = (submitted?.draft.notifications ?? []).some((n) => n.recipient === 'avi' && n.sent);
    for (const f of serious)
      this.realtime.toSupervisors(SERIOUS_FINDING_EVENT, {
        findingId: String(f._id),
        visitId: String(visit._id),
        unit: { id: String(f.unitId), name: f.unitName },
        childIds: f.childIds.map(String),
        legalReference: f.legalReference,
        visitDate: f.date,
        inspectorName: f.inspectorName,
        aviNotified,
        submittedAt: (submitted?.submittedAt ?? new Date()).toISOString(),
      });
  }
}

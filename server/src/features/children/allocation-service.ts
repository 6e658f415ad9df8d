import { Types, type Connection } from 'mongoose';
import {
  parseIdentityCode,
  type AllocationInput,
  type ChildResponse,
  type DenyReason,
  type childCreateInputSchema,
} from '@keha/shared';
import type { z } from 'zod';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { childAccessError } from '../../platform/access/denials.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../platform/errors.js';
import { helsinkiToday } from '../case/dates.js';
import { refreshDeadlineProjection } from '../case/deadline-projection.js';
import { isMinorOn } from '../caseload/minor-window.js';
import { familyModel } from '../family/model.js';
import { ensureChildInGenogram } from '../family/service.js';
import { userModel } from '../users/model.js';
import { allocationDecision, namedWorkerIssue, supervises } from './allocation-rules.js';
import { checkCaseloadCap } from './caseload-cap.js';
import type { StoredChild } from './child-guard.js';
import { toChild } from './mapping.js';
import { childModel } from './model.js';
import type { ChildrenService } from './service.js';

type CreateInput = z.infer<typeof childCreateInputSchema>;
const VIEW = 'child.allocation';

/**
 * New children and the choice of their named social worker (LSL 13 b §): only a qualified worker of
 * the child's team can be named, and a worker at the caseload cap gets no new child aged 0-17 unless a
 * supervisor overrides with a reason, which is kept on the child and in the audit log.
 */
export class AllocationService {
  constructor(
    private readonly connection: Connection,
    private readonly children: ChildrenService,
    private readonly audit: AuditWriter,
    private readonly today: () => string = () => helsinkiToday(),
  ) {}

  async create(caller: Caller, input: CreateInput): Promise<ChildResponse> {
    const childId = new Types.ObjectId();
    const record = (outcome: Outcome) => this.record(caller, { ...outcome, teamId: input.teamId });
    await this.authorise(caller, input.teamId, input.overrideReason, record, false);
    const issues = await this.createIssues(input);
    if (issues.length) throw new ValidationError(issues);
    const duplicate = await childModel(this.connection).findOne({ identityCode: input.identityCode }).lean();
    if (duplicate) {
      await record({ denyReason: 'duplicate_identity_code', childId: String(duplicate._id) });
      throw new ConflictError('A child with this identity code already exists.', [
        { path: 'identityCode', message: 'Already in use.' },
      ]);
    }
    const workerId = new Types.ObjectId(input.namedSocialWorkerId);
    const today = this.today();
    const overrideReason = isMinorOn(new Date(`${input.dateOfBirth}T00:00:00.000Z`), today)
      ? await checkCaseloadCap(this.connection, today, workerId, capOverride(caller, input), (message) =>
          record({ denyReason: 'caseload_cap_reached', purpose: message }),
        )
      : undefined;
    await record({ childId: String(childId), purpose: overridePurpose(overrideReason) });
    const { overrideReason: _ignored, familyId, ...fields } = input;
    void _ignored;
    const doc = await childModel(this.connection).create({
      ...fields,
      _id: childId,
      dateOfBirth: new Date(`${input.dateOfBirth}T00:00:00.000Z`),
      status: 'notification',
      ...(familyId ? { familyId: new Types.ObjectId(familyId) } : {}),
      allocationHistory: [allocation(workerId, caller, overrideReason)],
    });
    const child = doc.toObject() as StoredChild;
    if (child.familyId) await ensureChildInGenogram(this.connection, child, child.familyId);
    await refreshDeadlineProjection(this.connection, [child._id]);
    return { child: toChild(child), access: {} };
  }

  async allocate(caller: Caller, childId: string, input: AllocationInput): Promise<ChildResponse> {
    const child = await this.children.findOrAuditMissing(caller, childId, 'child.write');
    const teamId = String(child.teamId);
    const record = (outcome: Outcome) => this.record(caller, { ...outcome, teamId, childId });
    await this.authorise(caller, teamId, input.overrideReason, record, true);
    const worker = await userModel(this.connection).findById(input.socialWorkerId).lean();
    const issue = namedWorkerIssue(worker, teamId);
    if (issue) throw new ValidationError([{ path: 'socialWorkerId', message: issue }]);
    const workerId = new Types.ObjectId(input.socialWorkerId);
    if (child.namedSocialWorkerId.equals(workerId)) {
      await record({ fields: [] });
      return { child: toChild(child), access: {} };
    }
    const today = this.today();
    const counted = child.status !== 'closed' && isMinorOn(child.dateOfBirth, today);
    const overrideReason = counted
      ? await checkCaseloadCap(this.connection, today, workerId, capOverride(caller, input), (message) =>
          record({ denyReason: 'caseload_cap_reached', purpose: message }),
        )
      : undefined;
    await record({ purpose: overridePurpose(overrideReason) });
    const saved = await childModel(this.connection)
      .findByIdAndUpdate(
        child._id,
        {
          $set: { namedSocialWorkerId: workerId },
          $push: { allocationHistory: allocation(workerId, caller, overrideReason) },
        },
        { returnDocument: 'after' },
      )
      .lean();
    // The stored deadlines carry the named social worker (the dashboards count per worker).
    await refreshDeadlineProjection(this.connection, [child._id]);
    return { child: toChild(saved!), access: {} };
  }

  /** The caller may allocate in the team; only a supervisor may ask to go over the cap. */
  private async authorise(
    caller: Caller,
    teamId: string,
    overrideReason: string | undefined,
    record: (outcome: Outcome) => Promise<unknown>,
    existingChild: boolean,
  ): Promise<void> {
    const decision = allocationDecision(caller.user, teamId);
    if (!decision.allowed) {
      await record({ denyReason: decision.reason });
      // As for every child route, someone who never sees client data cannot tell a child exists.
      throw existingChild && decision.reason === 'no_client_data'
        ? childAccessError(decision.reason)
        : new ForbiddenError(
            'Only the social workers and team lead of the team, or a supervisor, allocate children.',
          );
    }
    if (overrideReason && !supervises(caller.user, teamId)) {
      await record({ denyReason: 'not_supervisor' satisfies DenyReason });
      throw new ForbiddenError('Only a supervisor can allocate over the caseload cap (LSL 13 b §).');
    }
  }

  private async createIssues(input: CreateInput): Promise<{ path: string; message: string }[]> {
    const issues: { path: string; message: string }[] = [];
    const born = parseIdentityCode(input.identityCode)?.birthDate.toISOString().slice(0, 10);
    if (born !== input.dateOfBirth)
      issues.push({ path: 'identityCode', message: 'The identity code does not match the date of birth.' });
    if (input.dateOfBirth > this.today())
      issues.push({ path: 'dateOfBirth', message: 'The date of birth is in the future.' });
    const worker = await userModel(this.connection).findById(input.namedSocialWorkerId).lean();
    const issue = namedWorkerIssue(worker, input.teamId);
    if (issue) issues.push({ path: 'namedSocialWorkerId', message: issue });
    if (
      input.familyId &&
      !(await familyModel(this.connection).exists({ _id: input.familyId, teamId: input.teamId }))
    )
      issues.push({ path: 'familyId', message: 'No family of this team has this id.' });
    return issues;
  }

  private record(caller: Caller, o: Outcome & { teamId: string; childId?: string }): Promise<unknown> {
    return this.audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action: 'child.write',
      outcome: o.denyReason ? 'denied' : 'allowed',
      denyReason: o.denyReason,
      childId: o.childId,
      target: o.childId ? { type: 'child', id: o.childId } : { type: 'team', id: o.teamId },
      view: VIEW,
      fields: o.fields ?? ['namedSocialWorkerId'],
      purpose: o.purpose,
    });
  }
}

interface Outcome {
  denyReason?: string;
  childId?: string;
  purpose?: string;
  fields?: string[];
}

function capOverride(caller: Caller, input: { teamId?: string; overrideReason?: string }) {
  return { supervisor: caller.user.roles.includes('supervisor'), reason: input.overrideReason };
}

function overridePurpose(reason: string | undefined): string | undefined {
  return reason ? `Caseload cap override (LSL 13 b §): ${reason}` : undefined;
}

function allocation(workerId: Types.ObjectId, caller: Caller, overrideReason: string | undefined) {
  return {
    workerId,
    at: new Date(),
    byUserId: new Types.ObjectId(caller.user.id),
    ...(overrideReason ? { overrideReason } : {}),
  };
}

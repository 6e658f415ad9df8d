import { Types, type Connection } from 'mongoose';
import {
  canApproveCareOrder,
  canApproveEmergencyPlacementExtension,
  type caseEventInputSchema,
  type Decision,
  type PolicyUser,
} from '@keha/shared';
import type { z } from 'zod';
import { ValidationError } from '../../platform/errors.js';
import { userModel } from '../users/model.js';
import type { StoredChild } from './case-access.js';
import { caseEventModel } from './event.model.js';

type EventInput = z.infer<typeof caseEventInputSchema>;
type ApprovedDecision = 'care_order_decided' | 'emergency_placement_extended';

const PATH = 'details.decidedById';

const WHY: Record<string, string> = {
  not_supervisor: 'Only a supervisor (leading social worker) can make this decision.',
  separation_of_duties_care_order:
    "The child's named social worker prepares a care order but cannot approve it (LSL 13 §).",
  separation_of_duties_extension:
    'Whoever made the emergency placement cannot approve its extension (LSL 13 §, 38 §).',
};

/**
 * Separation of duties where the decisions are recorded (shared/src/access/separation-of-duties.ts):
 * the event names who decided, and that person must be allowed to decide for this child.
 */
export class DecisionApproval {
  constructor(private readonly connection: Connection) {}

  /** Refuses (400 on `details.decidedById`) a decision made by someone who may not make it. */
  async check(input: EventInput, child: StoredChild): Promise<void> {
    const deciderId = input.details.decidedById;
    if (!deciderId) return;
    const decider = await userModel(this.connection).findOne({ _id: deciderId, active: true }).lean();
    if (!decider) throw new ValidationError([{ path: PATH, message: 'No such active user.' }]);
    if (input.type !== 'care_order_decided' && input.type !== 'emergency_placement_extended') return;
    const approver = { id: String(decider._id), roles: decider.roles };
    const decision = await this.decide(input.type, approver, child, input.date);
    if (!decision.allowed) {
      const key =
        decision.reason === 'separation_of_duties'
          ? `separation_of_duties_${input.type === 'care_order_decided' ? 'care_order' : 'extension'}`
          : decision.reason;
      throw new ValidationError([
        { path: PATH, message: WHY[key] ?? 'This person cannot make the decision.' },
      ]);
    }
  }

  /** The supervisors who may approve `type` for this child now. */
  async eligible(
    type: ApprovedDecision,
    child: StoredChild,
    today: string,
  ): Promise<{ id: string; displayName: string }[]> {
    const supervisors = await userModel(this.connection)
      .find({ roles: 'supervisor', active: true }, { displayName: 1, roles: 1 })
      .sort({ displayName: 1 })
      .lean();
    const allowed: { id: string; displayName: string }[] = [];
    for (const s of supervisors) {
      const decision = await this.decide(type, { id: String(s._id), roles: s.roles }, child, today);
      if (decision.allowed) allowed.push({ id: String(s._id), displayName: s.displayName });
    }
    return allowed;
  }

  private async decide(
    type: ApprovedDecision,
    approver: Pick<PolicyUser, 'id' | 'roles'>,
    child: StoredChild,
    date: string,
  ): Promise<Decision> {
    if (type === 'care_order_decided')
      return canApproveCareOrder(approver, { namedSocialWorkerId: String(child.namedSocialWorkerId) });
    return canApproveEmergencyPlacementExtension(approver, {
      madeByUserId: await this.placementMaker(child, date),
    });
  }

  /** Who made the emergency placement being extended: its named decider, else its author. */
  private async placementMaker(child: StoredChild, date: string): Promise<string> {
    const placement = await caseEventModel(this.connection)
      .findOne({
        childId: child._id,
        current: true,
        type: 'emergency_placement_started',
        date: { $lte: date },
      })
      .sort({ date: -1, _id: -1 })
      .lean();
    const maker = placement?.details.decidedById ?? placement?.authorId;
    return maker ? String(maker) : String(new Types.ObjectId());
  }
}

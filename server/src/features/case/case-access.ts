import type { Types } from 'mongoose';
import type { AccessFlag, AuditView } from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import { childAccessError } from '../../platform/access/denials.js';
import type { ChildAccessGate } from '../access/child-access-gate.js';
import type { ChildDocument } from '../children/model.js';
import type { ChildrenService } from '../children/service.js';

export type StoredChild = ChildDocument & { _id: Types.ObjectId };

/** Case records are the 'case' part of the record: an inspector's task does not include them. */
const PART = 'case';

/**
 * The one way the case services reach a child: load it (a missing child is audited), ask the gate
 * (which audits the decision with the view), and refuse on a denial before anything is read or written.
 */
export class CaseAccess {
  constructor(
    private readonly children: ChildrenService,
    private readonly gate: ChildAccessGate,
  ) {}

  async read(
    caller: Caller,
    childId: string,
    view: AuditView,
  ): Promise<{ child: StoredChild; flagged?: AccessFlag }> {
    return this.check(caller, childId, 'child.read', view);
  }

  async write(caller: Caller, childId: string, view: AuditView): Promise<{ child: StoredChild }> {
    return this.check(caller, childId, 'child.write', view);
  }

  private async check(
    caller: Caller,
    childId: string,
    action: 'child.read' | 'child.write',
    view: AuditView,
  ): Promise<{ child: StoredChild; flagged?: AccessFlag }> {
    const child = await this.children.findOrAuditMissing(caller, childId, action);
    const { decision } = await this.gate.check(caller, action, child, { part: PART, view });
    if (!decision.allowed) throw childAccessError(decision.reason);
    return decision.flagged ? { child, flagged: decision.flagged } : { child };
  }
}

import type { Types } from 'mongoose';
import type { RecordPart } from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import { childAccessError } from '../../platform/access/denials.js';
import type { ChildAccessGate } from '../access/child-access-gate.js';
import type { ChildDocument } from './model.js';
import type { ChildrenService } from './service.js';

export type StoredChild = ChildDocument & { _id: Types.ObjectId };

/**
 * Loads the child named in the URL and lets the gate decide and audit, for the features that keep
 * records around a child (family, network, allocation): a denial becomes the usual answer
 * (404 / break_glass_required / 403), so every such read or write is checked the same way.
 */
export class ChildGuard {
  constructor(
    private readonly children: ChildrenService,
    private readonly gate: ChildAccessGate,
  ) {}

  async open(
    caller: Caller,
    childId: string,
    action: 'child.read' | 'child.write',
    audit: { part: RecordPart; view: string; fields?: string[]; purpose?: string },
  ): Promise<StoredChild> {
    const child = await this.children.findOrAuditMissing(caller, childId, action);
    const { decision } = await this.gate.check(caller, action, child, audit);
    if (!decision.allowed) throw childAccessError(decision.reason);
    return child;
  }
}

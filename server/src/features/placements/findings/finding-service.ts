import { Types, type Connection } from 'mongoose';
import type { Finding, findingCloseSchema, findingListQuerySchema } from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../../platform/access/caller.js';
import type { AuditWriter } from '../../../platform/audit/audit-writer.js';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.js';
import type { ChildAccessGate } from '../../access/child-access-gate.js';
import { helsinkiToday } from '../../case/dates.js';
import { childModel } from '../../children/model.js';
import { readableChildren, type PlacementAccess } from '../placement-access.js';
import { visitModel } from '../visits/visit.model.js';
import { notifyChildrenChanged } from '../../case/deadline-changes.js';
import { findingModel, type StoredFinding } from './finding.model.js';

type ListQuery = z.infer<typeof findingListQuerySchema>;
type Close = z.infer<typeof findingCloseSchema>;
const VIEW = 'placement.findings';

/**
 * Follow-up of visit findings: open ones with their deadlines, closed with evidence. The team and the
 * inspector see their children's findings; supervisors see every finding (their oversight list, e.g.
 * `?severity=serious&open=true`), audited as a list of the children concerned.
 */
export class FindingService {
  constructor(
    private readonly connection: Connection,
    private readonly access: PlacementAccess,
    private readonly lists: { gate: ChildAccessGate; audit: AuditWriter },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(caller: Caller, query: ListQuery): Promise<{ items: Finding[] }> {
    const filter: Record<string, unknown> = {};
    if (query.severity) filter['severity'] = query.severity;
    if (query.open) filter['status'] = query.open === 'true' ? 'open' : 'closed';
    if (query.unitId) filter['unitId'] = new Types.ObjectId(query.unitId);
    if (query.childId) {
      await this.access.decide(caller, [query.childId], 'read', VIEW);
      filter['childIds'] = new Types.ObjectId(query.childId);
    }
    let docs = await findingModel(this.connection).find(filter).sort({ date: -1, _id: -1 }).limit(500).lean();
    if (!query.childId) {
      const children = await childModel(this.connection)
        .find({ _id: { $in: docs.flatMap((d) => d.childIds) } })
        .lean();
      const { gate, audit } = this.lists;
      const visible = await readableChildren(gate, audit, caller, children, VIEW, true);
      docs = docs.filter((d) => d.childIds.every((id) => visible.has(String(id))));
    }
    return { items: await this.views(docs) };
  }

  async close(caller: Caller, id: string, input: Close): Promise<Finding> {
    const finding = Types.ObjectId.isValid(id)
      ? await findingModel(this.connection).findById(id).lean()
      : null;
    if (!finding) throw new NotFoundError('No such finding.');
    await this.access.decide(caller, finding.childIds, 'write', VIEW);
    if (finding.status === 'closed') throw new ConflictError('The finding is already closed.');
    if (input.closedOn < finding.date || input.closedOn > helsinkiToday(this.clock()))
      throw new ValidationError([{ path: 'closedOn', message: 'Between the visit date and today.' }]);
    const closed = await findingModel(this.connection)
      .findOneAndUpdate(
        { _id: finding._id, status: 'open' },
        {
          $set: {
            status: 'closed',
            closure: {
              evidence: input.evidence,
              closedOn: input.closedOn,
              closedById: new Types.ObjectId(caller.user.id),
              closedByName: caller.user.displayName,
            },
          },
        },
        { returnDocument: 'after' },
      )
      .lean();
    if (!closed) throw new ConflictError('The finding is already closed.');
    await notifyChildrenChanged(this.connection, closed.childIds, ['visits']);
    return (await this.views([closed]))[0]!;
  }

  private async views(docs: StoredFinding[]): Promise<Finding[]> {
    const visits = await visitModel(this.connection)
      .find({ _id: { $in: docs.map((d) => d.visitId) } }, { draft: 1 })
      .lean();
    const notifications = new Map(visits.map((v) => [String(v._id), v.draft.notifications ?? []]));
    return docs.map((d) => {
      const deadlines = [
        ...d.actions.map((a) => a.deadline),
        ...(d.followUpDate ? [d.followUpDate] : []),
      ].sort();
      return {
        id: String(d._id),
        visitId: String(d.visitId),
        clientId: d.clientId,
        unit: { id: String(d.unitId), name: d.unitName },
        childIds: d.childIds.map(String),
        concernsUnit: d.concernsUnit,
        date: d.date,
        observation: d.observation,
        evidence: d.evidence,
        legalReference: d.legalReference,
        severity: d.severity,
        actions: d.actions.map((a) => ({ description: a.description, owner: a.owner, deadline: a.deadline })),
        attachmentIds: [...(d.attachmentIds ?? [])],
        followUpDate: d.followUpDate,
        nextDeadline: d.status === 'open' ? (deadlines[0] ?? null) : null,
        status: d.status,
        closure: d.closure
          ? {
              evidence: d.closure.evidence,
              closedOn: d.closure.closedOn,
              closedByName: d.closure.closedByName,
            }
          : null,
        notifications: notifications.get(String(d.visitId)) ?? [],
        inspectorName: d.inspectorName,
        createdAt: d.createdAt.toISOString(),
      };
    });
  }
}

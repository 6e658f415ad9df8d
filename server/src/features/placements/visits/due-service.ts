import { Types, type Connection } from 'mongoose';
import { visitSchedule, type VisitDue, type visitDueQuerySchema } from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../../platform/access/caller.js';
import type { AuditWriter } from '../../../platform/audit/audit-writer.js';
import type { ChildAccessGate } from '../../access/child-access-gate.js';
import { helsinkiToday } from '../../case/dates.js';
import { caseEventModel } from '../../case/event.model.js';
import { childModel } from '../../children/model.js';
import { readableChildren, type PlacementAccess } from '../placement-access.js';
import { placementViews } from '../placement-views.js';
import { placementModel } from '../placement.model.js';
import { visitModel } from './visit.model.js';

type DueQuery = z.infer<typeof visitDueQuerySchema>;
const VIEW = 'placement.due';

/**
 * The visit planner: for each placement going on today, when the next visit is due (the interval from
 * the placement, the client plan or the organisation default), counted from the placement start and
 * then from the last `placed_child_visited` event of the child: visits submitted here record one, and
 * so do visits the named social worker records in the case, so the planner and the child's statutory
 * deadline agree. Overdue first, then by due date.
 */
export class VisitDueService {
  constructor(
    private readonly connection: Connection,
    private readonly access: PlacementAccess,
    private readonly lists: { gate: ChildAccessGate; audit: AuditWriter },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(caller: Caller, query: DueQuery): Promise<{ items: VisitDue[] }> {
    const today = helsinkiToday(this.clock());
    const filter: Record<string, unknown> = {
      startDate: { $lte: today },
      $or: [{ endDate: null }, { endDate: { $gte: today } }],
    };
    if (query.unitId) filter['unitId'] = new Types.ObjectId(query.unitId);
    if (query.inspectorId)
      filter['inspectorId'] = new Types.ObjectId(
        query.inspectorId === 'me' ? caller.user.id : query.inspectorId,
      );
    if (query.childId) {
      await this.access.decide(caller, [query.childId], 'read', VIEW);
      filter['childId'] = new Types.ObjectId(query.childId);
    }
    let placements = await placementModel(this.connection).find(filter).lean();
    if (!query.childId) {
      const children = await childModel(this.connection)
        .find({ _id: { $in: placements.map((p) => p.childId) } })
        .lean();
      const readable = await readableChildren(this.lists.gate, this.lists.audit, caller, children, VIEW);
      placements = placements.filter((p) => readable.has(String(p.childId)));
    }
    const childIds = placements.map((p) => p.childId);
    const [views, visited, planned] = await Promise.all([
      placementViews(this.connection, placements),
      caseEventModel(this.connection)
        .find(
          { childId: { $in: childIds }, type: 'placed_child_visited', current: true },
          { childId: 1, date: 1 },
        )
        .lean(),
      visitModel(this.connection)
        .find(
          { placementIds: { $in: placements.map((p) => p._id) }, status: { $ne: 'submitted' } },
          { placementIds: 1, plannedDate: 1 },
        )
        .sort({ plannedDate: 1 })
        .lean(),
    ]);
    const items = views.map((p): VisitDue => {
      const schedule = visitSchedule({
        type: p.type,
        startDate: p.startDate,
        endDate: p.endDate,
        interval: p.visitInterval,
        visitDates: visited.filter((e) => String(e.childId) === p.childId).map((e) => e.date),
        today,
      });
      const next = planned.find((v) => v.placementIds.some((id) => String(id) === p.id));
      return {
        placementId: p.id,
        childId: p.childId,
        childName: p.childName,
        unit: p.unit,
        placementType: p.type,
        interval: p.visitInterval,
        ...schedule,
        nextPlannedVisit: next ? { visitId: String(next._id), plannedDate: next.plannedDate } : null,
        inspector: p.inspector,
      };
    });
    const order = { overdue: 0, due_soon: 1, upcoming: 2, not_scheduled: 3 };
    return {
      items: items
        .filter((i) => !query.status || query.status.includes(i.status))
        .sort(
          (a, b) => order[a.status] - order[b.status] || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'),
        ),
    };
  }
}

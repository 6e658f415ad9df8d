import { Types, type Connection } from 'mongoose';
import {
  isTeamMember,
  visitDraftSchema,
  type Visit,
  type visitCalendarQuerySchema,
  type visitPlanInputSchema,
} from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../../platform/access/caller.js';
import type { AuditWriter } from '../../../platform/audit/audit-writer.js';
import { NotFoundError, ValidationError } from '../../../platform/errors.js';
import type { ChildAccessGate } from '../../access/child-access-gate.js';
import { helsinkiToday } from '../../case/dates.js';
import type { StoredChild } from '../../children/child-guard.js';
import { childModel } from '../../children/model.js';
import { userModel } from '../../users/model.js';
import type { ChecklistTemplateService } from '../checklists/template-service.js';
import { syncInspectorAssignments } from '../inspector-sync.js';
import { readableChildren, type Narrowing, type PlacementAccess } from '../placement-access.js';
import { placementModel } from '../placement.model.js';
import { once } from './once.js';
import { visitModel, type StoredVisit } from './visit.model.js';
import { visitView, visitViews } from './visit-views.js';

type PlanInput = z.infer<typeof visitPlanInputSchema> & { clientMutationId?: string };
type CalendarQuery = z.infer<typeof visitCalendarQuerySchema>;
export const VISITS_VIEW = 'placement.visits';

/** Only the visit's own inspector fills in and signs the minutes. */
export const visitInspectorOnly = (visit: StoredVisit): Narrowing => ({
  allows: (caller) => caller.user.id === String(visit.inspectorId),
  message: "Only the visit's inspector fills in and submits the minutes.",
});

/** Planning visits, reading one, and the inspector's calendar. */
export class VisitService {
  constructor(
    private readonly connection: Connection,
    private readonly access: PlacementAccess,
    private readonly templates: ChecklistTemplateService,
    private readonly lists: { gate: ChildAccessGate; audit: AuditWriter },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Plans a visit to placements in one unit (idempotent when the client sends a mutation id). */
  async plan(caller: Caller, input: PlanInput): Promise<Visit> {
    const placements = await placementModel(this.connection)
      .find({ _id: { $in: input.placementIds.map((id) => new Types.ObjectId(id)) } })
      .lean();
    if (placements.length !== new Set(input.placementIds).size) throw new NotFoundError('No such placement.');
    if (new Set(placements.map((p) => String(p.unitId))).size > 1)
      throw new ValidationError([{ path: 'placementIds', message: 'One visit is to one unit.' }]);
    const children = await this.access.decide(
      caller,
      placements.map((p) => p.childId),
      'write',
      VISITS_VIEW,
    );
    const inspectorId = input.inspectorId ?? caller.user.id;
    const inspector = await this.checkInspector(inspectorId, children);
    const template = input.templateId
      ? await this.templates.find(input.templateId)
      : await this.templates.currentDefault();
    const create = async (session?: import('mongoose').ClientSession) => {
      const [visit] = await visitModel(this.connection).create(
        [
          {
            unitId: placements[0]!.unitId,
            placementIds: placements.map((p) => p._id),
            childIds: placements.map((p) => p.childId),
            plannedDate: input.plannedDate,
            announced: input.announced,
            inspectorId: inspector._id,
            inspectorName: inspector.displayName,
            templateId: template._id,
            templateKey: template.key,
            templateVersion: template.version,
            status: 'planned',
            revision: 1,
            draft: visitDraftSchema.parse({
              announced: input.announced,
              children: placements.map((p) => ({ childId: String(p.childId) })),
            }),
            createdById: new Types.ObjectId(caller.user.id),
          },
        ],
        { session },
      );
      return { visitId: visit!._id, response: await visitView(this.connection, visit!.toObject()) };
    };
    const result = input.clientMutationId
      ? (await once(this.connection, caller, input.clientMutationId, 'plan', create)).response
      : (await create()).response;
    await syncInspectorAssignments(
      this.connection,
      placements.map((p) => p.childId),
      this.today(),
    );
    return result;
  }

  async get(caller: Caller, id: string): Promise<Visit> {
    const visit = await this.find(id);
    await this.access.decide(caller, visit.childIds, 'read', VISITS_VIEW);
    return visitView(this.connection, visit);
  }

  /** `GET /visits?inspectorId=me&from=&to=`: visits by planned date, of children the caller may see. */
  async calendar(caller: Caller, query: CalendarQuery): Promise<{ items: Visit[] }> {
    const filter: Record<string, unknown> = {};
    if (query.inspectorId)
      filter['inspectorId'] = new Types.ObjectId(
        query.inspectorId === 'me' ? caller.user.id : query.inspectorId,
      );
    if (query.status) filter['status'] = query.status;
    if (query.from || query.to)
      filter['plannedDate'] = {
        ...(query.from ? { $gte: query.from } : {}),
        ...(query.to ? { $lte: query.to } : {}),
      };
    if (query.childId) {
      await this.access.decide(caller, [query.childId], 'read', VISITS_VIEW);
      filter['childIds'] = new Types.ObjectId(query.childId);
    }
    let visits = await visitModel(this.connection)
      .find(filter)
      .sort({ plannedDate: 1, _id: 1 })
      .limit(500)
      .lean();
    if (!query.childId) {
      const children = await childModel(this.connection)
        .find({ _id: { $in: visits.flatMap((v) => v.childIds) } })
        .lean();
      const readable = await readableChildren(
        this.lists.gate,
        this.lists.audit,
        caller,
        children,
        VISITS_VIEW,
      );
      visits = visits.filter((v) => v.childIds.every((id) => readable.has(String(id))));
    }
    return { items: await visitViews(this.connection, visits) };
  }

  async find(id: string): Promise<StoredVisit> {
    const visit = Types.ObjectId.isValid(id) ? await visitModel(this.connection).findById(id).lean() : null;
    if (!visit) throw new NotFoundError('No such visit.');
    return visit;
  }

  /** A placement inspector, or a worker of every child's team (the named social worker visits too). */
  private async checkInspector(id: string, children: StoredChild[]) {
    const user = Types.ObjectId.isValid(id) ? await userModel(this.connection).findById(id).lean() : null;
    const policyUser = user && { id: String(user._id), roles: user.roles, teamIds: user.teamIds.map(String) };
    const fits =
      policyUser &&
      (policyUser.roles.includes('placement_inspector') ||
        children.every((c) => isTeamMember(policyUser, String(c.teamId))));
    if (!fits)
      throw new ValidationError([
        { path: 'inspectorId', message: 'Not an inspector or a worker of the team.' },
      ]);
    return user!;
  }

  private today(): string {
    return helsinkiToday(this.clock());
  }
}

import { Types, type ClientSession, type Connection } from 'mongoose';
import {
  isTeamMember,
  periodExtension,
  type Placement,
  type placementInputSchema,
  type placementListQuerySchema,
  type placementUpdateSchema,
} from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { ConflictError, NotFoundError, StaleRevisionError, ValidationError } from '../../platform/errors.js';
import type { ChildAccessGate } from '../access/child-access-gate.js';
import { helsinkiToday } from '../case/dates.js';
import { refreshDeadlineProjection } from '../case/deadline-projection.js';
import type { StoredChild } from '../children/child-guard.js';
import { childModel } from '../children/model.js';
import { userModel } from '../users/model.js';
import { syncInspectorAssignments } from './inspector-sync.js';
import { readableChildren, TEAM_ONLY, type PlacementAccess } from './placement-access.js';
import { allocatePlace } from './allocation.js';
import { placementViews } from './placement-views.js';
import { placementModel, type StoredPlacement } from './placement.model.js';
import type { PlacementUnitService } from './unit-service.js';

type Input = z.infer<typeof placementInputSchema>;
type Update = z.infer<typeof placementUpdateSchema>;
type Query = z.infer<typeof placementListQuerySchema>;
const VIEW = 'placement.placements';

/** Placements: made and changed by the child's team, read by the team and the assigned inspector. */
export class PlacementService {
  constructor(
    private readonly connection: Connection,
    private readonly access: PlacementAccess,
    private readonly units: PlacementUnitService,
    private readonly lists: { gate: ChildAccessGate; audit: AuditWriter },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(caller: Caller, query: Query): Promise<{ items: Placement[] }> {
    if (!query.childId && !query.unitId)
      throw new ValidationError([{ path: 'childId', message: 'Give childId or unitId.' }]);
    const filter: Record<string, unknown> = {};
    if (query.childId) {
      await this.access.decide(caller, [query.childId], 'read', VIEW);
      filter['childId'] = new Types.ObjectId(query.childId);
    }
    if (query.unitId) filter['unitId'] = new Types.ObjectId(query.unitId);
    let docs = await placementModel(this.connection).find(filter).sort({ startDate: -1 }).lean();
    if (!query.childId) {
      const children = await childModel(this.connection)
        .find({ _id: { $in: docs.map((d) => d.childId) } })
        .lean();
      const { gate, audit } = this.lists;
      const readable = await readableChildren(gate, audit, caller, children, VIEW);
      docs = docs.filter((d) => readable.has(String(d.childId)));
    }
    if (query.active) {
      const today = this.today();
      const active = (p: StoredPlacement) =>
        p.startDate <= today && (p.endDate === null || p.endDate >= today);
      docs = docs.filter((p) => active(p) === (query.active === 'true'));
    }
    return { items: await placementViews(this.connection, docs) };
  }

  async get(caller: Caller, id: string): Promise<Placement> {
    const placement = await this.find(id);
    await this.access.decide(caller, [placement.childId], 'read', VIEW);
    return (await placementViews(this.connection, [placement]))[0]!;
  }

  /**
   * Over the legal maximum: refused. Over the unit's registered places: refused unless a reason is
   * given. The check and the insert are atomic per unit (allocation.ts).
   */
  async create(caller: Caller, input: Input): Promise<Placement> {
    const [child] = await this.access.decide(caller, [input.childId], 'write', VIEW, TEAM_ONLY);
    const unit = await this.units.find(input.unitId);
    if (!unit.active) throw new ConflictError('The unit is no longer in use.');
    await this.checkPeople(child!, input.responsibleWorkerId, input.inspectorId);
    const created = await allocatePlace(
      this.connection,
      {
        unitId: unit._id,
        childId: child!._id,
        period: { startDate: input.startDate, endDate: input.endDate },
        capacityOverrideReason: input.capacityOverrideReason,
      },
      async (session, capacity) => {
        const [doc] = await placementModel(this.connection).create(
          [
            {
              ...input,
              childId: child!._id,
              unitId: unit._id,
              responsibleWorkerId: new Types.ObjectId(input.responsibleWorkerId),
              inspectorId: input.inspectorId ? new Types.ObjectId(input.inspectorId) : null,
              capacityOverrideReason: capacity.outcome === 'ok' ? undefined : input.capacityOverrideReason,
              createdById: new Types.ObjectId(caller.user.id),
              revision: 1,
            },
          ],
          { session },
        );
        return doc!.toObject();
      },
    );
    await syncInspectorAssignments(this.connection, [child!._id], this.today());
    // The placement's own visit interval drives the child's statutory visit deadline.
    await refreshDeadlineProjection(this.connection, [child!._id]);
    return (await placementViews(this.connection, [created]))[0]!;
  }

  /**
   * A later end date (or none) is an allocation of the days it adds: it goes through the same atomic
   * capacity and overlap check as a new placement (allocation.ts), with the same warning and override.
   */
  async update(caller: Caller, id: string, update: Update): Promise<Placement> {
    const placement = await this.find(id);
    const [child] = await this.access.decide(caller, [placement.childId], 'write', VIEW, TEAM_ONLY);
    const { baseRevision, capacityOverrideReason, ...changes } = update;
    if (placement.revision !== baseRevision)
      throw new StaleRevisionError(
        'The placement was changed meanwhile.',
        (await placementViews(this.connection, [placement]))[0],
      );
    const endDate = changes.endDate === undefined ? placement.endDate : changes.endDate;
    if (endDate !== null && endDate < placement.startDate)
      throw new ValidationError([{ path: 'endDate', message: 'The end date is before the start date.' }]);
    await this.checkPeople(child!, changes.responsibleWorkerId, changes.inspectorId);
    const set: Record<string, unknown> = { ...changes, revision: baseRevision + 1 };
    if (changes.responsibleWorkerId)
      set['responsibleWorkerId'] = new Types.ObjectId(changes.responsibleWorkerId);
    if (changes.inspectorId !== undefined)
      set['inspectorId'] = changes.inspectorId ? new Types.ObjectId(changes.inspectorId) : null;
    const write = (session?: ClientSession) =>
      placementModel(this.connection)
        .findOneAndUpdate(
          { _id: placement._id, revision: baseRevision },
          { $set: set },
          { returnDocument: 'after', session },
        )
        .lean();
    const added = changes.endDate === undefined ? null : periodExtension(placement, changes.endDate);
    const updated = added
      ? await allocatePlace(
          this.connection,
          {
            unitId: placement.unitId,
            childId: placement.childId,
            period: added,
            capacityOverrideReason,
            placementId: placement._id,
          },
          (session, capacity) => {
            // The reason given at allocation stays; the extension's is added below it.
            if (capacity.outcome !== 'ok')
              set['capacityOverrideReason'] = [placement.capacityOverrideReason, capacityOverrideReason]
                .filter(Boolean)
                .join('\n');
            return write(session);
          },
        )
      : await write();
    if (!updated) return this.update(caller, id, update); // lost a race: answers 409 stale_revision
    await syncInspectorAssignments(this.connection, [placement.childId], this.today());
    await refreshDeadlineProjection(this.connection, [placement.childId]);
    return (await placementViews(this.connection, [updated]))[0]!;
  }

  private async find(id: string): Promise<StoredPlacement> {
    const found = Types.ObjectId.isValid(id)
      ? await placementModel(this.connection).findById(id).lean()
      : null;
    if (!found) throw new NotFoundError('No such placement.');
    return found;
  }

  /** The responsible worker is in the child's team; the inspector is a placement inspector. */
  private async checkPeople(
    child: StoredChild,
    workerId?: string,
    inspectorId?: string | null,
  ): Promise<void> {
    const users = await userModel(this.connection)
      .find(
        { _id: { $in: [workerId, inspectorId].filter((x): x is string => !!x) } },
        { roles: 1, teamIds: 1 },
      )
      .lean();
    const user = (id: string) => users.find((u) => String(u._id) === id);
    const issues = [];
    const worker = workerId ? user(workerId) : undefined;
    const policyUser = worker && {
      id: String(worker._id),
      roles: worker.roles,
      teamIds: worker.teamIds.map(String),
    };
    if (workerId && !(policyUser && isTeamMember(policyUser, String(child.teamId))))
      issues.push({ path: 'responsibleWorkerId', message: "Not a worker of the child's team." });
    if (inspectorId && !user(inspectorId)?.roles.includes('placement_inspector'))
      issues.push({ path: 'inspectorId', message: 'Not a placement inspector.' });
    if (issues.length) throw new ValidationError(issues);
  }

  private today(): string {
    return helsinkiToday(this.clock());
  }
}

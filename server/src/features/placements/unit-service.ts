import { Types, type Connection, type QueryFilter } from 'mongoose';
import {
  hasClientDataRole,
  isPlacementActive,
  UNIT_CAPACITY_RULES,
  type PlacementUnit,
  type placementUnitInputSchema,
  type placementUnitListQuerySchema,
  type Role,
} from '@keha/shared';
import type { z } from 'zod';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { ForbiddenError, NotFoundError, StaleRevisionError } from '../../platform/errors.js';
import { helsinkiToday } from '../case/dates.js';
import { placementModel } from './placement.model.js';
import { placementUnitModel, type PlacementUnitDocument, type StoredUnit } from './unit.model.js';

type UnitInput = z.infer<typeof placementUnitInputSchema>;
type UnitQuery = z.infer<typeof placementUnitListQuerySchema>;

/** Who keeps the register: the workers who place children, their supervisors and the inspectors. */
const UNIT_EDITORS: readonly Role[] = ['social_worker', 'team_lead', 'supervisor', 'placement_inspector'];

/**
 * The placement unit register. Units are organisation data, not a child's record: anyone with a
 * client-data role reads it; changes are audited as administration with the fields changed.
 */
export class PlacementUnitService {
  constructor(
    private readonly connection: Connection,
    private readonly audit: AuditWriter,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(caller: Caller, query: UnitQuery): Promise<{ items: PlacementUnit[] }> {
    this.requireReader(caller);
    const filter: QueryFilter<PlacementUnitDocument> = {};
    if (query.type) filter.type = query.type;
    if (query.active) filter.active = query.active === 'true';
    const units = await placementUnitModel(this.connection).find(filter).sort({ name: 1 }).lean();
    const occupied = await this.occupiedToday(units.map((u) => u._id));
    return { items: units.map((u) => toUnit(u, occupied.get(String(u._id)) ?? 0)) };
  }

  async get(caller: Caller, id: string): Promise<PlacementUnit> {
    this.requireReader(caller);
    const unit = await this.find(id);
    return toUnit(unit, (await this.occupiedToday([unit._id])).get(id) ?? 0);
  }

  async create(caller: Caller, input: UnitInput): Promise<PlacementUnit> {
    await this.requireEditor(caller, 'placement_unit.create', {});
    const _id = new Types.ObjectId();
    await this.recordChange(caller, 'placement_unit.create', String(_id));
    const created = await placementUnitModel(this.connection).create({ _id, ...input, revision: 1 });
    return toUnit(created.toObject(), 0);
  }

  async update(caller: Caller, id: string, baseRevision: number, input: UnitInput): Promise<PlacementUnit> {
    await this.requireEditor(caller, 'placement_unit.update', { id });
    const unit = await this.find(id);
    const occupied = async () => (await this.occupiedToday([unit._id])).get(id) ?? 0;
    if (unit.revision !== baseRevision)
      throw new StaleRevisionError('The unit was changed meanwhile.', toUnit(unit, await occupied()));
    await this.recordChange(caller, 'placement_unit.update', id);
    const updated = await placementUnitModel(this.connection)
      .findOneAndUpdate(
        { _id: unit._id, revision: baseRevision },
        { $set: { ...input, revision: baseRevision + 1 } },
        { returnDocument: 'after' },
      )
      .lean();
    if (!updated) return this.update(caller, id, baseRevision, input); // lost a race: answer 409
    return toUnit(updated, await occupied());
  }

  async find(id: string): Promise<StoredUnit> {
    const unit = Types.ObjectId.isValid(id)
      ? await placementUnitModel(this.connection).findById(id).lean()
      : null;
    if (!unit) throw new NotFoundError('No such placement unit.');
    return unit;
  }

  /** Our children in each unit today (the unit's placedByOthers comes on top). */
  private async occupiedToday(unitIds: Types.ObjectId[]): Promise<Map<string, number>> {
    const today = helsinkiToday(this.clock());
    const placements = await placementModel(this.connection)
      .find({ unitId: { $in: unitIds }, startDate: { $lte: today } }, { unitId: 1, startDate: 1, endDate: 1 })
      .lean();
    const counts = new Map<string, number>();
    for (const p of placements)
      if (isPlacementActive(p, today)) counts.set(String(p.unitId), (counts.get(String(p.unitId)) ?? 0) + 1);
    return counts;
  }

  private requireReader(caller: Caller): void {
    if (!hasClientDataRole(caller.user))
      throw new ForbiddenError('The placement register is for client work.');
  }

  private async requireEditor(caller: Caller, action: string, target: { id?: string }): Promise<void> {
    if (caller.user.roles.some((r) => UNIT_EDITORS.includes(r))) return;
    await this.audit.record({
      ...auditActor(caller),
      category: 'administration',
      action,
      outcome: 'denied',
      denyReason: 'not_permitted',
      target: { type: 'placement_unit', ...target },
    });
    throw new ForbiddenError('Social workers, supervisors and inspectors keep the placement register.');
  }

  private recordChange(caller: Caller, action: string, id: string): Promise<unknown> {
    return this.audit.record({
      ...auditActor(caller),
      category: 'administration',
      action,
      outcome: 'allowed',
      target: { type: 'placement_unit', id },
    });
  }
}

export function toUnit(u: StoredUnit, ours: number): PlacementUnit {
  const { legalMaximum } = UNIT_CAPACITY_RULES[u.type];
  return {
    id: String(u._id),
    name: u.name,
    type: u.type,
    ...(u.institutionKind ? { institutionKind: u.institutionKind } : {}),
    provider: {
      name: u.provider.name,
      ...(u.provider.businessId ? { businessId: u.provider.businessId } : {}),
    },
    address: { street: u.address.street, postalCode: u.address.postalCode, city: u.address.city },
    capacity: {
      registeredPlaces: u.capacity.registeredPlaces,
      ...(u.capacity.carers !== undefined && u.capacity.carers !== null ? { carers: u.capacity.carers } : {}),
      placedByOthers: u.capacity.placedByOthers,
      legalMaximum,
      occupiedToday: ours + u.capacity.placedByOthers,
    },
    licence: {
      kind: u.licence.kind,
      number: u.licence.number,
      grantedOn: u.licence.grantedOn,
      ...(u.licence.validUntil ? { validUntil: u.licence.validUntil } : {}),
    },
    hostCounty: u.hostCounty,
    otherPlacingCounties: [...u.otherPlacingCounties],
    contacts: u.contacts.map((c) => ({
      name: c.name,
      role: c.role,
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.email ? { email: c.email } : {}),
    })),
    active: u.active,
    revision: u.revision,
  };
}

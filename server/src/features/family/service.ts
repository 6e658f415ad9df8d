import { Types, type Connection } from 'mongoose';
import type { Family } from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import type { ChildGuard, StoredChild } from '../children/child-guard.js';
import { childModel } from '../children/model.js';
import { toFamily } from './mapping.js';
import { familyModel, personModel, relationshipModel } from './model.js';
import type { familyLinkInputSchema, householdsInputSchema } from './schemas.js';
import type { z } from 'zod';

export const FAMILY_AUDIT = { part: 'case', view: 'child.family' } as const;

/**
 * The family of the child in the URL: every read and write is decided and audited on that child
 * (part `case`, view `child.family`), and only the child's own family can be touched through it.
 */
export class FamilyService {
  constructor(
    private readonly connection: Connection,
    private readonly guard: ChildGuard,
  ) {}

  async get(caller: Caller, childId: string): Promise<{ family: Family | null }> {
    const child = await this.guard.open(caller, childId, 'child.read', FAMILY_AUDIT);
    if (!child.familyId) return { family: null };
    return { family: await this.load(child.familyId) };
  }

  /** Creates a family for the child, or joins the child to an existing family of the same team. */
  async link(caller: Caller, childId: string, body: z.infer<typeof familyLinkInputSchema>): Promise<Family> {
    const child = await this.guard.open(caller, childId, 'child.write', {
      ...FAMILY_AUDIT,
      fields: ['familyId'],
    });
    if (child.familyId) throw new ConflictError('The child already belongs to a family.');
    const Families = familyModel(this.connection);
    let familyId: Types.ObjectId;
    if (body.familyId) {
      // Same answer for a missing family and another team's family: ids of other teams are not revealed.
      const family = await Families.findOne({ _id: body.familyId, teamId: child.teamId }).lean();
      if (!family)
        throw new ValidationError([{ path: 'familyId', message: 'No family of this team has this id.' }]);
      familyId = family._id;
    } else {
      familyId = (await Families.create({ name: body.name, teamId: child.teamId, households: [] }))._id;
    }
    const linked = await childModel(this.connection).updateOne(
      { _id: child._id, familyId: { $exists: false } },
      { $set: { familyId } },
    );
    if (linked.modifiedCount !== 1) throw new ConflictError('The child already belongs to a family.');
    await ensureChildInGenogram(this.connection, child, familyId);
    return this.load(familyId);
  }

  async setHouseholds(
    caller: Caller,
    childId: string,
    body: z.infer<typeof householdsInputSchema>,
  ): Promise<Family> {
    const child = await this.guard.open(caller, childId, 'child.write', {
      ...FAMILY_AUDIT,
      fields: ['households'],
    });
    const familyId = requireFamily(child);
    const ids = new Set(body.households.map((h) => h.id));
    const orphaned = await personModel(this.connection)
      .find({ familyId, householdId: { $exists: true, $nin: [...ids] } })
      .lean();
    if (orphaned.length)
      throw new ValidationError([
        {
          path: 'households',
          message: `A household still has members (${orphaned.map((p) => p.firstName).join(', ')}); move them first.`,
        },
      ]);
    await familyModel(this.connection).updateOne(
      { _id: familyId },
      { $set: { households: body.households } },
    );
    return this.load(familyId);
  }

  async load(familyId: Types.ObjectId): Promise<Family> {
    const [family, persons, relationships] = await Promise.all([
      familyModel(this.connection).findById(familyId).lean(),
      personModel(this.connection).find({ familyId }).sort({ _id: 1 }).lean(),
      relationshipModel(this.connection).find({ familyId }).sort({ _id: 1 }).lean(),
    ]);
    if (!family) throw new NotFoundError('No such family.');
    return toFamily(family, persons, relationships);
  }
}

/** Persons and lines can be added only once the child has a family. */
export function requireFamily(child: StoredChild): Types.ObjectId {
  if (!child.familyId) throw new NotFoundError('The child has no family yet: create or join one first.');
  return child.familyId;
}

/** The child of the case is a person of the genogram from the start, so lines can be drawn to them. */
export async function ensureChildInGenogram(
  connection: Connection,
  child: StoredChild,
  familyId: Types.ObjectId,
): Promise<void> {
  const Persons = personModel(connection);
  if (await Persons.exists({ familyId, childId: child._id })) return;
  await Persons.create({
    familyId,
    firstName: child.firstName,
    lastName: child.lastName,
    sex: 'unknown',
    kind: 'family',
    dateOfBirth: child.dateOfBirth.toISOString().slice(0, 10),
    contact: {},
    childId: child._id,
  });
}

import { Types, type Connection } from 'mongoose';
import {
  personDateIssues,
  personInputSchema,
  relationshipInputSchema,
  relationshipIssues,
  type GenogramIssue,
  type Person,
  type Relationship,
} from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { parseInput } from '../../platform/http/validate.js';
import type { ChildGuard } from '../children/child-guard.js';
import { childModel } from '../children/model.js';
import { personInputOf, relationshipInputOf, toPerson, toRelationship } from './mapping.js';
import { familyModel, personModel, relationshipModel } from './model.js';
import { FAMILY_AUDIT, requireFamily } from './service.js';

type Body = Record<string, unknown>;

/**
 * People and lines of the genogram. Input is checked first against the schema, then against the
 * family as stored (no one their own ancestor, parents born before their children, death after birth,
 * only people and households of this family): any issue is a 400 with field paths and nothing is saved.
 */
export class GenogramService {
  constructor(
    private readonly connection: Connection,
    private readonly guard: ChildGuard,
  ) {}

  async addPerson(caller: Caller, childId: string, body: unknown): Promise<Person> {
    const familyId = await this.openFamily(caller, childId, 'persons');
    const input = parseInput(personInputSchema, body);
    await this.checkPerson(familyId, { ...input, id: '' }, input.householdId, input.childId);
    const doc = await personModel(this.connection).create({ ...input, familyId });
    return toPerson(doc.toObject());
  }

  async updatePerson(caller: Caller, childId: string, personId: string, patch: Body): Promise<Person> {
    const familyId = await this.openFamily(caller, childId, 'persons');
    const Persons = personModel(this.connection);
    const stored = await Persons.findOne({ _id: personId, familyId }).lean();
    if (!stored) throw new NotFoundError('No such person in this family.');
    const input = parseInput(personInputSchema, merge(personInputOf(stored), patch));
    await this.checkPerson(familyId, { ...input, id: personId }, input.householdId, input.childId);
    const unset = Object.fromEntries(
      ['dateOfBirth', 'dateOfDeath', 'role', 'householdId', 'childId']
        .filter((key) => input[key as keyof typeof input] === undefined)
        .map((key) => [key, 1]),
    );
    const saved = await Persons.findOneAndUpdate(
      { _id: personId, familyId },
      { $set: { ...withoutUndefined(input), contact: input.contact }, $unset: unset },
      { returnDocument: 'after' },
    ).lean();
    return toPerson(saved!);
  }

  async addRelationship(caller: Caller, childId: string, body: unknown): Promise<Relationship> {
    const familyId = await this.openFamily(caller, childId, 'relationships');
    const input = parseInput(relationshipInputSchema, body);
    await this.checkEdge(familyId, input);
    const doc = await relationshipModel(this.connection).create({ ...input, familyId });
    return toRelationship(doc.toObject());
  }

  async updateRelationship(caller: Caller, childId: string, id: string, patch: Body): Promise<Relationship> {
    const familyId = await this.openFamily(caller, childId, 'relationships');
    const Relationships = relationshipModel(this.connection);
    const stored = await Relationships.findOne({ _id: id, familyId }).lean();
    if (!stored) throw new NotFoundError('No such line in this family.');
    const input = parseInput(relationshipInputSchema, merge(relationshipInputOf(stored), patch));
    await this.checkEdge(familyId, { ...input, id });
    const unset = Object.fromEntries(
      ['partnershipStatus', 'parenthood']
        .filter((k) => input[k as keyof typeof input] === undefined)
        .map((k) => [k, 1]),
    );
    const saved = await Relationships.findOneAndUpdate(
      { _id: id, familyId },
      { $set: withoutUndefined(input), $unset: unset },
      { returnDocument: 'after' },
    ).lean();
    return toRelationship(saved!);
  }

  /** A wrongly drawn line is removed; people stay (they are edited, never deleted). */
  async deleteRelationship(caller: Caller, childId: string, id: string): Promise<void> {
    const familyId = await this.openFamily(caller, childId, 'relationships');
    const removed = await relationshipModel(this.connection).deleteOne({ _id: id, familyId });
    if (removed.deletedCount !== 1) throw new NotFoundError('No such line in this family.');
  }

  private async openFamily(caller: Caller, childId: string, field: string): Promise<Types.ObjectId> {
    const child = await this.guard.open(caller, childId, 'child.write', { ...FAMILY_AUDIT, fields: [field] });
    return requireFamily(child);
  }

  private async genogram(familyId: Types.ObjectId) {
    const [persons, edges] = await Promise.all([
      personModel(this.connection).find({ familyId }).lean(),
      relationshipModel(this.connection).find({ familyId }).lean(),
    ]);
    return {
      persons: new Map(persons.map((p) => [String(p._id), { ...p, id: String(p._id) }])),
      edges: edges.map((e) => ({
        id: String(e._id),
        kind: e.kind,
        fromPersonId: String(e.fromPersonId),
        toPersonId: String(e.toPersonId),
      })),
    };
  }

  private async checkPerson(
    familyId: Types.ObjectId,
    person: { id: string; dateOfBirth?: string; dateOfDeath?: string },
    householdId: string | undefined,
    childId: string | undefined,
  ): Promise<void> {
    const { persons, edges } = await this.genogram(familyId);
    const issues: GenogramIssue[] = personDateIssues(person, edges, persons);
    if (householdId) {
      const family = await familyModel(this.connection).findById(familyId).lean();
      if (!family?.households.some((h) => h.id === householdId))
        issues.push({ path: ['householdId'], message: 'No such household in this family.' });
    }
    if (childId) {
      const inFamily = await childModel(this.connection).exists({ _id: childId, familyId });
      const taken = [...persons.values()].some((p) => p.id !== person.id && String(p.childId) === childId);
      if (!inFamily || taken)
        issues.push({ path: ['childId'], message: 'Not a child of this family without a person already.' });
    }
    reject(issues);
  }

  private async checkEdge(
    familyId: Types.ObjectId,
    edge: { id?: string; kind: Relationship['kind']; fromPersonId: string; toPersonId: string },
  ): Promise<void> {
    const { persons, edges } = await this.genogram(familyId);
    reject(relationshipIssues(edge, edges, persons));
  }
}

function reject(issues: GenogramIssue[]): void {
  if (issues.length)
    throw new ValidationError(
      issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
}

/** The stored record with the patch laid over it; a null in the patch clears that field. */
function merge(stored: object, patch: Body): Body {
  const merged: Body = { ...stored, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === null) delete merged[key];
  return merged;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

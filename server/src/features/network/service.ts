import { Types, type Connection } from 'mongoose';
import { networkMemberInputSchema, type NetworkMember, type NetworkMemberInput } from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import type { ChildGuard, StoredChild } from '../children/child-guard.js';
import { personModel } from '../family/model.js';
import { networkMemberModel, type NetworkMemberDocument } from './model.js';

const NETWORK_AUDIT = { part: 'case', view: 'child.network' } as const;
type MemberInput = z.infer<typeof networkMemberInputSchema>;

/**
 * The child's network map. Reads and writes are decided and audited on the child (part `case`, view
 * `child.network`); a removed member leaves the map but stays on record, with when and by whom.
 */
export class NetworkService {
  constructor(
    private readonly connection: Connection,
    private readonly guard: ChildGuard,
  ) {}

  async list(caller: Caller, childId: string): Promise<{ members: NetworkMember[] }> {
    const child = await this.guard.open(caller, childId, 'child.read', NETWORK_AUDIT);
    const members = await networkMemberModel(this.connection)
      .find({ childId: child._id, removed: false })
      .sort({ closeness: 1, name: 1, _id: 1 })
      .lean();
    return { members: members.map(toMember) };
  }

  async add(caller: Caller, childId: string, input: MemberInput): Promise<NetworkMember> {
    const child = await this.guard.open(caller, childId, 'child.write', NETWORK_AUDIT);
    await this.checkPerson(child, input.personId);
    const doc = await networkMemberModel(this.connection).create({
      ...input,
      childId: child._id,
      createdBy: new Types.ObjectId(caller.user.id),
    });
    return toMember(doc.toObject());
  }

  /** Replaces the member's fields (the whole member is sent, as the map editor holds it). */
  async update(
    caller: Caller,
    childId: string,
    memberId: string,
    input: MemberInput,
  ): Promise<NetworkMember> {
    const child = await this.guard.open(caller, childId, 'child.write', NETWORK_AUDIT);
    await this.checkPerson(child, input.personId);
    const unset = Object.fromEntries(
      (['role', 'personId', 'contact'] as const).filter((k) => input[k] === undefined).map((k) => [k, 1]),
    );
    const saved = await networkMemberModel(this.connection)
      .findOneAndUpdate(
        { _id: memberId, childId: child._id, removed: false },
        { $set: definedOnly(input), $unset: unset },
        { returnDocument: 'after' },
      )
      .lean();
    if (!saved) throw new NotFoundError('No such member on this network map.');
    return toMember(saved);
  }

  async remove(caller: Caller, childId: string, memberId: string): Promise<void> {
    const child = await this.guard.open(caller, childId, 'child.write', NETWORK_AUDIT);
    const result = await networkMemberModel(this.connection).updateOne(
      { _id: memberId, childId: child._id, removed: false },
      { $set: { removed: true, removedAt: new Date(), removedBy: new Types.ObjectId(caller.user.id) } },
    );
    if (result.matchedCount !== 1) throw new NotFoundError('No such member on this network map.');
  }

  /** A member linked to the genogram must be a person of the child's own family. */
  private async checkPerson(child: StoredChild, personId: string | undefined): Promise<void> {
    if (!personId) return;
    const found =
      child.familyId &&
      Types.ObjectId.isValid(personId) &&
      (await personModel(this.connection).exists({ _id: personId, familyId: child.familyId }));
    if (!found)
      throw new ValidationError([{ path: 'personId', message: "Not a person of the child's family." }]);
  }
}

function toMember(doc: NetworkMemberDocument & { _id: Types.ObjectId }): NetworkMember {
  const member: NetworkMemberInput & { id: string; childId: string } = {
    id: String(doc._id),
    childId: String(doc.childId),
    name: doc.name,
    sector: doc.sector,
    closeness: doc.closeness,
    support: doc.support,
  };
  if (doc.role) member.role = doc.role;
  if (doc.personId) member.personId = String(doc.personId);
  if (doc.contact) member.contact = doc.contact;
  return member as NetworkMember;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

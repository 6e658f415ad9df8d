import { Types, type Connection, type QueryFilter } from 'mongoose';
import {
  can,
  childListScope,
  childListView,
  hasClientDataRole,
  type ChildListQuery,
  type ChildListResponse,
  type ChildResponse,
} from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import { auditActor, type Caller } from '../../platform/access/caller.js';
import { childAccessError } from '../../platform/access/denials.js';
import { ForbiddenError, NotFoundError } from '../../platform/errors.js';
import type { ChildAccessGate } from '../access/child-access-gate.js';
import { inspectorAssignmentModel } from './inspector-assignment.model.js';
import { LIST_FIELDS, toChild, toListItem } from './mapping.js';
import { childModel, type ChildDocument } from './model.js';
import { childSearch } from './search.js';

/** Reads of children: every one decided by `can()` and audited, allowed or denied. */
export class ChildrenService {
  constructor(
    private readonly connection: Connection,
    private readonly gate: ChildAccessGate,
    private readonly audit: AuditWriter,
  ) {}

  async list(caller: Caller, query: ChildListQuery): Promise<ChildListResponse> {
    if (!hasClientDataRole(caller.user)) {
      await this.audit.record({
        ...auditActor(caller),
        category: 'client_data',
        action: 'child.list',
        outcome: 'denied',
        denyReason: 'no_client_data',
        view: 'children.list',
      });
      throw new ForbiddenError('Administrators manage users and teams; they see no client data.');
    }
    const scope = await this.listFilter(caller);
    const search = childSearch(query);
    const filter: QueryFilter<ChildDocument> = Object.keys(search.filter).length
      ? { $and: [scope, search.filter] }
      : scope;
    const Children = childModel(this.connection);
    const [total, docs] = await Promise.all([
      Children.countDocuments(filter),
      Children.find(filter)
        .sort({ lastName: 1, firstName: 1, _id: 1 })
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .lean(),
    ]);
    const assignments = await inspectorAssignmentModel(this.connection)
      .find({ childId: { $in: docs.map((d) => d._id) }, active: true })
      .lean();
    const items = docs.flatMap((doc) => {
      const facts = {
        teamId: String(doc.teamId),
        inspectorIds: assignments
          .filter((a) => a.childId.equals(doc._id))
          .map((a) => String(a.inspectorUserId)),
      };
      // The query already scopes the rows; the policy is asked again so that it stays the one authority.
      const decision = can(caller.user, 'child.list', {
        kind: 'child',
        childId: String(doc._id),
        namedSocialWorkerId: null,
        part: 'core',
        grants: [],
        now: new Date(),
        ...facts,
      });
      return decision.allowed ? [toListItem(doc, childListView(caller.user, facts))] : [];
    });
    const shown = new Set(items.map((i) => i.view)).has('full') ? 'full' : 'summary';
    const searched = query.q !== undefined;
    await this.audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action: 'child.list',
      outcome: 'allowed',
      // A search names what was looked for (a name, or only that it was an identity code).
      view: searched ? 'children.search' : `children.list.${shown}`,
      fields: searched ? [...LIST_FIELDS[shown], ...search.criteria] : LIST_FIELDS[shown],
      purpose: search.purpose,
      childIds: items.map((i) => i.id),
    });
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  async get(caller: Caller, childId: string): Promise<ChildResponse> {
    const child = await this.findOrAuditMissing(caller, childId, 'child.read');
    const { decision } = await this.gate.check(caller, 'child.read', child, {
      part: 'core',
      view: 'child.core',
    });
    if (!decision.allowed) throw childAccessError(decision.reason);
    return { child: toChild(child), access: decision.flagged ? { flagged: decision.flagged } : {} };
  }

  /** A missing child is audited too: probing for identifiers is itself worth a trace. */
  async findOrAuditMissing(
    caller: Caller,
    childId: string,
    action: string,
  ): Promise<ChildDocument & { _id: Types.ObjectId }> {
    const child = await childModel(this.connection).findById(childId).lean();
    if (child) return child;
    await this.audit.record({
      ...auditActor(caller),
      category: 'client_data',
      action,
      outcome: 'denied',
      denyReason: 'not_found',
      target: { type: 'child', id: childId },
    });
    throw new NotFoundError('No such child.');
  }

  private async listFilter(caller: Caller): Promise<QueryFilter<ChildDocument>> {
    const scope = childListScope(caller.user);
    if (scope.everything) return {};
    const or: QueryFilter<ChildDocument>[] = [];
    const teamIds = scope.teamIds
      .filter((id) => Types.ObjectId.isValid(id))
      .map((id) => new Types.ObjectId(id));
    if (teamIds.length) or.push({ teamId: { $in: teamIds } });
    if (scope.inspectorUserId && Types.ObjectId.isValid(scope.inspectorUserId)) {
      const assigned = await inspectorAssignmentModel(this.connection)
        .find({ inspectorUserId: new Types.ObjectId(scope.inspectorUserId), active: true })
        .distinct('childId');
      or.push({ _id: { $in: assigned } });
    }
    return or.length ? { $or: or } : { _id: { $in: [] } };
  }
}

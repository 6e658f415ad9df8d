import { Types, type QueryFilter } from 'mongoose';
import type { ChildListQuery } from '@keha/shared';
import type { ChildDocument } from './model.js';

/** The shape of a henkilötunnus (DDMMYY, century sign, individual number, check character). */
const IDENTITY_CODE_SHAPE = /^\d{6}[+\-YXWVUABCDEF]\d{3}[0-9A-Y]$/;

export interface ChildSearch {
  filter: QueryFilter<ChildDocument>;
  /** What the audit event keeps of the search: the name searched for, never an identity code. */
  purpose?: string;
  criteria: string[];
}

/**
 * `q` is a whole identity code (exact match) or the start of the first or last name, case-insensitive;
 * with several words each must start one of the names ("aino kor"). The filters narrow the need-to-know
 * scope, never widen it: the caller's own scope is applied on top of this filter.
 */
export function childSearch(query: ChildListQuery): ChildSearch {
  const and: QueryFilter<ChildDocument>[] = [];
  const criteria: string[] = [];
  let purpose: string | undefined;
  if (query.q) {
    const code = query.q.toUpperCase();
    if (IDENTITY_CODE_SHAPE.test(code)) {
      and.push({ identityCode: code });
      purpose = 'Search by identity code';
    } else {
      for (const word of query.q.split(/\s+/).filter(Boolean)) {
        const prefix = new RegExp(`^${escapeRegExp(word)}`, 'i');
        and.push({ $or: [{ firstName: prefix }, { lastName: prefix }] });
      }
      purpose = `Search by name: ${query.q}`;
    }
    criteria.push('q');
  }
  if (query.status) {
    and.push({ status: query.status });
    criteria.push(`status=${query.status}`);
  }
  if (query.teamId) {
    and.push({ teamId: new Types.ObjectId(query.teamId) });
    criteria.push(`teamId=${query.teamId}`);
  }
  if (query.namedSocialWorkerId) {
    and.push({ namedSocialWorkerId: new Types.ObjectId(query.namedSocialWorkerId) });
    criteria.push(`namedSocialWorkerId=${query.namedSocialWorkerId}`);
  }
  return { filter: and.length ? { $and: and } : {}, ...(purpose ? { purpose } : {}), criteria };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

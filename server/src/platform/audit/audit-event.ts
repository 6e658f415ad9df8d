import type { Collection, Connection } from 'mongoose';
import type { AccessFlag, DenyReason, Role } from '@keha/shared';
import { canonicalJson, sha256Hex } from './canonical.js';

/** Kept 12 years (ATL 10 §): there is deliberately no TTL index on this collection. */
export const AUDIT_COLLECTION = 'auditevents';

export type AuditCategory = 'client_data' | 'administration' | 'access_review';

/** What a service tells the writer; the writer adds time, sequence and hashes. */
export interface AuditEventInput {
  actor: { userId: string; username: string; roles: Role[] };
  ip: string;
  category: AuditCategory;
  /** The action as named by the policy or the admin API, e.g. `child.read`, `admin.user.create`. */
  action: string;
  outcome: 'allowed' | 'denied';
  denyReason?: DenyReason | string;
  flagged?: AccessFlag;
  /** Whose data (for client data); the access log report of a child is a query on this. */
  childId?: string;
  /** Every child shown by a list view, so each child's access log includes the lists it appeared in. */
  childIds?: string[];
  /** The record or object touched, e.g. {type:'child', id} or {type:'user', id}. */
  target?: { type: string; id?: string };
  /** Which view or fields were shown or changed, e.g. `child.core` or `['roles','teamIds']`. */
  view?: string;
  fields?: string[];
  /** Why: the reason given for break-the-glass or supervisor access, or the export's purpose. */
  purpose?: string;
  grantId?: string;
}

export interface AuditEvent extends AuditEventInput {
  partition: string;
  seq: number;
  at: Date;
  prevHash: string;
  hash: string;
}

/** The hash covers every field of the event except the hash itself (and the database's _id). */
export function hashAuditEvent(event: Omit<AuditEvent, 'hash'>): string {
  const { _id, hash, ...content } = event as Omit<AuditEvent, 'hash'> & { _id?: unknown; hash?: string };
  void _id;
  void hash;
  return sha256Hex(canonicalJson(content));
}

/** One partition per UTC day: a chain stays short to verify, and a day is a natural unit to archive. */
export function partitionOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function auditCollection(connection: Connection): Collection<AuditEvent> {
  return connection.collection<AuditEvent>(AUDIT_COLLECTION);
}

/** (partition, seq) is unique: it is what serialises appends across server processes. */
export async function ensureAuditIndexes(connection: Connection): Promise<void> {
  const events = auditCollection(connection);
  await events.createIndex({ partition: 1, seq: 1 }, { unique: true, name: 'partition_seq_unique' });
  await events.createIndex({ childId: 1, at: 1 }, { name: 'child_at' });
  await events.createIndex({ childIds: 1, at: 1 }, { name: 'listed_child_at' });
  await events.createIndex({ grantId: 1 }, { name: 'grant' });
}

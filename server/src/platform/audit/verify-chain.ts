import type { Connection } from 'mongoose';
import { genesisHash } from './canonical.js';
import { auditCollection, hashAuditEvent, type AuditEvent } from './audit-event.js';

export interface AuditChainProblem {
  partition: string;
  seq: number;
  eventId: string;
  kind: 'edited' | 'missing_before' | 'broken_link';
  message: string;
}

export interface AuditChainReport {
  ok: boolean;
  partitions: number;
  events: number;
  problems: AuditChainProblem[];
}

/**
 * Walks every partition in sequence order and checks that each event's hash matches its content
 * (else it was edited), that sequence numbers have no gaps (else events were deleted), and that each
 * prevHash is the hash of the event before it (else events were deleted, inserted or reordered).
 * Limitation: deleting the newest events of a partition leaves a valid shorter chain; see SECURITY.md.
 */
export async function verifyAuditChain(connection: Connection): Promise<AuditChainReport> {
  const events = auditCollection(connection);
  const partitions = ((await events.distinct('partition')) as string[]).sort();
  const problems: AuditChainProblem[] = [];
  let count = 0;
  for (const partition of partitions) {
    let expectedSeq = 1;
    let previousHash = genesisHash(partition);
    const cursor = events.find({ partition }).sort({ seq: 1 });
    for await (const event of cursor) {
      count++;
      problems.push(...checkEvent(event as AuditEvent & { _id: unknown }, expectedSeq, previousHash));
      expectedSeq = event.seq + 1;
      previousHash = event.hash;
    }
  }
  return { ok: problems.length === 0, partitions: partitions.length, events: count, problems };
}

function checkEvent(
  event: AuditEvent & { _id: unknown },
  expectedSeq: number,
  previousHash: string,
): AuditChainProblem[] {
  const where = { partition: event.partition, seq: event.seq, eventId: String(event._id) };
  const problems: AuditChainProblem[] = [];
  if (hashAuditEvent(event) !== event.hash) {
    problems.push({
      ...where,
      kind: 'edited',
      message: 'The content does not match its hash: the event was edited.',
    });
  }
  if (event.seq !== expectedSeq) {
    problems.push({
      ...where,
      kind: 'missing_before',
      message: `Expected seq ${expectedSeq}: ${event.seq - expectedSeq} event(s) before this one are missing.`,
    });
  }
  if (event.prevHash !== previousHash) {
    problems.push({
      ...where,
      kind: 'broken_link',
      message: 'prevHash does not match the event before it: events were deleted, inserted or reordered.',
    });
  }
  return problems;
}

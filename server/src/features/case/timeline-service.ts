import type { Connection } from 'mongoose';
import type { timelineQuerySchema, TimelineResponse } from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import type { CaseAccess } from './case-access.js';
import { newestFirst, parseCursor } from './timeline-cursor.js';
import { timelineCandidates } from './timeline-sources.js';

type TimelineQuery = z.infer<typeof timelineQuerySchema>;

/**
 * Everything that happened in a child's case, newest first: current event versions (corrected ones
 * flagged), plan versions, the child's views, safety statements and scores, and tasks. Each page reads
 * at most `limit + 1` rows per collection, so a case with thousands of events pages as fast as a small one.
 */
export class TimelineService {
  constructor(
    private readonly connection: Connection,
    private readonly access: CaseAccess,
  ) {}

  async page(caller: Caller, childId: string, query: TimelineQuery): Promise<TimelineResponse> {
    const cursor = query.before ? parseCursor(query.before) : null;
    const { child } = await this.access.read(caller, childId, 'child.timeline');
    const candidates = await timelineCandidates(
      this.connection,
      child._id,
      [...new Set(query.kinds)],
      cursor,
      query.limit + 1,
    );
    const sorted = candidates.sort(newestFirst);
    const items = sorted.slice(0, query.limit);
    const nextCursor = sorted.length > query.limit ? items[items.length - 1]!.cursor : null;
    return { items, nextCursor };
  }
}

import type { Connection, Model, QueryFilter, Types } from 'mongoose';
import type { TimelineItem, TimelineKind } from '@keha/shared';
import { findingModel } from '../placements/findings/finding.model.js';
import { meetingRecordModel } from '../meetings/minutes.model.js';
import { childViewModel } from './child-view.model.js';
import { caseEventModel } from './event.model.js';
import { clientPlanModel } from './plan.model.js';
import { safetyScoreModel, safetyStatementModel } from './safety.model.js';
import { taskModel } from './task.model.js';
import { afterCursor, cursorOf, type TimelineKey } from './timeline-cursor.js';

type Row = Record<string, unknown> & { _id: Types.ObjectId; date: string };
/** What every timeline collection has: the child and a calendar date, indexed with `_id`. */
type Dated = { childId: Types.ObjectId; date: string };
const dated = (factory: (connection: Connection) => unknown) =>
  factory as (connection: Connection) => Model<Dated>;
type Fields = Omit<TimelineItem, 'kind' | 'id' | 'date' | 'cursor'>;

/** One collection that contributes items of one kind to a child's timeline. */
interface TimelineSource {
  kind: TimelineKind;
  model: (connection: Connection) => Model<Dated>;
  /** The field naming the child, when not `childId` (an array of children matches each of them). */
  childField?: string;
  /** Extra condition (current event versions only). */
  filter?: Record<string, unknown>;
  projection: Record<string, 1>;
  fields: (row: Row) => Fields;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const SOURCES: readonly TimelineSource[] = [
  {
    kind: 'event',
    model: dated(caseEventModel),
    filter: { current: true },
    projection: { type: 1, date: 1, version: 1, 'details.summary': 1, 'details.content': 1, authorName: 1 },
    fields: (row) => {
      const details = (row['details'] ?? {}) as { summary?: string; content?: string };
      return {
        code: text(row['type']),
        text: details.summary ?? details.content ?? '',
        authorName: text(row['authorName']),
        ...((row['version'] as number) > 1 ? { corrected: true } : {}),
      };
    },
  },
  {
    kind: 'plan',
    model: dated(clientPlanModel),
    projection: { date: 1, version: 1, 'goals.text': 1, authorName: 1 },
    fields: (row) => ({
      code: 'client_plan',
      text: ((row['goals'] ?? []) as { text: string }[]).map((g) => g.text).join('; '),
      authorName: text(row['authorName']),
    }),
  },
  {
    kind: 'child_view',
    model: dated(childViewModel),
    projection: { date: 1, method: 1, words: 1, notObtainedReason: 1, askedByName: 1 },
    fields: (row) => ({
      code: row['words'] ? text(row['method']) : 'not_obtained',
      text: text(row['words'] ?? row['notObtainedReason']),
      authorName: text(row['askedByName']),
    }),
  },
  {
    kind: 'safety',
    model: dated(safetyStatementModel),
    projection: { date: 1, kind: 1, text: 1, authorName: 1 },
    fields: (row) => ({
      code: text(row['kind']),
      text: text(row['text']),
      authorName: text(row['authorName']),
    }),
  },
  {
    kind: 'safety',
    model: dated(safetyScoreModel),
    projection: { date: 1, participant: 1, score: 1, authorName: 1 },
    fields: (row) => ({
      code: 'safety_score',
      text: `${text(row['participant'])}: ${String(row['score'])}/10`,
      authorName: text(row['authorName']),
    }),
  },
  {
    kind: 'task',
    model: dated(taskModel),
    projection: { date: 1, status: 1, title: 1, createdByName: 1 },
    fields: (row) => ({
      code: text(row['status']),
      text: text(row['title']),
      authorName: text(row['createdByName']),
    }),
  },
  {
    // Placement visit findings (issue 8): on the timeline of every child they concern.
    kind: 'finding',
    model: dated(findingModel),
    childField: 'childIds',
    projection: { date: 1, severity: 1, observation: 1, legalReference: 1, unitName: 1, inspectorName: 1 },
    fields: (row) => {
      const reference = text(row['legalReference']);
      return {
        code: text(row['severity']),
        text: `${text(row['unitName'])}: ${text(row['observation'])}${reference ? ` (${reference})` : ''}`,
        authorName: text(row['inspectorName']),
      };
    },
  },
  {
    // The child's part of a finalised team meeting and later addenda (issue 6).
    kind: 'meeting',
    model: dated(meetingRecordModel),
    projection: { date: 1, code: 1, text: 1, authorName: 1 },
    fields: (row) => ({
      code: text(row['code']),
      text: text(row['text']),
      authorName: text(row['authorName']),
    }),
  },
];

/**
 * Up to `limit` items of each requested kind after the cursor, each collection read newest first on
 * its (childId, date, _id) index; the caller merges them and cuts the page.
 */
export async function timelineCandidates(
  connection: Connection,
  childId: Types.ObjectId,
  kinds: readonly TimelineKind[],
  cursor: TimelineKey | null,
  limit: number,
): Promise<TimelineItem[]> {
  const sources = SOURCES.filter((source) => kinds.includes(source.kind));
  const lists = await Promise.all(
    sources.map(async (source) => {
      const filter = {
        [source.childField ?? 'childId']: childId,
        ...source.filter,
        ...afterCursor(source.kind, cursor),
      } as QueryFilter<Dated>;
      const rows = (await source
        .model(connection)
        .find(filter, source.projection)
        .sort({ date: -1, _id: -1 })
        .limit(limit)
        .lean()) as unknown as Row[];
      return rows.map((row) => {
        const key = { date: row.date, kind: source.kind, id: String(row._id) };
        return {
          kind: source.kind,
          id: key.id,
          date: key.date,
          cursor: cursorOf(key),
          ...source.fields(row),
        };
      });
    }),
  );
  return lists.flat();
}

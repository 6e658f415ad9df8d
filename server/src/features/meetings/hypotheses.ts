import type { Connection, Types } from 'mongoose';
import * as Y from 'yjs';
import { sharedTypeName, type HypothesisEntry, type HypothesisHistory } from '@keha/shared';
import { meetingModel } from './model.js';
import { minutesVersionModel } from './minutes.model.js';

/**
 * Hypotheses are kept across meetings: each finalised meeting's minutes hold the hypotheses about a
 * child as they stood then, and a new meeting's family item starts from the latest ones that were not
 * discarded, so the team sees how its thinking evolved.
 */
export async function hypothesisHistory(
  connection: Connection,
  childId: Types.ObjectId,
  before?: string,
): Promise<HypothesisHistory['items']> {
  const meetings = await meetingModel(connection)
    .find(
      { childIds: childId, status: 'finalised', ...(before ? { date: { $lt: before } } : {}) },
      { date: 1, minutesVersion: 1 },
    )
    .sort({ date: -1 })
    .lean();
  if (!meetings.length) return [];
  const versions = await minutesVersionModel(connection)
    .find({ $or: meetings.map((m) => ({ meetingId: m._id, version: m.minutesVersion })) })
    .lean();
  const byMeeting = new Map(versions.map((v) => [String(v.meetingId), v.minutes]));
  return meetings.flatMap((m) => {
    const minutes = byMeeting.get(String(m._id));
    if (!minutes) return [];
    const hypotheses = minutes.items
      .filter((i) => i.item.kind === 'family' && i.item.childIds.includes(String(childId)))
      .flatMap((i) => i.hypotheses);
    return hypotheses.length ? [{ meetingId: String(m._id), date: m.date, hypotheses }] : [];
  });
}

/** Writes the carried-over hypotheses into an empty hypotheses section of a family item. */
export function carryOver(doc: Y.Doc, itemId: string, hypotheses: readonly HypothesisEntry[]): void {
  const list = doc.getArray<Y.Map<unknown>>(sharedTypeName('hypotheses', itemId));
  if (list.length || !hypotheses.length) return;
  list.push(
    hypotheses.map((h) => {
      const entry = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(h)) if (value !== undefined) entry.set(key, value);
      return entry;
    }),
  );
}

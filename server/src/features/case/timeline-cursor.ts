import { Types } from 'mongoose';
import { isCalendarDate, TIMELINE_KINDS, type TimelineKind } from '@keha/shared';
import { ValidationError } from '../../platform/errors.js';

/**
 * The timeline is ordered newest first by (date, kind, id), all three descending; the cursor of an item
 * is `${date}|${kind}|${id}` and a page asks for the items strictly after it in that order. Ids are
 * ObjectId hex strings, which sort like the ObjectIds themselves.
 */
export interface TimelineKey {
  date: string;
  kind: TimelineKind;
  id: string;
}

export function cursorOf(key: TimelineKey): string {
  return `${key.date}|${key.kind}|${key.id}`;
}

export function parseCursor(cursor: string): TimelineKey {
  const [date, kind, id, ...rest] = cursor.split('|');
  const valid =
    rest.length === 0 &&
    date !== undefined &&
    isCalendarDate(date) &&
    (TIMELINE_KINDS as readonly string[]).includes(kind ?? '') &&
    /^[a-f0-9]{24}$/.test(id ?? '');
  if (!valid) throw new ValidationError([{ path: 'before', message: 'Not a timeline cursor.' }]);
  return { date: date!, kind: kind as TimelineKind, id: id! };
}

/** Newest first: a positive result puts `b` before `a`. */
export function newestFirst(a: TimelineKey, b: TimelineKey): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.kind !== b.kind) return a.kind < b.kind ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The query condition "after the cursor" for a collection whose items all have kind `kind`, so that
 * each collection is read from its (childId, date, _id) index with a limit instead of in full.
 */
export function afterCursor(kind: TimelineKind, cursor: TimelineKey | null): Record<string, unknown> {
  if (!cursor) return {};
  if (kind < cursor.kind) return { date: { $lte: cursor.date } };
  if (kind > cursor.kind) return { date: { $lt: cursor.date } };
  return {
    $or: [{ date: { $lt: cursor.date } }, { date: cursor.date, _id: { $lt: new Types.ObjectId(cursor.id) } }],
  };
}

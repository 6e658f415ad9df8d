import * as Y from 'yjs';

import { sharedTypeName } from '../data/meetings.model';

export type ListSection = 'hypotheses' | 'safety_scales' | 'action_points';
export type EntryJson = Record<string, unknown> & {
  id: string;
  updatedById?: string;
  updatedByName?: string;
  updatedAt?: string;
};
export interface Editor {
  id: string;
  name: string;
}

/** A structured section of an agenda item: `Y.Array<Y.Map>` (shared/src/meetings/meeting-notes.ts). */
export function entryList(doc: Y.Doc, section: ListSection, itemId: string): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(sharedTypeName(section, itemId));
}

export function entriesOf(list: Y.Array<Y.Map<unknown>>): EntryJson[] {
  return list
    .toArray()
    .filter((m): m is Y.Map<unknown> => m instanceof Y.Map)
    .map((m) => m.toJSON() as EntryJson)
    .filter((e) => typeof e.id === 'string');
}

const stamp = (map: Y.Map<unknown>, by: Editor) => {
  map.set('updatedById', by.id);
  map.set('updatedByName', by.name);
  map.set('updatedAt', new Date().toISOString());
};

/** Adds an entry; the map is filled inside one transaction (one update, one undo step). */
export function addEntry(list: Y.Array<Y.Map<unknown>>, fields: Record<string, unknown>, by: Editor): string {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  list.doc!.transact(() => {
    const map = new Y.Map<unknown>();
    list.push([map]);
    map.set('id', id);
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
    stamp(map, by);
  });
  return id;
}

/**
 * Sets one field of an entry and who changed it: concurrent edits of the same field resolve
 * last-writer-wins (Yjs map semantics) and the entry shows whose value won.
 */
export function setField(list: Y.Array<Y.Map<unknown>>, id: string, key: string, value: unknown, by: Editor) {
  const map = list.toArray().find((m) => m instanceof Y.Map && m.get('id') === id);
  if (!map || map.get(key) === value) return;
  list.doc!.transact(() => {
    if (value === undefined || value === '') map.delete(key);
    else map.set(key, value);
    stamp(map, by);
  });
}

export function removeEntry(list: Y.Array<Y.Map<unknown>>, id: string): void {
  const index = list.toArray().findIndex((m) => m instanceof Y.Map && m.get('id') === id);
  if (index >= 0) list.delete(index, 1);
}

/** Calls `fn` with the entries now and after every change (local or remote); returns the unsubscribe. */
export function watchEntries(list: Y.Array<Y.Map<unknown>>, fn: (entries: EntryJson[]) => void): () => void {
  const handler = () => fn(entriesOf(list));
  list.observeDeep(handler);
  handler();
  return () => list.unobserveDeep(handler);
}

/** Caret and presence colours: white caret labels on each keep WCAG AA contrast (4.5:1). */
export const USER_COLORS = [
  '#1565c0',
  '#2e7d32',
  '#ad1457',
  '#6a1b9a',
  '#b54700',
  '#00696f',
  '#5d4037',
  '#c62828',
];

/** A stable colour per user for carets and the presence list (6-digit hex, as y-tiptap requires). */
export function userColor(userId: string): string {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return USER_COLORS[Math.abs(hash) % USER_COLORS.length];
}

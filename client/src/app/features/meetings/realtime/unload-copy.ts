import { PendingUpdate } from './pending-updates';

type StoredJson = Omit<PendingUpdate, 'update'> & { update: string };

const unloadKey = (docName: string) => `keha-notes-unload:${docName}`;
const toJson = (row: PendingUpdate): StoredJson => ({
  ...row,
  update: btoa(Array.from(row.update, (b) => String.fromCharCode(b)).join('')),
});
const fromJson = (row: StoredJson): PendingUpdate => ({
  ...row,
  update: Uint8Array.from(atob(row.update), (c) => c.charCodeAt(0)),
});

/**
 * The page is going away (reload, close): IndexedDB writes still in flight may be cut off, so the
 * unacknowledged updates are also written synchronously to localStorage, read back on the next start.
 */
export function saveUnloadCopy(docName: string, rows: readonly PendingUpdate[]): void {
  try {
    localStorage.setItem(unloadKey(docName), JSON.stringify(rows.map(toJson)));
  } catch {
    // Over the storage quota: IndexedDB holds what it has.
  }
}

/** What the last page wrote as it went away (removed from localStorage: the caller stores it). */
export function takeUnloadCopy(docName: string): PendingUpdate[] {
  const key = unloadKey(docName);
  let saved: PendingUpdate[];
  try {
    saved = (JSON.parse(localStorage.getItem(key) ?? '[]') as StoredJson[]).map(fromJson);
  } catch {
    saved = [];
  }
  localStorage.removeItem(key);
  return saved.filter((row) => row.docName === docName);
}

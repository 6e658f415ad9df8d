import { Injectable } from '@angular/core';
import { DBSchema, IDBPDatabase, openDB } from 'idb';

/** One local change of a meeting's notes that the server has not acknowledged yet. */
export interface PendingUpdate {
  clientMutationId: string;
  docName: string;
  update: Uint8Array;
  /** Sent at least once: resent with the same id (the server answers a duplicate with the first ack). */
  sent: boolean;
  /** Orders the updates of a document (ms since epoch, then a counter). */
  order: number;
}

interface NotesDb extends DBSchema {
  pending: { key: string; value: PendingUpdate; indexes: { docName: string } };
}

export const NOTES_DB_NAME = 'keha-meeting-notes';

/**
 * The device copy of what was typed and not yet stored on the server (IndexedDB): every local change
 * lands here before it is sent and leaves only with its acknowledgement, so neither a lost connection
 * nor a reload loses it.
 */
@Injectable({ providedIn: 'root' })
export class PendingUpdates {
  private db: Promise<IDBPDatabase<NotesDb>> | null = null;

  /** Specs use their own database. */
  dbName = NOTES_DB_NAME;

  private open(): Promise<IDBPDatabase<NotesDb>> {
    this.db ??= openDB<NotesDb>(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore('pending', { keyPath: 'clientMutationId' }).createIndex('docName', 'docName');
      },
    });
    return this.db;
  }

  async all(docName: string): Promise<PendingUpdate[]> {
    const rows = await (await this.open()).getAllFromIndex('pending', 'docName', docName);
    return rows.sort((a, b) => a.order - b.order);
  }

  async put(update: PendingUpdate): Promise<void> {
    await (await this.open()).put('pending', update);
  }

  /** Puts `merged` and deletes the updates it replaces, in one transaction. */
  async replace(replaced: readonly string[], merged: PendingUpdate): Promise<void> {
    const tx = (await this.open()).transaction('pending', 'readwrite');
    await Promise.all([...replaced.map((id) => tx.store.delete(id)), tx.store.put(merged), tx.done]);
  }

  async delete(clientMutationId: string): Promise<void> {
    await (await this.open()).delete('pending', clientMutationId);
  }

  async close(): Promise<void> {
    if (this.db) (await this.db).close();
    this.db = null;
  }
}

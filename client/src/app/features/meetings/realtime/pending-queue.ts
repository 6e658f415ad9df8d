import { signal } from '@angular/core';
import * as Y from 'yjs';

import { MAX_UPDATE_BYTES } from '../data/meetings.model';
import { PendingUpdate, PendingUpdates } from './pending-updates';
import { saveUnloadCopy, takeUnloadCopy } from './unload-copy';

const uuid = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 14)}`;

/**
 * The local changes of one notes document that the server has not acknowledged yet: in memory for
 * sending, and on the device (IndexedDB, plus a synchronous copy as the page goes away) until the ack.
 */
export class PendingQueue {
  private readonly rows = new Map<string, PendingUpdate>();
  private writes: Promise<unknown> = Promise.resolve();
  private order = 0;
  private docName = '';
  /** How many local changes the server has not acknowledged yet. */
  readonly count = signal(0);

  constructor(private readonly store: PendingUpdates) {}

  get size(): number {
    return this.rows.size;
  }

  /**
   * The rows this device still holds for `docName` (IndexedDB and the last page's unload copy, which
   * moves into IndexedDB), in order; they count as sent once, so resends keep their ids.
   */
  async restore(docName: string): Promise<PendingUpdate[]> {
    this.docName = docName;
    const rows = await this.store.all(docName);
    const known = new Set(rows.map((r) => r.clientMutationId));
    for (const row of takeUnloadCopy(docName).filter((r) => !known.has(r.clientMutationId))) {
      await this.store.put(row);
      rows.push(row);
    }
    rows.sort((a, b) => a.order - b.order);
    for (const row of rows) {
      this.rows.set(row.clientMutationId, { ...row, sent: true });
      this.order = Math.max(this.order, row.order);
    }
    this.count.set(this.rows.size);
    return rows;
  }

  /** A local change: kept in memory and written to IndexedDB at once (not chained behind earlier writes). */
  add(update: Uint8Array): void {
    const row: PendingUpdate = {
      clientMutationId: uuid(),
      docName: this.docName,
      update,
      sent: false,
      order: ++this.order,
    };
    this.rows.set(row.clientMutationId, row);
    this.count.set(this.rows.size);
    // Each put starts at once: a reload right after a keystroke finds it stored.
    this.writes = Promise.all([this.writes, this.store.put(row).catch(() => undefined)]);
  }

  /** Resolves when every IndexedDB write started so far is done. */
  stored(): Promise<unknown> {
    return this.writes;
  }

  /** The rows not on their way now, in order. */
  idle(inFlight: ReadonlySet<string>): PendingUpdate[] {
    return [...this.rows.values()]
      .filter((p) => !inFlight.has(p.clientMutationId))
      .sort((a, b) => a.order - b.order);
  }

  /** Merges rows (Y.mergeUpdates) under new ids, in parts well below the server's size limit. */
  async merge(rows: PendingUpdate[]): Promise<PendingUpdate[]> {
    const parts: PendingUpdate[][] = [];
    let size = Infinity;
    for (const row of rows) {
      if (size + row.update.byteLength > MAX_UPDATE_BYTES / 2) {
        parts.push([]);
        size = 0;
      }
      parts.at(-1)!.push(row);
      size += row.update.byteLength;
    }
    const merged: PendingUpdate[] = [];
    for (const part of parts) {
      if (part.length === 1) {
        merged.push(part[0]);
        continue;
      }
      const row: PendingUpdate = {
        clientMutationId: uuid(),
        docName: this.docName,
        update: Y.mergeUpdates(part.map((p) => p.update)),
        sent: false,
        order: part[0].order,
      };
      await this.store.replace(
        part.map((p) => p.clientMutationId),
        row,
      );
      for (const p of part) this.rows.delete(p.clientMutationId);
      this.rows.set(row.clientMutationId, row);
      merged.push(row);
    }
    this.count.set(this.rows.size);
    return merged;
  }

  /** The server stored it: it leaves memory and the device. */
  async acknowledged(clientMutationId: string): Promise<void> {
    this.rows.delete(clientMutationId);
    this.count.set(this.rows.size);
    await this.writes;
    await this.store.delete(clientMutationId);
  }

  /** The synchronous copy for a page that is going away (see unload-copy.ts). */
  saveUnloadCopy(): void {
    if (this.rows.size && this.docName) saveUnloadCopy(this.docName, [...this.rows.values()]);
  }
}

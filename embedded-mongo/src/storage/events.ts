/**
 * Change-event hook for change streams.
 *
 * `storage.events` (a ChangeEventHub) emits one `'change'` event per changed document / DDL action,
 * AFTER the commit holding it is durable, in commit order. Every event carries a strictly increasing
 * `seq` (starting at 1 per process) and the commit's cluster time (a bson Timestamp shared by all
 * events of one commit, `txnOpIndex` distinguishes them). Usage:
 *
 *   storage.events.on('change', (e: ChangeEvent) => { ... });
 *
 * Documents in events are in wire form (bson-serialisable: Double / Long restored) and must not be
 * mutated by listeners. Events are only built while at least one listener is attached.
 */
import { EventEmitter } from 'node:events';
import type { Document, Timestamp } from 'bson';

export type OperationType =
  'insert' | 'update' | 'replace' | 'delete' | 'drop' | 'rename' | 'dropDatabase' | 'invalidate';

export interface ChangeEvent {
  seq: number;
  operationType: OperationType;
  ns: { db: string; coll?: string };
  /** For 'rename': the new namespace. */
  to?: { db: string; coll: string };
  documentKey?: { _id: unknown };
  fullDocument?: Document;
  /** Image before the change (update/replace/delete), for fullDocumentBeforeChange. */
  fullDocumentBeforeChange?: Document;
  updateDescription?: {
    updatedFields: Document;
    removedFields: string[];
    truncatedArrays: Array<{ field: string; newSize: number }>;
  };
  clusterTime: Timestamp;
  /** Position of this event inside its commit. */
  txnOpIndex: number;
  txnNumber?: unknown;
  lsid?: Document;
  wallTime: Date;
}

/** An event before the commit assigns seq / clusterTime. */
export type PendingEvent = Omit<ChangeEvent, 'seq' | 'clusterTime' | 'txnOpIndex' | 'wallTime'>;

export class ChangeEventHub extends EventEmitter {
  private seq = 0;

  get active(): boolean {
    return this.listenerCount('change') > 0;
  }

  publish(events: PendingEvent[], clusterTime: Timestamp): void {
    const wallTime = new Date();
    events.forEach((e, i) => {
      const full: ChangeEvent = { ...e, seq: ++this.seq, clusterTime, txnOpIndex: i, wallTime };
      this.emit('change', full);
    });
  }
}

/** Shapes hook events into the change documents a stream returns, and decides which a stream sees. */
import type { Document } from 'bson';
import type { ChangeEvent } from '../storage/events.js';
import { makeToken } from './tokens.js';

export interface StreamScope {
  db?: string;
  coll?: string;
}

export interface StreamOptions {
  fullDocument: 'default' | 'updateLookup' | 'whenAvailable' | 'required';
  fullDocumentBeforeChange: 'off' | 'whenAvailable' | 'required';
  showExpandedEvents: boolean;
}

/** Whether the event concerns the stream's namespace. */
export function inScope(event: ChangeEvent, scope: StreamScope): boolean {
  if (scope.db === undefined) return true;
  if (event.ns.db !== scope.db) return false;
  if (scope.coll === undefined) return true;
  if (event.operationType === 'dropDatabase') return true;
  return event.ns.coll === scope.coll;
}

/** Events that end a stream: dropping / renaming its collection, dropping its database. */
export function invalidates(event: ChangeEvent, scope: StreamScope): boolean {
  if (scope.db === undefined) return false;
  if (scope.coll !== undefined)
    return (
      event.operationType === 'drop' ||
      event.operationType === 'rename' ||
      event.operationType === 'dropDatabase'
    );
  return event.operationType === 'dropDatabase';
}

export function changeDocument(
  event: ChangeEvent,
  options: StreamOptions,
  lookup: (db: string, coll: string, id: unknown) => Document | null,
): Document {
  const doc: Document = {
    _id: makeToken(event.clusterTime, event.seq),
    operationType: event.operationType,
    clusterTime: event.clusterTime,
    wallTime: event.wallTime,
  };
  if (event.operationType !== 'invalidate')
    doc.ns = event.ns.coll === undefined ? { db: event.ns.db } : { db: event.ns.db, coll: event.ns.coll };
  if (event.to) doc.to = event.to;
  if (event.documentKey) doc.documentKey = event.documentKey;
  if (event.updateDescription) doc.updateDescription = event.updateDescription;
  switch (event.operationType) {
    case 'insert':
    case 'replace':
      doc.fullDocument = event.fullDocument;
      break;
    case 'update':
      if (options.fullDocument === 'updateLookup') {
        doc.fullDocument = lookup(event.ns.db, event.ns.coll!, event.documentKey!._id);
      } else if (options.fullDocument !== 'default') {
        doc.fullDocument = event.fullDocument ?? null;
      }
      break;
  }
  if (
    options.fullDocumentBeforeChange !== 'off' &&
    ['update', 'replace', 'delete'].includes(event.operationType)
  ) {
    doc.fullDocumentBeforeChange = event.fullDocumentBeforeChange ?? null;
  }
  if (event.txnNumber !== undefined) doc.txnNumber = event.txnNumber;
  if (event.lsid) doc.lsid = event.lsid;
  return doc;
}

export function invalidateDocument(after: ChangeEvent): Document {
  return {
    _id: makeToken(after.clusterTime, after.seq),
    operationType: 'invalidate',
    clusterTime: after.clusterTime,
    wallTime: after.wallTime,
  };
}

/** Rebuilds in-memory state from journal / snapshot ops during startup. */
import type { Document } from 'bson';
import type { JournalOp } from '../persistence/types.js';
import { normalizeValue } from '../bson/values.js';
import { canonicalKey } from '../bson/compare.js';
import { IndexStore } from './index-store.js';
import { makeRecord } from './collection.js';
import { newBatch, type Storage } from './storage.js';

export function applyJournalOp(storage: Storage, op: JournalOp): void {
  const scratch = newBatch();
  switch (op.op) {
    case 'createCollection':
      if (!storage.collection(op.db, op.coll))
        storage.createCollection(op.db, op.coll, normalizeValue(op.options ?? {}) as Document, scratch);
      return;
    case 'dropCollection':
      storage.dropCollection(op.db, op.coll, scratch);
      return;
    case 'dropDatabase':
      storage.dropDatabase(op.db, scratch);
      return;
    case 'renameCollection':
      storage.renameCollection(op.db, op.coll, op.toDb, op.toColl, true, scratch);
      return;
    case 'collMod': {
      const coll = storage.collection(op.db, op.coll);
      if (!coll) return;
      const options = normalizeValue(op.options) as Document;
      const { index, ...rest } = options;
      coll.setOptions({ ...coll.options, ...rest });
      for (const i of coll.indexes.values()) {
        if (!index || i.name !== index.name) continue;
        if (index.expireAfterSeconds !== undefined) i.spec.expireAfterSeconds = index.expireAfterSeconds;
        if (index.hidden === true) i.spec.hidden = true;
        if (index.hidden === false) delete i.spec.hidden;
      }
      return;
    }
    case 'createIndex': {
      const coll = storage.ensureCollection(op.db, op.coll, scratch);
      const spec = normalizeValue(op.spec) as Document;
      if (!coll.indexes.has(spec.name)) coll.addIndex(new IndexStore(spec));
      return;
    }
    case 'dropIndex':
      storage.collection(op.db, op.coll)?.indexes.delete(op.name);
      return;
    case 'put': {
      const coll = storage.ensureCollection(op.db, op.coll, scratch);
      coll.put(makeRecord(normalizeValue(op.doc) as Document, ++storage.version), false);
      return;
    }
    case 'delete': {
      const coll = storage.collection(op.db, op.coll);
      coll?.delete(canonicalKey(normalizeValue(op.id)), ++storage.version, false);
      return;
    }
  }
}

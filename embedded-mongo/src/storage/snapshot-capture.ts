/**
 * What a persistence snapshot writes, captured at the cut (Persistence.snapshot): per collection its
 * namespace, copies of its options and index specs, and the list of its record references. That is
 * O(records) pointer copies (~25 ms per million documents) and no serialisation; the snapshot writer
 * serialises the capture later, a chunk at a time, while the engine keeps writing.
 *
 * Why the capture still yields exactly the state of the cut, however late it is read:
 * - A stored document is never written into. Every write puts a new DocRecord holding a new document
 *   (Storage.insertDoc / replaceDoc via makeRecord; operator updates apply to a cloneDoc copy, pipeline
 *   updates and mingo-delegated projections get copies, update-apply.ts / projection.ts), a delete only
 *   removes the map entry, indexes store keys rather than documents, and toWire / toPlain copy what
 *   they convert. Cursors and transaction snapshots rely on the same immutability (collection.ts).
 * - What does change is taken by value now: the records map (its values are copied into an array), a
 *   collection's db and name (renameCollection reassigns them), its options (setOptions replaces the
 *   object, copied anyway) and its index specs (collMod edits `hidden` / `expireAfterSeconds` in place).
 *   Collections and indexes created, dropped or renamed after the cut are not in the capture: those
 *   changes are journalled after the cut and replayed on top of the snapshot.
 */
import type { Document } from 'bson';
import { cloneDoc, toWire } from '../bson/values.js';
import type { JournalOp } from '../persistence/types.js';
import type { Collection, DocRecord } from './collection.js';

interface CapturedCollection {
  db: string;
  name: string;
  options: Document;
  indexSpecs: Document[];
  records: DocRecord[];
}

/** Captures `dbs` now; the returned ops rebuild that state from nothing whenever they are iterated. */
export function captureState(dbs: ReadonlyMap<string, ReadonlyMap<string, Collection>>): Iterable<JournalOp> {
  const captured: CapturedCollection[] = [];
  for (const [db, colls] of dbs) {
    for (const [name, coll] of colls) {
      captured.push({
        db,
        name,
        options: cloneDoc(toWire(coll.options)) as Document,
        indexSpecs: [...coll.indexes.values()]
          .filter((index) => !index.isIdIndex)
          .map((index) => cloneDoc(toWire(index.spec)) as Document),
        records: [...coll.records.values()],
      });
    }
  }
  return opsOf(captured);
}

function* opsOf(captured: CapturedCollection[]): Iterable<JournalOp> {
  for (const { db, name, options, indexSpecs, records } of captured) {
    yield { op: 'createCollection', db, coll: name, options };
    for (const spec of indexSpecs) yield { op: 'createIndex', db, coll: name, spec };
    for (const record of records) yield { op: 'put', db, coll: name, doc: toWire(record.doc) as Document };
  }
}

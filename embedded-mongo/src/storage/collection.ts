/**
 * A collection: records keyed by canonical _id, plus its indexes. Records are immutable: a write
 * replaces the record object, so cursors and transaction snapshots can keep references safely.
 */
import type { Document } from 'bson';
import { canonicalKey } from '../bson/compare.js';
import { hasTypedValues, toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { IndexStore } from './index-store.js';
import { formatDupKey } from './dup-key.js';
import { compileValidator, type Validator } from './validation.js';

export interface DocRecord {
  readonly rid: string;
  readonly doc: Document;
  /** Whether `doc` holds boxed numbers (then queries must use `plainOf`). */
  readonly typed: boolean;
  /** Commit version that produced this image. */
  readonly version: number;
}

/** The image of a record that was visible during [from, until), kept for open transactions. */
export interface HistoryEntry {
  from: number;
  until: number;
  doc: DocRecord | null;
}

export function plainOf(record: DocRecord): Document {
  return record.typed ? (toPlain(record.doc) as Document) : record.doc;
}

export function makeRecord(doc: Document, version: number): DocRecord {
  return { rid: canonicalKey(doc._id), doc, typed: hasTypedValues(doc), version };
}

export class Collection {
  readonly records = new Map<string, DocRecord>();
  readonly indexes = new Map<string, IndexStore>();
  /** Previous images per record id, only kept while transactions are open. */
  readonly history = new Map<string, HistoryEntry[]>();
  /** Version at which this collection was created (transactions older than this do not see it). */
  createdVersion = 0;

  private validator?: Validator;

  constructor(
    public db: string,
    public name: string,
    public options: Document = {},
  ) {
    this.indexes.set('_id_', new IndexStore({ v: 2, key: { _id: 1 }, name: '_id_' }));
    this.validator = compileValidator(options);
  }

  /** Replaces validation-related options (validates them first). */
  setOptions(options: Document): void {
    const validator = compileValidator(options);
    this.options = options;
    this.validator = validator;
  }

  /** Throws DocumentValidationFailure (121) when a validator rejects the new image. */
  validate(doc: Document, previous?: DocRecord): void {
    if (!this.validator) return;
    const plain = makeRecord(doc, 0);
    this.validator(plainOf(plain), previous && plainOf(previous), doc, previous?.doc);
  }

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  get idIndex(): IndexStore {
    return this.indexes.get('_id_')!;
  }

  /** Computes every index's keys for `record`, checking unique constraints against other records. */
  private keysChecked(record: DocRecord): Map<IndexStore, unknown[][]> {
    const result = new Map<IndexStore, unknown[][]>();
    let plain: Document | undefined;
    const plainDoc = () => (plain ??= plainOf(record));
    for (const index of this.indexes.values()) {
      const keys = index.keysFor(record.doc, plainDoc);
      // _id uniqueness is already guaranteed by the records map (canonical keys).
      if (index.unique && !index.isIdIndex) {
        for (const key of keys) {
          if (index.findDuplicate(key, record.rid) !== undefined) throw this.duplicateKey(index, key);
        }
      }
      result.set(index, keys);
    }
    return result;
  }

  private keysOf(record: DocRecord): Map<IndexStore, unknown[][]> {
    const result = new Map<IndexStore, unknown[][]>();
    let plain: Document | undefined;
    for (const index of this.indexes.values()) {
      result.set(
        index,
        index.keysFor(record.doc, () => (plain ??= plainOf(record))),
      );
    }
    return result;
  }

  duplicateKey(index: IndexStore, key: unknown[]): CommandError {
    const keyValue: Document = {};
    index.fields.forEach((f, i) => (keyValue[f] = key[i] ?? null));
    const keyPattern: Document = {};
    index.fields.forEach((f, i) => (keyPattern[f] = index.directions[i]));
    return new CommandError(
      11000,
      `E11000 duplicate key error collection: ${this.ns} index: ${index.name} dup key: ${formatDupKey(keyValue)}`,
      'DuplicateKey',
      undefined,
      { keyPattern, keyValue },
    );
  }

  private remember(
    rid: string,
    previous: DocRecord | undefined,
    version: number,
    keepHistory: boolean,
  ): void {
    if (!keepHistory) return;
    const list = this.history.get(rid) ?? [];
    list.push({ from: previous ? previous.version : 0, until: version, doc: previous ?? null });
    this.history.set(rid, list);
  }

  /** Inserts or replaces the record with this _id; throws 11000 before changing anything. */
  put(record: DocRecord, keepHistory: boolean): DocRecord | undefined {
    const previous = this.records.get(record.rid);
    const newKeys = this.keysChecked(record);
    if (previous) {
      const oldKeys = this.keysOf(previous);
      for (const [index, keys] of oldKeys) index.remove(keys, previous.rid);
    }
    for (const [index, keys] of newKeys) index.add(keys, record.rid);
    this.records.set(record.rid, record);
    this.remember(record.rid, previous, record.version, keepHistory);
    return previous;
  }

  delete(rid: string, version: number, keepHistory: boolean): DocRecord | undefined {
    const previous = this.records.get(rid);
    if (!previous) return undefined;
    for (const [index, keys] of this.keysOf(previous)) index.remove(keys, rid);
    this.records.delete(rid);
    this.remember(rid, previous, version, keepHistory);
    return previous;
  }

  /** Builds a new index over existing records; fails with 11000 on existing duplicates. */
  addIndex(index: IndexStore): void {
    let plain: Document | undefined;
    for (const record of this.records.values()) {
      plain = undefined;
      const keys = index.keysFor(record.doc, () => (plain ??= plainOf(record)));
      if (index.unique) {
        for (const key of keys) {
          if (index.findDuplicate(key, record.rid) !== undefined) throw this.duplicateKey(index, key);
        }
      }
      index.add(keys, record.rid);
    }
    this.indexes.set(index.name, index);
  }

  clearHistory(): void {
    this.history.clear();
  }
}

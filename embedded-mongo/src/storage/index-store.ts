/**
 * One secondary (or _id) index: key pattern, options and a sorted list of (key tuple, record id)
 * entries ordered by MongoDB's BSON comparison with each field's direction.
 */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { compareValues } from '../bson/compare.js';
import { toPlain } from '../bson/values.js';
import { SortedList } from './sorted-list.js';
import { indexKeys } from './keys.js';

export interface IndexEntry {
  key: unknown[];
  /** Canonical _id key of the record. */
  rid: string;
}

export class IndexStore {
  readonly name: string;
  readonly fields: string[];
  readonly directions: number[];
  readonly unique: boolean;
  readonly sparse: boolean;
  readonly partial?: Query;
  multikey = false;
  /** Per key field: whether some document had an array on its path (bounds on it stay one-sided). */
  readonly multikeyFields: boolean[];
  readonly entries: SortedList<IndexEntry>;

  constructor(readonly spec: Document) {
    this.name = spec.name;
    this.fields = Object.keys(spec.key);
    this.multikeyFields = this.fields.map(() => false);
    this.directions = this.fields.map((f) => (Number(toPlain(spec.key[f])) < 0 ? -1 : 1));
    this.unique = !!spec.unique || this.name === '_id_';
    this.sparse = !!spec.sparse;
    if (spec.partialFilterExpression)
      this.partial = new Query(toPlain(spec.partialFilterExpression) as Document);
    this.entries = new SortedList<IndexEntry>(
      (a, b) => this.compareKeys(a.key, b.key) || cmpRid(a.rid, b.rid),
    );
  }

  get isIdIndex(): boolean {
    return this.name === '_id_';
  }

  get expireAfterSeconds(): number | undefined {
    const v = this.spec.expireAfterSeconds;
    return v === undefined ? undefined : Number(toPlain(v));
  }

  compareKeys(a: unknown[], b: unknown[]): number {
    for (let i = 0; i < a.length; i++) {
      const c = compareValues(a[i], b[i]);
      if (c) return c * this.directions[i];
    }
    return 0;
  }

  /** Keys this document contributes, or none if sparse/partial exclude it. */
  keysFor(doc: Document, plain: () => Document): unknown[][] {
    if (this.partial && !this.partial.test(plain())) return [];
    const { keys, multikey, multikeyFields } = indexKeys(doc, this.fields);
    if (this.sparse && keys.every((k) => k.every((v) => v === null || v === undefined))) {
      // Sparse indexes skip documents that lack every indexed field (null values still count).
      if (this.fields.every((f) => !hasField(doc, f))) return [];
    }
    if (multikey) {
      this.multikey = true;
      multikeyFields?.forEach((m, f) => m && (this.multikeyFields[f] = true));
      if (!multikeyFields) this.multikeyFields[0] = true;
    }
    return keys;
  }

  add(keys: unknown[][], rid: string): void {
    for (const key of keys) this.entries.insert({ key, rid });
  }

  remove(keys: unknown[][], rid: string): void {
    for (const key of keys) this.entries.remove({ key, rid });
  }

  /** Record ids holding exactly this key, other than `exceptRid`. */
  findDuplicate(key: unknown[], exceptRid: string): string | undefined {
    const from = this.entries.lowerBound({ key, rid: '' }, (a, b) => this.compareKeys(a.key, b.key));
    for (const e of this.entries.forward(from)) {
      if (this.compareKeys(e.key, key) !== 0) return undefined;
      if (e.rid !== exceptRid) return e.rid;
    }
    return undefined;
  }
}

function cmpRid(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hasField(doc: Document, path: string): boolean {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(part in (cur as object))) return false;
    cur = (cur as Document)[part];
  }
  return true;
}

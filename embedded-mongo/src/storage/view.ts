/**
 * What a reader sees of a collection. Outside transactions that is the current state; inside a
 * transaction it is the snapshot taken at its first statement plus its own uncommitted writes.
 */
import type { Collection, DocRecord } from './collection.js';

export interface ReadView {
  /** The record with this id as this reader sees it, or undefined when invisible / absent. */
  visible(coll: Collection, rid: string): DocRecord | undefined;
  /**
   * Record ids an index scan over the current state might miss for this reader (records changed
   * after its snapshot or written by its transaction). Empty outside transactions.
   */
  extraRids(coll: Collection): Iterable<string>;
}

export const CURRENT_VIEW: ReadView = {
  visible: (coll, rid) => coll.records.get(rid),
  extraRids: () => [],
};

/**
 * An ordered multiset kept as a list of bounded sorted chunks (a flat B+tree): binary search over the
 * chunks' last elements, then within the chunk. Inserts and removals move at most CHUNK elements, so
 * random-order inserts stay O(log n + CHUNK) instead of the O(n) of one big sorted array.
 */
const CHUNK = 512;

export type Comparator<T> = (a: T, b: T) => number;

/** A position inside the list: chunk index and offset within that chunk. */
export interface Cursor {
  chunk: number;
  offset: number;
}

export class SortedList<T> {
  private chunks: T[][] = [];
  private count = 0;

  constructor(private readonly cmp: Comparator<T>) {}

  get size(): number {
    return this.count;
  }

  /** First chunk whose last element is >= probe (by `cmp`), or the last chunk. */
  private chunkFor(probe: T, cmp: Comparator<T>): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.chunks[mid];
      if (cmp(chunk[chunk.length - 1], probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private static lowerIn<T>(chunk: T[], probe: T, cmp: Comparator<T>): number {
    let lo = 0;
    let hi = chunk.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(chunk[mid], probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(item: T): void {
    this.count++;
    if (this.chunks.length === 0) {
      this.chunks.push([item]);
      return;
    }
    const ci = this.chunkFor(item, this.cmp);
    const chunk = this.chunks[ci];
    const at = SortedList.lowerIn(chunk, item, this.cmp);
    if (at === chunk.length) chunk.push(item);
    else chunk.splice(at, 0, item);
    if (chunk.length > CHUNK * 2) this.chunks.splice(ci + 1, 0, chunk.splice(CHUNK));
  }

  /** Removes one element comparing equal to `item`; returns whether one was found. */
  remove(item: T): boolean {
    if (this.chunks.length === 0) return false;
    const ci = this.chunkFor(item, this.cmp);
    const chunk = this.chunks[ci];
    const at = SortedList.lowerIn(chunk, item, this.cmp);
    if (at >= chunk.length || this.cmp(chunk[at], item) !== 0) return false;
    chunk.splice(at, 1);
    this.count--;
    if (chunk.length === 0) this.chunks.splice(ci, 1);
    return true;
  }

  /** Position of the first element with `cmp(element, probe) >= 0` for a caller-chosen comparator. */
  lowerBound(probe: T, cmp: Comparator<T> = this.cmp): Cursor {
    if (this.chunks.length === 0) return { chunk: 0, offset: 0 };
    const ci = this.chunkFor(probe, cmp);
    const offset = SortedList.lowerIn(this.chunks[ci], probe, cmp);
    return offset >= this.chunks[ci].length ? { chunk: ci + 1, offset: 0 } : { chunk: ci, offset };
  }

  /** Iterates forward from `from` (default: the start). */
  *forward(from: Cursor = { chunk: 0, offset: 0 }): IterableIterator<T> {
    for (let c = from.chunk, o = from.offset; c < this.chunks.length; c++, o = 0) {
      const chunk = this.chunks[c];
      for (; o < chunk.length; o++) yield chunk[o];
    }
  }

  /** Iterates backward starting just before `before` (default: from the end). */
  *backward(before?: Cursor): IterableIterator<T> {
    let c = before ? before.chunk : this.chunks.length;
    let o = before ? before.offset - 1 : -1;
    if (o < 0) {
      c--;
      o = c >= 0 && c < this.chunks.length ? this.chunks[c].length - 1 : -1;
    }
    for (; c >= 0; c--) {
      const chunk = this.chunks[c];
      if (o < 0) o = chunk.length - 1;
      for (; o >= 0; o--) yield chunk[o];
    }
  }

  clear(): void {
    this.chunks = [];
    this.count = 0;
  }
}

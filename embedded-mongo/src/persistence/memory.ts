/** Persistence used when the engine runs without a dbPath: nothing is stored, every call succeeds. */
import type { JournalOp, Persistence } from './types.js';

export class MemoryPersistence implements Persistence {
  async open(_apply: (op: JournalOp) => void): Promise<void> {}
  async commit(_ops: JournalOp[]): Promise<void> {}
  wantsSnapshot(): boolean {
    return false;
  }
  async snapshot(_dump: () => Iterable<JournalOp>): Promise<void> {}
  async close(): Promise<void> {}
}

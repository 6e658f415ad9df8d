/**
 * TTL monitor: periodically deletes documents whose TTL-indexed date field is older than
 * expireAfterSeconds, through the normal (journaled, event-publishing) write path.
 */
import { newBatch, type Storage } from './storage.js';
import { readCollection } from '../query/read.js';
import { CURRENT_VIEW } from './view.js';

export async function sweepExpired(storage: Storage, now = Date.now()): Promise<number> {
  const batch = newBatch();
  let deleted = 0;
  for (const colls of storage.dbs.values()) {
    for (const coll of colls.values()) {
      for (const index of coll.indexes.values()) {
        const ttl = index.expireAfterSeconds;
        if (ttl === undefined || index.fields.length !== 1) continue;
        const cutoff = new Date(now - ttl * 1000);
        const { records } = readCollection(coll, CURRENT_VIEW, {
          filter: { [index.fields[0]]: { $lt: cutoff } },
        });
        for (const record of records) {
          if (!coll.records.has(record.rid)) continue;
          storage.deleteDoc(coll, record, batch);
          deleted++;
        }
      }
    }
  }
  await storage.commit(batch);
  return deleted;
}

/** Starts the periodic sweep; the timer never keeps the process alive. Returns a stop function. */
export function startTtlMonitor(
  storage: Storage,
  intervalMs: number,
  onError: (err: unknown) => void,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepExpired(storage)
      .catch(onError)
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

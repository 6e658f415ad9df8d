/**
 * Which old files may go. We keep the newest durable snapshot, the one before it and every journal after
 * that older one, so that if the newest snapshot is ever found corrupt, recovery can still rebuild the
 * state from the previous snapshot plus journals. Everything older is deleted, never anything newer.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { journalName, listDirectory, snapshotName } from './file-names.js';
import { fsyncDir } from './fs-util.js';

export async function pruneOldGenerations(dbPath: string, newestSnapshot: number): Promise<string[]> {
  const { journals, snapshots } = await listDirectory(dbPath);
  const previous = Math.max(0, ...snapshots.filter((generation) => generation < newestSnapshot));
  const doomed = [
    ...snapshots.filter((generation) => generation < previous).map(snapshotName),
    ...journals.filter((generation) => generation <= previous).map(journalName),
  ];
  for (const name of doomed) await fs.rm(join(dbPath, name), { force: true });
  if (doomed.length > 0) await fsyncDir(dbPath);
  return doomed;
}

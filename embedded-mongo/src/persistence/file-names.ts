/**
 * Names of the files in dbPath. Generations make recovery unambiguous without a manifest:
 *   journal-<g>.log     commits written while generation g was current
 *   snapshot-<g>.bson   the whole state after every commit of journal-1..g (so it replaces them)
 * Recovery = newest valid snapshot-s + journal-(s+1), journal-(s+2), ... in order. With no snapshot the
 * implicit "snapshot-0" is the empty database and replay starts at journal-1.
 * Temporary files end in `.tmp` and are never read; recovery deletes them.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'mongod.lock';
const GENERATION_DIGITS = 6;

const pad = (generation: number): string => String(generation).padStart(GENERATION_DIGITS, '0');

export const journalName = (generation: number): string => `journal-${pad(generation)}.log`;
export const snapshotName = (generation: number): string => `snapshot-${pad(generation)}.bson`;
export const tempName = (name: string): string => `${name}.tmp`;

export interface DirectoryListing {
  /** Ascending. */
  journals: number[];
  /** Ascending. */
  snapshots: number[];
  temps: string[];
}

export async function listDirectory(dbPath: string): Promise<DirectoryListing> {
  const listing: DirectoryListing = { journals: [], snapshots: [], temps: [] };
  for (const name of await fs.readdir(dbPath)) {
    const journal = /^journal-(\d+)\.log$/.exec(name);
    const snapshot = /^snapshot-(\d+)\.bson$/.exec(name);
    if (journal) listing.journals.push(Number(journal[1]));
    else if (snapshot) listing.snapshots.push(Number(snapshot[1]));
    else if (name.endsWith('.tmp')) listing.temps.push(name);
  }
  listing.journals.sort((a, b) => a - b);
  listing.snapshots.sort((a, b) => a - b);
  return listing;
}

export const journalPath = (dbPath: string, generation: number): string =>
  join(dbPath, journalName(generation));
export const snapshotPath = (dbPath: string, generation: number): string =>
  join(dbPath, snapshotName(generation));

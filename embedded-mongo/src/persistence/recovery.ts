/**
 * Rebuilds the state on open: newest usable snapshot, then every journal segment after it, in order.
 * A torn or corrupt tail of the last segment is the normal trace of a crash mid-write and is truncated;
 * anything that would silently lose acknowledged data elsewhere makes open fail with an explanation.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { listDirectory, journalPath, snapshotPath, type DirectoryListing } from './file-names.js';
import { fsyncDir, startsWithData } from './fs-util.js';
import { HEADER_BYTES } from './record-format.js';
import { decodeOps } from './op-codec.js';
import { forEachRecord } from './record-reader.js';
import { loadSnapshot, verifySnapshot } from './snapshot-file.js';
import type { JournalOp } from './types.js';

export interface Recovered {
  /** Snapshot the state was loaded from (0: none, replay started from the empty database). */
  baseSnapshot: number;
  /** Journal segment new commits go to, and its size. */
  generation: number;
  segmentBytes: number;
  /** Bytes of every journal segment replayed after the base snapshot (the last one included). */
  journalBytes: number;
  lastSeq: bigint;
}

export async function recover(
  dbPath: string,
  apply: (op: JournalOp) => void,
  log: (m: string) => void,
): Promise<Recovered> {
  const listing = await listDirectory(dbPath);
  for (const name of listing.temps) await fs.rm(join(dbPath, name), { force: true });
  const base = await chooseBase(dbPath, listing, log);
  let lastSeq = base === 0 ? 0n : (await loadSnapshot(snapshotPath(dbPath, base), apply)).lastSeq;
  const segments = listing.journals.filter((generation) => generation > base);
  let segmentBytes = 0;
  let journalBytes = 0;
  for (const [index, generation] of segments.entries()) {
    const replayed = await replaySegment(dbPath, generation, lastSeq, apply, log, segments.slice(index + 1));
    lastSeq = replayed.lastSeq;
    segmentBytes = replayed.bytes;
    journalBytes += replayed.bytes;
  }
  const generation = segments.at(-1) ?? base + 1;
  if (segments.length === 0) {
    await (await fs.open(journalPath(dbPath, generation), 'wx')).close();
    segmentBytes = 0;
  }
  await fsyncDir(dbPath);
  return { baseSnapshot: base, generation, segmentBytes, journalBytes, lastSeq };
}

/** Newest snapshot that verifies and has every later journal segment; 0 when replay starts empty. */
async function chooseBase(
  dbPath: string,
  listing: DirectoryListing,
  log: (m: string) => void,
): Promise<number> {
  const problems: string[] = [];
  for (const candidate of [...listing.snapshots].reverse()) {
    if (!hasJournalsAfter(listing.journals, candidate)) {
      problems.push(`snapshot-${candidate}: journals after it are missing`);
      continue;
    }
    const info = await verifySnapshot(snapshotPath(dbPath, candidate));
    if (typeof info !== 'string' && info.generation === candidate) return candidate;
    const why = typeof info === 'string' ? info : `header says generation ${info.generation}`;
    const aside = `${snapshotPath(dbPath, candidate)}.corrupt`;
    log(
      `snapshot ${snapshotPath(dbPath, candidate)} is unusable (${why}); moved to ${aside}, trying an older one`,
    );
    await fs.rename(snapshotPath(dbPath, candidate), aside);
    await fsyncDir(dbPath);
    problems.push(`snapshot-${candidate}: ${why}`);
  }
  if (hasJournalsAfter(listing.journals, 0)) return 0;
  throw new Error(
    `embedded-mongo: cannot recover ${dbPath}: no valid snapshot with a complete journal after it ` +
      `(${problems.join('; ') || 'journal-000001.log is missing'}). Restore from backup.`,
  );
}

/** Replay from `base` needs journal base+1, base+2, ... up to the newest, without gaps. */
function hasJournalsAfter(journals: number[], base: number): boolean {
  const after = journals.filter((generation) => generation > base);
  return after.every((generation, index) => generation === base + 1 + index);
}

async function replaySegment(
  dbPath: string,
  generation: number,
  previousSeq: bigint,
  apply: (op: JournalOp) => void,
  log: (m: string) => void,
  laterSegments: number[],
): Promise<{ lastSeq: bigint; bytes: number }> {
  const path = journalPath(dbPath, generation);
  const handle = await fs.open(path, 'r+');
  try {
    let lastSeq = previousSeq;
    let records = 0;
    const ending = await forEachRecord(handle, (seq, payload) => {
      if (seq !== lastSeq + 1n) {
        throw new Error(
          `embedded-mongo: ${path} holds commit ${seq} where ${lastSeq + 1n} was expected; refusing to guess`,
        );
      }
      for (const op of decodeOps(payload)) apply(op);
      lastSeq = seq;
      records++;
    });
    const { size } = await handle.stat();
    if (ending.kind === 'end') {
      // Zeros preallocated by the writer (left by a crash): cut them so appends restart from a clean end.
      if (size > ending.offset) {
        await handle.truncate(ending.offset);
        await handle.sync();
      }
      return { lastSeq, bytes: ending.offset };
    }
    for (const later of laterSegments) {
      if (await startsWithData(journalPath(dbPath, later), HEADER_BYTES)) {
        throw new Error(
          `embedded-mongo: ${path} is corrupt at byte ${ending.offset} (${ending.reason}) but later journal ` +
            `segments hold commits; refusing to drop them. Restore from backup.`,
        );
      }
    }
    log(
      `journal ${path}: ${ending.reason} at byte ${ending.offset} after ${records} complete commits ` +
        `(last commit ${lastSeq}); truncating ${size - ending.offset} bytes of torn tail`,
    );
    await handle.truncate(ending.offset);
    await handle.sync();
    return { lastSeq, bytes: ending.offset };
  } finally {
    await handle.close();
  }
}

/**
 * One engine per directory: `dbPath/mongod.lock` is created exclusively and holds the owner's pid and,
 * on Linux, the owner process's start time. A lock left behind by a dead process (a crash, SIGKILL) is
 * taken over; a live owner makes open fail, also when it is another thread of this process (an engine
 * in a worker thread shares our pid but not our module state).
 */
import { promises as fs, readFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LOCK_FILE } from './file-names.js';
import { fsyncDir } from './fs-util.js';

/** Directories locked by this thread: a lock file with our own pid, not in here and without our
 * start time, is stale (e.g. a container restart where the engine gets the same pid again). */
const heldByThisProcess = new Set<string>();

/** When this process started (clock ticks since boot, /proc/self/stat field 22): the same in every
 * thread, different for a later process that reuses the pid. Undefined where /proc is missing. */
const ownStartTime = processStartTime('self');

export class DirectoryLockedError extends Error {
  constructor(
    readonly dbPath: string,
    readonly pid: number,
  ) {
    super(
      `embedded-mongo: database directory ${dbPath} is in use by another engine (pid ${pid}` +
        `${pid === process.pid ? ', this process' : ''}); stop it first, or delete ${join(dbPath, LOCK_FILE)} ` +
        `if you are sure that process is not an engine using this directory`,
    );
    this.name = 'DirectoryLockedError';
  }
}

export interface DirectoryLock {
  release(): Promise<void>;
}

export async function acquireDirectoryLock(
  dbPath: string,
  log: (message: string) => void,
): Promise<DirectoryLock> {
  const key = resolve(dbPath);
  const lockPath = join(dbPath, LOCK_FILE);
  if (heldByThisProcess.has(key)) throw new DirectoryLockedError(dbPath, process.pid);
  for (let attempt = 0; attempt < 20; attempt++) {
    let handle: FileHandle;
    try {
      handle = await fs.open(lockPath, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const { pid: holder, startTime } = await readHolder(lockPath);
      if (holder !== undefined && holder !== process.pid && isAlive(holder))
        throw new DirectoryLockedError(dbPath, holder);
      if (holder === process.pid && startTime !== undefined && startTime === ownStartTime)
        throw new DirectoryLockedError(dbPath, holder);
      if (holder === undefined && (await isFresh(lockPath))) {
        // Another starter created the file and has not written its pid yet; give it a moment.
        await new Promise((done) => setTimeout(done, 100));
        continue;
      }
      // Re-check just before removing so that we do not delete a lock another starter just created.
      if ((await readHolder(lockPath)).pid !== holder) continue;
      log(`taking over stale lock ${lockPath} (pid ${holder ?? 'unreadable'} is not running)`);
      await fs.rm(lockPath, { force: true });
      continue;
    }
    try {
      await handle.writeFile(`${process.pid}${ownStartTime === undefined ? '' : ` ${ownStartTime}`}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsyncDir(dbPath);
    heldByThisProcess.add(key);
    let released = false;
    return {
      async release() {
        if (released) return;
        released = true;
        heldByThisProcess.delete(key);
        await fs.rm(lockPath, { force: true });
      },
    };
  }
  throw new Error(
    `embedded-mongo: could not take the lock ${lockPath} (it keeps changing; is another engine starting?)`,
  );
}

/** The lock's `<pid> [<start time>]`; older engines wrote the pid alone. */
async function readHolder(lockPath: string): Promise<{ pid?: number; startTime?: string }> {
  try {
    const [pidText, startTime] = (await fs.readFile(lockPath, 'utf8')).trim().split(/\s+/);
    const pid = Number.parseInt(pidText ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? { pid, startTime } : {};
  } catch {
    return {};
  }
}

function processStartTime(pid: number | 'self'): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; the start time is 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** An empty lock file younger than this may belong to a starter that is still writing its pid. */
const EMPTY_LOCK_GRACE_MS = 1000;

async function isFresh(lockPath: string): Promise<boolean> {
  try {
    return Date.now() - (await fs.stat(lockPath)).mtimeMs < EMPTY_LOCK_GRACE_MS;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (err) {
    // EPERM: the process exists but belongs to someone else, so it may well be an engine.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A killed engine whose parent has not reaped it yet still answers kill(pid, 0); on Linux we can tell. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

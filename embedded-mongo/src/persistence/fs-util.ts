/** Small file-system helpers whose only job is to make durability steps explicit. */
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Makes creations, renames and deletions in `dir` durable. Without it a crash can leave a renamed
 * snapshot or a new journal segment missing even though its contents were fsynced.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    // Windows cannot open or fsync directories; NTFS journals metadata itself.
    if (process.platform !== 'win32') throw err;
  } finally {
    await handle?.close();
  }
}

/** Positional write that loops until every byte is written (a short write is legal for write(2)). */
export async function writeFully(handle: FileHandle, data: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await handle.write(data, done, data.length - done, position + done);
    if (bytesWritten <= 0) throw new Error(`write returned ${bytesWritten}`);
    done += bytesWritten;
  }
}

export async function removeIfExists(path: string): Promise<void> {
  await fs.rm(path, { force: true });
}

/** mkdir -p that also makes every directory it created durable (each one's entry lives in its parent). */
export async function makeDirDurable(path: string): Promise<void> {
  const firstCreated = await fs.mkdir(path, { recursive: true });
  if (firstCreated === undefined) return;
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    await fsyncDir(dirname(dir));
    if (dir === resolve(firstCreated)) return;
  }
}

const ZEROS = Buffer.alloc(1024 * 1024);

/** Writes zeros over [from, to): used to preallocate journal space (see journal-writer.ts). */
export async function zeroFill(handle: FileHandle, from: number, to: number): Promise<void> {
  for (let at = from; at < to; at += ZEROS.length) {
    await writeFully(handle, ZEROS.subarray(0, Math.min(ZEROS.length, to - at)), at);
  }
}

/** True when the file has a non-zero byte among its first `bytes` bytes (a preallocated, unused segment has none). */
export async function startsWithData(path: string, bytes: number): Promise<boolean> {
  const handle = await fs.open(path, 'r');
  try {
    const head = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(head, 0, bytes, 0);
    return head.subarray(0, bytesRead).some((byte) => byte !== 0);
  } finally {
    await handle.close();
  }
}

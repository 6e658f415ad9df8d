/**
 * The durability floor of this machine: median latency of a 1.1 KB O_DSYNC write into preallocated
 * space in the temp dir (what the journal does per commit). One connection's acknowledged writes cannot
 * exceed 1 / this latency, whatever the engine does.
 */
import { constants, promises as fs } from 'node:fs';
import { join } from 'node:path';

export async function durableWriteMicros(dir: string, samples = 300): Promise<number> {
  const path = join(dir, 'disk-probe');
  const handle = await fs.open(path, constants.O_RDWR | constants.O_CREAT | (constants.O_DSYNC ?? 0));
  try {
    await handle.write(Buffer.alloc(4 * 1024 * 1024), 0, 4 * 1024 * 1024, 0);
    const block = Buffer.alloc(1100, 1);
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t = performance.now();
      await handle.write(block, 0, block.length, i * block.length);
      if (constants.O_DSYNC === undefined) await handle.datasync();
      times.push((performance.now() - t) * 1000);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  } finally {
    await handle.close();
    await fs.rm(path, { force: true });
  }
}

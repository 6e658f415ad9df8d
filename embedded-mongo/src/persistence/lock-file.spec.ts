import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFilePersistence } from './file.js';
import { makeTempDir, openWithModel, put, removeDir } from './test-support.js';

/** A pid that certainly belongs to no running process: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('file persistence directory lock', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('lock')));
  afterEach(() => removeDir(dir));

  it('writes our pid and start time and refuses a second engine on the same directory with a clear message', async () => {
    const first = await openWithModel(dir);
    const [pid, startTime] = readFileSync(join(dir, 'mongod.lock'), 'utf8').trim().split(' ');
    expect(pid).toBe(String(process.pid));
    expect(startTime).toMatch(/^\d+$/);
    const second = openFilePersistence({ dbPath: dir, sync: 'none' });
    await expectAsync(second.open(() => undefined)).toBeRejectedWithError(
      new RegExp(
        `${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by another engine \\(pid ${process.pid}`,
      ),
    );
    await first.persistence.close();
  });

  it('refuses when the lock belongs to another live process', async () => {
    writeFileSync(join(dir, 'mongod.lock'), `${process.ppid}\n`);
    await expectAsync(openWithModel(dir)).toBeRejectedWithError(new RegExp(`pid ${process.ppid}\\)`));
  });

  it('takes over a lock with our pid from an earlier process (a container restart reuses pids)', async () => {
    for (const content of [`${process.pid}\n`, `${process.pid} 1\n`]) {
      writeFileSync(join(dir, 'mongod.lock'), content);
      const opened = await openWithModel(dir);
      await opened.persistence.close();
    }
  });

  it('takes over a stale lock left by a dead process', async () => {
    const first = await openWithModel(dir);
    await first.write([put(1)]);
    await first.persistence.close();
    const pid = deadPid();
    writeFileSync(join(dir, 'mongod.lock'), `${pid}\n`);
    const logs: string[] = [];
    const second = await openWithModel(dir, { log: (m) => logs.push(m) });
    expect(second.model.applied.length).toBe(1);
    expect(logs.join('\n')).toContain(`pid ${pid} is not running`);
    await second.persistence.close();
  });

  it('takes over an old empty lock file (crash right after creating it)', async () => {
    writeFileSync(join(dir, 'mongod.lock'), '');
    const old = new Date(Date.now() - 60_000);
    const { utimesSync } = await import('node:fs');
    utimesSync(join(dir, 'mongod.lock'), old, old);
    const opened = await openWithModel(dir);
    await opened.persistence.close();
  });

  it('releases the lock on close so the directory can be opened again', async () => {
    const first = await openWithModel(dir);
    await first.persistence.close();
    const second = await openWithModel(dir);
    await second.persistence.close();
  });
});

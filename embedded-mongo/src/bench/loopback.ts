/**
 * The network floor of this machine: round trips of a 100-byte message between two Node processes
 * over loopback TCP (an echo server in a child process, no engine, no driver). With the durability
 * floor (disk.ts) it bounds one connection's acknowledged writes: each needs a round trip and a
 * durable write, one after the other, so at most 1 / (mean round trip + durable write) per second.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { once } from 'node:events';

const ECHO_SERVER = `
const s = require('node:net').createServer((c) => { c.setNoDelay(true); c.on('data', (d) => c.write(d)); });
s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;

export interface RoundTrips {
  /** Round trips per second, one after the other (1 / mean): comparable with the ops/s rows. */
  perSecond: number;
  medianMicros: number;
}

export async function loopbackRoundTrips(samples = 5000, warmup = 500): Promise<RoundTrips> {
  const child = spawn(process.execPath, ['-e', ECHO_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [line] = (await once(child.stdout!, 'data')) as [Buffer];
    const socket = net.connect(Number(line.toString().trim()), '127.0.0.1');
    await once(socket, 'connect');
    socket.setNoDelay(true);
    const message = Buffer.alloc(100, 7);
    const times: number[] = [];
    await new Promise<void>((resolve, reject) => {
      let received = 0;
      let sent = performance.now();
      socket.on('error', reject);
      socket.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received < message.length) return; // the echo of one message may arrive in pieces
        received -= message.length;
        times.push((performance.now() - sent) * 1000);
        if (times.length === samples + warmup) return resolve();
        sent = performance.now();
        socket.write(message);
      });
      socket.write(message);
    });
    socket.destroy();
    const measured = times.slice(warmup).sort((a, b) => a - b);
    const mean = measured.reduce((sum, t) => sum + t, 0) / measured.length;
    return { perSecond: Math.round(1e6 / mean), medianMicros: measured[Math.floor(measured.length / 2)]! };
  } finally {
    child.kill();
  }
}

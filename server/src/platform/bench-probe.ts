import type { RunningServer } from '../server.js';

/** What a benchmark that started this process asks for. */
export interface BenchProbe {
  type: 'probe';
  id: number;
  cpu: NodeJS.CpuUsage;
  memory: NodeJS.MemoryUsage;
  meetings: ReturnType<RunningServer['meetings']['realtime']['stats']>;
}

/**
 * Only when a parent process spawned the server with an IPC channel (`npm run bench`; never over the
 * network): answers `{ type: 'probe', id }` with this process's CPU time, memory and the meeting
 * documents it holds, so the benchmark measures the server without sharing its event loop.
 */
export function answerBenchProbes(server: Pick<RunningServer, 'meetings'>): void {
  const send = process.send?.bind(process);
  if (!send) return;
  process.channel?.unref();
  process.on('message', (message: { type?: string; id?: number }) => {
    if (message?.type !== 'probe') return;
    const reply: BenchProbe = {
      type: 'probe',
      id: message.id ?? 0,
      cpu: process.cpuUsage(),
      memory: process.memoryUsage(),
      meetings: server.meetings.realtime.stats(),
    };
    send(reply);
  });
}

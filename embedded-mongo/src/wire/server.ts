/** The TCP listener. Binds to loopback unless remote access is explicitly allowed. */
import net from 'node:net';
import type { Engine } from '../engine.js';
import { Connection } from './connection.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export interface WireServer {
  port: number;
  close(): Promise<void>;
}

export async function listen(
  engine: Engine,
  port: number,
  bind: string,
  allowRemote: boolean,
): Promise<WireServer> {
  if (!LOOPBACK.has(bind) && !allowRemote) {
    throw new Error(
      `Refusing to bind to non-loopback address ${bind}; pass allowRemote: true (--force-remote) to allow it`,
    );
  }
  const connections = new Set<Connection>();
  let nextId = 1;
  const server = net.createServer((socket) => {
    const conn = new Connection(socket, engine, nextId++);
    connections.add(conn);
    socket.on('close', () => connections.delete(conn));
  });
  server.on('error', (err) => engine.config.logger(`server error: ${err.message}`));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, bind, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        for (const conn of connections) conn.close();
        connections.clear();
        server.close(() => resolve());
      }),
  };
}

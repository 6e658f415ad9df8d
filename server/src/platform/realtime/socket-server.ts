import type http from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { SessionUser } from '@keha/shared';
import type { SessionManager } from '../auth/session-manager.js';
import { sameOrigin } from './same-origin.js';

/** What every authorised socket carries (`socket.data`), for the features that add rooms later. */
export interface SocketData {
  user: SessionUser;
}

export type RealtimeServer = Server<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  SocketData
>;
export type RealtimeSocket = Socket<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  SocketData
>;

/**
 * socket.io on the API's HTTP server, authenticated by the same session cookie as the API: the
 * handshake resolves the session once and refuses anyone not fully signed in (error
 * "unauthenticated"). No CORS, and a cross-site Origin is refused, so another site cannot open a
 * socket with the user's cookie (cross-site WebSocket hijacking).
 */
export function attachRealtime(httpServer: http.Server, sessions: SessionManager): RealtimeServer {
  const io: RealtimeServer = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    allowRequest: (req, callback) => callback(null, sameOrigin(req)),
  });
  io.use((socket, next) => {
    sessions.resolve(socket.request.headers.cookie).then(
      (context) => {
        if (!context.user || context.session?.mfaEnrolmentOnly) return next(new Error('unauthenticated'));
        socket.data.user = context.user;
        next();
      },
      () => next(new Error('unavailable')),
    );
  });
  return io;
}

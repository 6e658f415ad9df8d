import type http from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { DashboardChangedPayload, SeriousFindingAlert, SessionUser } from '@keha/shared';
import type { SessionManager } from '../auth/session-manager.js';
import { roleRooms } from './broadcaster.js';
import { sameOrigin } from './same-origin.js';
import { watchSession } from './session-watch.js';

/** What every authorised socket carries (`socket.data`), for the features that add rooms later. */
export interface SocketData {
  user: SessionUser;
  sessionId: string;
}

/** The events the server sends; docs/REALTIME.md describes each one. */
export interface ServerToClientEvents {
  /** Sent just before the server closes a socket whose session ended; the client then shows the login. */
  session_ended: (payload: { reason: 'logout' | 'revoked' | 'expired' }) => void;
  /** To the `supervisor` room: a visit with a serious finding was submitted (LSL 79 §). */
  serious_finding: (payload: SeriousFindingAlert) => void;
  /** To the supervisors of the teams: data behind their dashboards changed; they refetch (debounced). */
  'dashboard:changed': (payload: DashboardChangedPayload) => void;
}

type NoEvents = Record<string, never>;
export type RealtimeServer = Server<NoEvents, ServerToClientEvents, NoEvents, SocketData>;
export type RealtimeSocket = Socket<NoEvents, ServerToClientEvents, NoEvents, SocketData>;

const sessionRoom = (id: string) => `session:${id}`;
const userRoom = (id: string) => `user:${id}`;

/**
 * socket.io on the API's HTTP server, authenticated by the same session cookie as the API: the
 * handshake resolves the session once and refuses anyone not fully signed in (error
 * "unauthenticated"). No CORS, and a cross-site Origin is refused, so another site cannot open a
 * socket with the user's cookie (cross-site WebSocket hijacking). Sockets close when their session
 * ends: at once on logout or revocation, and when it times out.
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
        if (!context.user || !context.session || context.session.mfaEnrolmentOnly) {
          return next(new Error('unauthenticated'));
        }
        socket.data.user = context.user;
        socket.data.sessionId = context.session._id;
        next();
      },
      () => next(new Error('unavailable')),
    );
  });
  io.on('connection', (socket) => {
    void socket.join([
      sessionRoom(socket.data.sessionId),
      userRoom(socket.data.user.id),
      ...roleRooms(socket.data.user.roles, socket.data.user.teamIds),
    ]);
    watchSession(socket, sessions);
  });
  sessions.onEnded((ended) => {
    const room = 'sessionId' in ended ? sessionRoom(ended.sessionId) : userRoom(ended.userId);
    io.to(room).emit('session_ended', { reason: 'sessionId' in ended ? 'logout' : 'revoked' });
    io.in(room).disconnectSockets(true);
  });
  return io;
}

import type { SessionManager } from '../auth/session-manager.js';
import type { RealtimeSocket } from './socket-server.js';

/** Re-checks at least this often, so a revocation by another server process is noticed too. */
const MAX_CHECK_INTERVAL_MS = 60_000;

/**
 * Closes a socket when its session times out. The check does not count as activity (only HTTP
 * requests keep a session alive), and it runs when the session would idle out, or every minute.
 */
export function watchSession(socket: RealtimeSocket, sessions: SessionManager): void {
  const cookie = socket.request.headers.cookie;
  let timer: NodeJS.Timeout | undefined;

  const schedule = (atMs: number) => {
    const delay = Math.min(Math.max(atMs - Date.now(), 50), MAX_CHECK_INTERVAL_MS);
    timer = setTimeout(() => void check(), delay);
    timer.unref();
  };
  const check = async () => {
    try {
      const context = await sessions.resolve(cookie, { touch: false });
      if (!socket.connected) return;
      if (!context.user || !context.session) {
        socket.emit('session_ended', { reason: context.ended === 'revoked' ? 'revoked' : 'expired' });
        socket.disconnect(true);
        return;
      }
      schedule(sessions.expiry(context.session).idleExpiresAt.getTime() + 10);
    } catch {
      if (socket.connected) schedule(Date.now() + 5_000); // the database is briefly away: try again
    }
  };

  void check();
  socket.on('disconnect', () => clearTimeout(timer));
}

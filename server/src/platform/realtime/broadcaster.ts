import type { Role } from '@keha/shared';
import type { RealtimeServer, ServerToClientEvents } from './socket-server.js';

/** Every signed-in supervisor's sockets join this room at connection (docs/REALTIME.md). */
export const SUPERVISOR_ROOM = 'supervisor';

/** The rooms a user's sockets join by role, besides their session and user rooms. */
export function roleRooms(roles: readonly Role[]): string[] {
  return roles.includes('supervisor') ? [SUPERVISOR_ROOM] : [];
}

/**
 * What features use to push an event: the app is built before the HTTP server and socket.io exist,
 * so features get this at install time and the server binds it to socket.io once it is attached.
 * Before binding (or in a process without sockets) an event reaches nobody, which is what it should.
 */
export class RealtimeBroadcaster {
  private io: RealtimeServer | null = null;

  bind(io: RealtimeServer): void {
    this.io = io;
  }

  toSupervisors<E extends keyof ServerToClientEvents>(
    event: E,
    ...payload: Parameters<ServerToClientEvents[E]>
  ): void {
    this.io?.to(SUPERVISOR_ROOM).emit(event, ...payload);
  }
}

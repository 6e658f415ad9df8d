import type { Role } from '@keha/shared';
import type { RealtimeServer, ServerToClientEvents } from './socket-server.js';

/** Every signed-in supervisor's sockets join this room at connection (docs/REALTIME.md). */
export const SUPERVISOR_ROOM = 'supervisor';

/** A supervisor's sockets join the rooms of the teams they supervise (all teams when they belong to none). */
export const supervisedTeamRoom = (teamId: string) => `supervisor:team:${teamId}`;
export const SUPERVISOR_OF_ALL_ROOM = 'supervisor:all';

/** The rooms a user's sockets join by role, besides their session and user rooms. */
export function roleRooms(roles: readonly Role[], teamIds: readonly string[] = []): string[] {
  if (!roles.includes('supervisor')) return [];
  return [SUPERVISOR_ROOM, ...(teamIds.length ? teamIds.map(supervisedTeamRoom) : [SUPERVISOR_OF_ALL_ROOM])];
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

  /** To the supervisors of these teams only (and those who supervise every team). */
  toTeamSupervisors<E extends keyof ServerToClientEvents>(
    teamIds: readonly string[],
    event: E,
    ...payload: Parameters<ServerToClientEvents[E]>
  ): void {
    this.io?.to([SUPERVISOR_OF_ALL_ROOM, ...teamIds.map(supervisedTeamRoom)]).emit(event, ...payload);
  }
}

import { InjectionToken } from '@angular/core';
import { io, type Socket } from 'socket.io-client';

import type { MeetingClientToServerEvents, MeetingServerToClientEvents } from '@keha/shared';

export type NotesSocket = Socket<MeetingServerToClientEvents, MeetingClientToServerEvents>;

/**
 * Opens the notes socket (not connected yet). socket.io reconnects by itself with a growing, jittered
 * delay (0.5 s doubling up to 10 s); specs put a fake socket here.
 */
export const NOTES_SOCKET_FACTORY = new InjectionToken<() => NotesSocket>('NOTES_SOCKET_FACTORY', {
  providedIn: 'root',
  factory: () => () =>
    io({
      path: '/socket.io',
      withCredentials: true,
      autoConnect: false,
      reconnectionDelay: 500,
      reconnectionDelayMax: 10_000,
      randomizationFactor: 0.5,
    }),
});

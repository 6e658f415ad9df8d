import type { RealtimeError } from '@keha/shared';
import type { Caller } from '../../../platform/access/caller.js';
import { AppError } from '../../../platform/errors.js';
import type { MeetingAccess } from '../meeting-access.js';
import type { MeetingSocket } from './connection-handler.js';

export type JoinDecision = { ok: true; readOnly: boolean } | { ok: false; error: RealtimeError };

/**
 * Decides a socket's join once, when it joins: the same check as the REST routes (team membership,
 * then the child access gate for every child on the agenda, audited with view `meeting.notes`). A
 * finalised meeting is joined read-only.
 */
export class JoinAuthoriser {
  constructor(private readonly access: MeetingAccess) {}

  async authorise(socket: MeetingSocket, meetingId: string): Promise<JoinDecision> {
    const caller: Caller = { user: socket.data.user, ip: socket.handshake.address };
    try {
      const meeting = await this.access.load(meetingId);
      const finalised = meeting.status === 'finalised';
      await this.access.open(caller, meetingId, finalised ? 'child.read' : 'child.write', 'meeting.notes');
      return { ok: true, readOnly: finalised };
    } catch (err) {
      if (err instanceof AppError) {
        if (err.code === 'not_found' || err.code === 'unavailable') return { ok: false, error: err.code };
        return { ok: false, error: 'forbidden' };
      }
      return { ok: false, error: 'unavailable' };
    }
  }
}

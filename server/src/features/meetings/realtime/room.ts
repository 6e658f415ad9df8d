import type { Participant } from '@keha/shared';
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type { LiveDocument } from './live-document.js';

/** A socket in the room: who it is, whether it may edit, and the awareness client ids it controls. */
export interface Member {
  socketId: string;
  userId: string;
  name: string;
  readOnly: boolean;
  awarenessIds: Set<number>;
}

/** What a room says to its sockets (and, through the relay, to the same room in other processes). */
export interface RoomOutput {
  awareness(room: Room, update: Uint8Array, exceptSocketId: string | null, relay: boolean): void;
  /** `relay`: also tell the other processes (not when the change came from them). */
  presence(room: Room, relay: boolean): void;
}

const REMOTE_PRESENCE_TTL_MS = 45_000;

/**
 * A meeting's live document with the sockets of this process in it. Awareness (cursors, selections,
 * typing section) is relayed, never stored; each socket's awareness states are removed when it leaves.
 */
export class Room {
  readonly members = new Map<string, Member>();
  /** Server-side users (finalising, seeding) that keep the document loaded. */
  holds = 0;
  closing = false;
  compacting = false;
  lastCompactAt = Date.now();
  private readonly remotePresence = new Map<string, { at: number; participants: Participant[] }>();

  constructor(
    readonly meetingId: string,
    readonly docName: string,
    readonly live: LiveDocument,
    private readonly output: RoomOutput,
  ) {
    live.awareness.on(
      'update',
      (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        const member = typeof origin === 'string' ? this.members.get(origin) : undefined;
        if (member) {
          for (const id of [...change.added, ...change.updated]) member.awarenessIds.add(id);
          for (const id of change.removed) member.awarenessIds.delete(id);
        }
        const ids = [...change.added, ...change.updated, ...change.removed];
        if (!ids.length) return;
        const update = encodeAwarenessUpdate(live.awareness, ids);
        this.output.awareness(this, update, member ? member.socketId : null, origin !== 'relay');
      },
    );
  }

  get idle(): boolean {
    return this.members.size === 0 && this.holds === 0;
  }

  add(member: Member): void {
    this.members.set(member.socketId, member);
    this.output.presence(this, true);
  }

  /** Removes the socket and its cursors (the others see them disappear at once). */
  remove(socketId: string): void {
    const member = this.members.get(socketId);
    if (!member) return;
    this.members.delete(socketId);
    if (member.awarenessIds.size)
      removeAwarenessStates(this.live.awareness, [...member.awarenessIds], 'left');
    this.output.presence(this, true);
  }

  /** Cursors from the same meeting in another process: applied here, sent to this process's sockets. */
  applyRelayedAwareness(update: Uint8Array): void {
    applyAwarenessUpdate(this.live.awareness, update, 'relay');
  }

  /** Everyone's awareness, for a socket that just joined. */
  awarenessState(): Uint8Array | null {
    const ids = [...this.live.awareness.getStates().keys()];
    return ids.length ? encodeAwarenessUpdate(this.live.awareness, ids) : null;
  }

  /** This process's participants (what the relay announces to the others). */
  localParticipants(): Participant[] {
    const byUser = new Map<string, Participant>();
    for (const m of this.members.values()) {
      const p = byUser.get(m.userId) ?? { userId: m.userId, name: m.name, connections: 0 };
      p.connections++;
      byUser.set(m.userId, p);
    }
    return [...byUser.values()];
  }

  /** Another process announced who is in this meeting there. */
  setRemotePresence(node: string, participants: Participant[]): void {
    this.remotePresence.set(node, { at: Date.now(), participants });
    this.output.presence(this, false);
  }

  /** Everyone in the meeting, in every process whose announcement is recent. */
  participants(): Participant[] {
    const all = new Map<string, Participant>();
    const now = Date.now();
    const lists = [this.localParticipants()];
    for (const [node, remote] of this.remotePresence) {
      if (now - remote.at > REMOTE_PRESENCE_TTL_MS) this.remotePresence.delete(node);
      else lists.push(remote.participants);
    }
    for (const p of lists.flat()) {
      const known = all.get(p.userId);
      if (known) known.connections += p.connections;
      else all.set(p.userId, { ...p });
    }
    return [...all.values()].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  }
}

import { computed, signal } from '@angular/core';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';

export interface NotesUser {
  id: string;
  name: string;
  color: string;
}

/** Someone else in the meeting (awareness): where their cursor is and which section they type in. */
export interface Peer {
  clientId: number;
  userId: string;
  name: string;
  color: string;
  section: string | null;
}

/**
 * Who else is in the notes and where they type: the Yjs awareness of the document (also what TipTap's
 * carets use) and the others' states as `peers`.
 */
export class NotesAwareness {
  readonly awareness: Awareness;
  private readonly version = signal(0);
  readonly peers = computed<Peer[]>(() => {
    this.version();
    const peers: Peer[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      const user = state['user'] as Partial<NotesUser> | undefined;
      if (clientId === this.doc.clientID || !user?.name) return;
      peers.push({
        clientId,
        userId: user.id ?? '',
        name: user.name,
        color: user.color ?? '#607d8b',
        section: (state['section'] as string | null | undefined) ?? null,
      });
    });
    return peers;
  });

  constructor(private readonly doc: Y.Doc) {
    this.awareness = new Awareness(doc);
    this.awareness.on('change', () => this.version.update((v) => v + 1));
  }

  setUser(user: NotesUser): void {
    this.awareness.setLocalStateField('user', user);
  }

  /** Which section the user is typing in (shown to the others), or null. */
  setSection(section: string | null): void {
    if ((this.awareness.getLocalState()?.['section'] ?? null) !== section)
      this.awareness.setLocalStateField('section', section);
  }

  /** The connection is gone: the others' states are stale (they come back with the next join). */
  forgetOthers(origin: unknown): void {
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, origin);
  }

  destroy(): void {
    this.awareness.destroy();
  }
}

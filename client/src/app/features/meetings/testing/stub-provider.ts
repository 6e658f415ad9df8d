import { signal } from '@angular/core';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { NotesProvider, Peer } from '../realtime/notes-provider';

/**
 * A provider without a socket: a real Y.Doc and awareness, so that components bind to the same shared
 * types a live meeting has. Two stubs are "connected" with `link`.
 */
export function stubProvider(doc = new Y.Doc()): NotesProvider & { sections: (string | null)[] } {
  const awareness = new Awareness(doc);
  const sections: (string | null)[] = [];
  return {
    doc,
    awareness,
    peers: signal<Peer[]>([]),
    sections,
    setSection: (section: string | null) => sections.push(section),
  } as unknown as NotesProvider & { sections: (string | null)[] };
}

/** Relays every update of one document to the other, both ways, as the server would. */
export function link(a: Y.Doc, b: Y.Doc): void {
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, u, a));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, u, b));
}

/**
 * Simulated editors of one shared document and the keystroke-to-remote-apply clock. Every editor is
 * a Y.Doc behind a real client: Kehä's socket.io notes client (testing/notes-client.ts, as the
 * browser speaks the protocol) or the reference `y-websocket` provider. An editor types one character
 * at a time at its own cursor; the time of each keystroke is kept by its Yjs id (client, clock), and
 * each other editor records the time from the keystroke until the transaction that applied it.
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { NotesClient } from '../../testing/notes-client.js';

export const TEXT = 'notes:bench';

export interface Editor {
  readonly doc: Y.Doc;
  /** Resolves once joined and synced. */
  connect(): Promise<void>;
  close(): void;
  cursor?: Y.RelativePosition;
}

export function kehaEditor(url: string, cookie: string, meetingId: string): Editor {
  const client = new NotesClient(url, cookie, meetingId);
  return {
    doc: client.doc,
    async connect() {
      const join = await client.connect();
      if (!join.ok) throw new Error(`join refused: ${join.error}`);
    },
    close: () => client.disconnect(),
  };
}

export function referenceEditor(url: string, room: string): Editor {
  const doc = new Y.Doc();
  let provider: WebsocketProvider | null = null;
  return {
    doc,
    connect() {
      provider = new WebsocketProvider(url, room, doc, {
        // Node's WebSocket from `ws`; no BroadcastChannel, or editors of one process would bypass the server.
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      const p = provider;
      return new Promise((resolve) => {
        const synced = (state: boolean) => {
          if (!state) return;
          p.off('sync', synced);
          resolve();
        };
        p.on('sync', synced);
      });
    },
    close: () => provider?.destroy(),
  };
}

/** Keystroke times by Yjs id, and the latencies other editors saw. */
export class LatencyClock {
  private readonly typedAt = new Map<string, number>();
  readonly samples: number[] = [];
  recording = false;
  keystrokes = 0;

  /** Call right before the editor's local insert of one character. */
  typing(doc: Y.Doc): void {
    if (!this.recording) return;
    this.keystrokes++;
    this.typedAt.set(`${doc.clientID}:${Y.getState(doc.store, doc.clientID)}`, performance.now());
  }

  /** Records, for every remote transaction of `doc`, the age of each keystroke it applied. */
  watch(doc: Y.Doc): void {
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.local) return;
      const now = performance.now();
      for (const [client, after] of tr.afterState) {
        for (let clock = tr.beforeState.get(client) ?? 0; clock < after; clock++) {
          const at = this.typedAt.get(`${client}:${clock}`);
          if (at !== undefined) this.samples.push(now - at);
        }
      }
    });
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäö ';

/** One keystroke of `editor`: a character at its cursor (placed at random the first time). */
export function type(editor: Editor, clock: LatencyClock, rand: () => number): void {
  const text = editor.doc.getText(TEXT);
  const at = editor.cursor && Y.createAbsolutePositionFromRelativePosition(editor.cursor, editor.doc);
  const index = at ? at.index : Math.floor(rand() * (text.length + 1));
  clock.typing(editor.doc);
  text.insert(index, LETTERS[Math.floor(rand() * LETTERS.length)]!);
  editor.cursor = Y.createRelativePositionFromTypeIndex(text, index + 1);
}

/** Every editor types `perSecond` characters a second (evenly spaced, phases spread); returns the stop. */
export function startTyping(
  editors: readonly Editor[],
  perSecond: number,
  clock: LatencyClock,
  rand: () => number,
): () => void {
  const period = 1000 / perSecond;
  const timers: NodeJS.Timeout[] = [];
  for (const editor of editors) {
    timers.push(
      setTimeout(() => timers.push(setInterval(() => type(editor, clock, rand), period)), rand() * period),
    );
  }
  return () => timers.forEach((t) => clearTimeout(t));
}

import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { DocumentStore, NewEntry, Snapshot, StoredUpdate } from './document-store.js';

export type SubmitResult =
  { ok: true; seq: number; duplicate?: boolean } | { ok: false; error: 'read_only' | 'unavailable' };

export interface LiveDocumentListener {
  /**
   * An update reached the document: a client's (origin: its socket id) as soon as it was checked and
   * applied, before it is durable; the server's own and other processes' (origin null) once durable.
   */
  applied(update: Uint8Array, origin: string | null): void;
  /** The log reached a freeze entry: the document is read-only from now on. */
  frozen(): void;
}

interface Pending {
  entry: NewEntry;
  origin: string | null;
  /** Applied (and passed on) when it arrived; only its seq is left to take once it is durable. */
  early: boolean;
  resolve: (result: SubmitResult) => void;
}

/** How many queued updates go into one insert. */
const MAX_BATCH = 256;
const RECENT_MUTATIONS = 2_000;
const MAX_SEQ_RETRIES = 50;

/**
 * One shared document held in memory by this process: the Y.Doc (everything up to `lastSeq` of the
 * log, plus clients' updates still on their way to it), its awareness, and a write queue. A client's
 * update is applied and passed on to the others when it arrives, like the reference Yjs server does,
 * and acknowledged to its sender only once its log entry is durable: until then the sender keeps it
 * and sends it again, so a crash loses nothing acknowledged, and Yjs applies a resend as a no-op.
 * Queued updates are written together (one insert per round trip), in order, so the seqs this
 * process writes are gapless. A seq taken by another process means this copy is behind: it catches
 * up from the log and retries with the next seq.
 */
export class LiveDocument {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  lastSeq = 0;
  frozen = false;
  /** A freeze entry is queued: no client update is applied any more. */
  private freezing = false;
  /**
   * An update applied on arrival could not be stored: the copy in memory holds more than the log
   * (its sender still has it and sends it again). Finalising then reads the log, not this copy.
   */
  aheadOfLog = false;
  /** Updates applied since the last snapshot; the compactor reads and resets it. */
  changesSinceSnapshot = 0;
  private pending: Pending[] = [];
  private readonly waiting = new Map<string, Promise<SubmitResult>>();
  private readonly recent = new Map<string, number>();
  private lane: Promise<void> = Promise.resolve();
  private flushing = false;
  private remoteHint = 0;
  private catchUpQueued = false;

  private constructor(
    readonly docName: string,
    private readonly store: DocumentStore,
    private readonly listener: LiveDocumentListener,
  ) {
    this.awareness.setLocalState(null);
  }

  /** The newest snapshot plus every later update. */
  static async load(
    store: DocumentStore,
    docName: string,
    listener: LiveDocumentListener,
  ): Promise<LiveDocument> {
    const live = new LiveDocument(docName, store, listener);
    const { snapshot, updates } = await store.load(docName);
    if (snapshot) live.applySnapshot(snapshot);
    live.applyStored(updates, false);
    live.changesSinceSnapshot = updates.length;
    return live;
  }

  /**
   * Queues an update (or the freeze entry); resolves once it is durable, or with why not. A client's
   * update (`early`) is applied and passed on at once; the server's own edits wait for the log.
   */
  submit(entry: NewEntry, origin: string | null, early = false): Promise<SubmitResult> {
    if (this.frozen || (this.freezing && entry.kind === 'update'))
      return Promise.resolve({ ok: false, error: 'read_only' });
    const known = this.recent.get(entry.clientMutationId);
    if (known !== undefined) return Promise.resolve({ ok: true, seq: known, duplicate: true });
    const inFlight = this.waiting.get(entry.clientMutationId);
    if (inFlight) return inFlight.then((r) => (r.ok ? { ...r, duplicate: true } : r));
    const applyNow = early && entry.kind === 'update';
    if (applyNow) this.applyUpdate(entry.update, origin);
    if (entry.kind === 'freeze') this.freezing = true;
    const result = new Promise<SubmitResult>((resolve) =>
      this.pending.push({ entry, origin, early: applyNow, resolve }),
    );
    this.waiting.set(entry.clientMutationId, result);
    void result.then((r) => {
      this.waiting.delete(entry.clientMutationId);
      if (!r.ok && applyNow) this.aheadOfLog = true;
      if (entry.kind === 'freeze' && !this.frozen) this.freezing = false;
    });
    this.startFlush();
    return result;
  }

  /** Another process stored `entry`: apply it now when it is the next one, else catch up from the log. */
  remote(entry: StoredUpdate): void {
    if (entry.seq <= this.lastSeq) return;
    if (!this.flushing && entry.seq === this.lastSeq + 1) return this.applyStored([entry], true);
    this.catchUpSoon(entry.seq);
  }

  /** Reads the log after `lastSeq` once the queue allows (also after the change stream was interrupted). */
  catchUpSoon(atLeastSeq = this.lastSeq + 1): void {
    this.remoteHint = Math.max(this.remoteHint, atLeastSeq);
    if (this.flushing || this.catchUpQueued) return;
    this.catchUpQueued = true;
    this.enqueue(async () => {
      this.catchUpQueued = false;
      await this.catchUp().catch(() => setTimeout(() => this.catchUpSoon(), 1_000).unref());
    });
  }

  /** Resolves when every queued write and catch-up has finished. */
  async drain(): Promise<void> {
    while (this.flushing || this.pending.length) await this.lane;
    await this.lane;
  }

  /** The state as one update, with the seq it covers: taken synchronously, so the two agree. */
  snapshot(): Snapshot {
    return { state: Y.encodeStateAsUpdate(this.doc), upToSeq: this.lastSeq, frozen: this.frozen };
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }

  private startFlush(): void {
    if (this.flushing) return;
    this.flushing = true;
    this.enqueue(() => this.flush());
  }

  /** The lane runs writes and catch-ups one at a time; a failed task never blocks the next. */
  private enqueue(task: () => Promise<void>): void {
    this.lane = this.lane.then(task).catch(() => undefined);
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length) {
        if (this.remoteHint > this.lastSeq) await this.catchUp().catch(() => undefined);
        const freezeAt = this.pending.findIndex((p) => p.entry.kind === 'freeze');
        const size = Math.min(MAX_BATCH, freezeAt >= 0 ? freezeAt + 1 : this.pending.length);
        const batch = this.pending.splice(0, size);
        await this.write(batch).catch(() =>
          batch.forEach((p) => p.resolve({ ok: false, error: 'unavailable' })),
        );
      }
    } finally {
      this.flushing = false;
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    let rest = batch;
    for (let attempt = 0; rest.length; attempt++) {
      if (this.frozen || attempt > MAX_SEQ_RETRIES) {
        const error = this.frozen ? 'read_only' : 'unavailable';
        return rest.forEach((p) => p.resolve({ ok: false, error }));
      }
      const first = this.lastSeq + 1;
      const result = await this.store.append(
        this.docName,
        rest.map((p) => p.entry),
        first,
      );
      rest.slice(0, result.stored).forEach((p, i) => this.applyOwn(p, first + i));
      rest = rest.slice(result.stored);
      if (!result.refused) return;
      if (result.refused === 'seq') {
        await this.catchUp();
      } else if (result.refused === 'mutation') {
        const [head, ...tail] = rest;
        const seq = await this.store.seqOfMutation(this.docName, head!.entry.clientMutationId);
        head!.resolve(
          seq === null ? { ok: false, error: 'unavailable' } : { ok: true, seq, duplicate: true },
        );
        rest = tail;
      } else {
        return rest.forEach((p) => p.resolve({ ok: false, error: 'unavailable' }));
      }
    }
  }

  private applyOwn(p: Pending, seq: number): void {
    if (p.early) {
      this.lastSeq = seq;
      this.changesSinceSnapshot++;
    } else this.applyEntry(p.entry.kind, p.entry.update, seq, p.origin);
    this.recent.set(p.entry.clientMutationId, seq);
    if (this.recent.size > RECENT_MUTATIONS) this.recent.delete(this.recent.keys().next().value!);
    p.resolve({ ok: true, seq });
  }

  /** Reads what other processes stored after `lastSeq`; a gap (log compacted meanwhile) reloads the snapshot. */
  private async catchUp(): Promise<void> {
    const rows = await this.store.after(this.docName, this.lastSeq);
    if (rows.length && rows[0]!.seq > this.lastSeq + 1) {
      const { snapshot, updates } = await this.store.load(this.docName);
      if (snapshot && snapshot.upToSeq > this.lastSeq) this.applySnapshot(snapshot);
      return this.applyStored(updates, true);
    }
    this.applyStored(rows, true);
  }

  private applySnapshot(snapshot: Snapshot): void {
    Y.applyUpdate(this.doc, snapshot.state, 'log');
    this.lastSeq = snapshot.upToSeq;
    if (snapshot.frozen) this.frozen = true;
  }

  private applyStored(rows: readonly StoredUpdate[], notify: boolean): void {
    for (const row of rows) {
      if (row.seq !== this.lastSeq + 1) continue;
      if (notify) this.applyEntry(row.kind, row.update, row.seq, null);
      else {
        if (row.kind === 'update') Y.applyUpdate(this.doc, row.update, 'log');
        else this.frozen = true;
        this.lastSeq = row.seq;
      }
    }
  }

  private applyEntry(kind: NewEntry['kind'], update: Uint8Array, seq: number, origin: string | null): void {
    this.lastSeq = seq;
    if (kind === 'freeze') {
      this.frozen = true;
      this.listener.frozen();
      return;
    }
    this.changesSinceSnapshot++;
    this.applyUpdate(update, origin);
  }

  private applyUpdate(update: Uint8Array, origin: string | null): void {
    Y.applyUpdate(this.doc, update, origin ?? 'log');
    this.listener.applied(update, origin);
  }
}

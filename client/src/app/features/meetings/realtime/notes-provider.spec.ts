import { TestBed } from '@angular/core/testing';
import { deleteDB } from 'idb';
import * as Y from 'yjs';

import { FakeNotesSocket } from '../testing/fake-notes-socket';
import { toBase64 } from './base64';
import { NotesProvider, REMOTE } from './notes-provider';
import { NOTES_SOCKET_FACTORY } from './notes-socket';
import { PendingUpdates } from './pending-updates';

const user = { id: 'u1', name: 'Anna Virtanen', color: '#1565c0' };
const until = async (check: () => boolean, ms = 3000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('NotesProvider (fake socket, real IndexedDB)', () => {
  let dbName: string;
  let sockets: FakeNotesSocket[];
  let providers: NotesProvider[];
  let stores: PendingUpdates[];

  /** A provider as a fresh page would have it (its own injector), on the spec's database. */
  function page(): { provider: NotesProvider; socket: FakeNotesSocket; store: PendingUpdates } {
    const socket = new FakeNotesSocket();
    sockets.push(socket);
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [NotesProvider, { provide: NOTES_SOCKET_FACTORY, useValue: () => socket }],
    });
    const store = TestBed.inject(PendingUpdates);
    store.dbName = dbName;
    stores.push(store);
    const provider = TestBed.inject(NotesProvider);
    providers.push(provider);
    return { provider, socket, store };
  }

  beforeEach(() => {
    dbName = `keha-notes-spec-${Math.random().toString(36).slice(2)}`;
    sockets = [];
    providers = [];
    stores = [];
  });

  afterEach(async () => {
    for (const p of providers) p.destroy();
    for (const s of stores) await s.close();
    await deleteDB(dbName);
  });

  it('joins, syncs (step 1 -> step 2) and shows the server’s text', async () => {
    const { provider, socket } = page();
    socket.serverDoc.getText('notes:x').insert(0, 'from the server');
    await provider.connect('m1', user);
    await until(() => provider.status() === 'connected');
    expect(socket.sent.map((s) => s.event).slice(0, 2)).toEqual(['meeting:join', 'doc:sync']);
    expect(provider.doc.getText('notes:x').toString()).toBe('from the server');
    expect(provider.loaded()).toBeTrue();
  });

  it('sends local changes with a mutation id, keeps them in IndexedDB until the ack', async () => {
    const { provider, socket, store } = page();
    socket.answerUpdates = false;
    await provider.connect('m1', user);
    await until(() => provider.status() === 'connected');
    provider.doc.getText('notes:x').insert(0, 'typed');
    await until(() => socket.updatesSent().length === 1);
    const sent = socket.updatesSent()[0];
    expect(sent.clientMutationId.length).toBeGreaterThanOrEqual(8);
    expect((await store.all('meeting:m1')).map((p) => p.clientMutationId)).toEqual([sent.clientMutationId]);
    expect(provider.pendingCount()).toBe(1);
  });

  it('drops an update from IndexedDB once it is acknowledged', async () => {
    const { provider, socket, store } = page();
    await provider.connect('m1', user);
    await until(() => provider.status() === 'connected');
    provider.doc.getText('notes:x').insert(0, 'saved');
    await until(() => socket.stored.size === 1 && provider.pendingCount() === 0);
    await new Promise((r) => setTimeout(r, 50));
    expect(await store.all('meeting:m1')).toEqual([]);
    expect(socket.serverDoc.getText('notes:x').toString()).toBe('saved');
  });

  it('resends an unacknowledged update after a reconnect with the same mutation id', async () => {
    const { provider, socket } = page();
    socket.answerUpdates = false;
    await provider.connect('m1', user);
    await until(() => provider.status() === 'connected');
    provider.doc.getText('notes:x').insert(0, 'lost ack');
    await until(() => socket.updatesSent().length === 1);
    const firstId = socket.updatesSent()[0].clientMutationId;
    socket.disconnect();
    expect(provider.status()).toBe('reconnecting');
    socket.answerUpdates = true;
    socket.connect();
    await until(() => provider.pendingCount() === 0);
    expect(socket.updatesSent().map((u) => u.clientMutationId)).toEqual([firstId, firstId]);
    expect(socket.serverDoc.getText('notes:x').toString()).toBe('lost ack');
  });

  it('keeps what was typed offline and sends it (merged) when back online', async () => {
    const { provider, socket } = page();
    await provider.connect('m1', user);
    await until(() => provider.status() === 'connected');
    window.dispatchEvent(new Event('offline'));
    expect(provider.status()).toBe('offline');
    const text = provider.doc.getText('notes:x');
    for (const ch of 'offline') text.insert(text.length, ch);
    await until(() => provider.pendingCount() === 7);
    expect(socket.updatesSent().length).toBe(0);
    window.dispatchEvent(new Event('online'));
    await until(() => provider.pendingCount() === 0);
    expect(socket.updatesSent().length).toBe(1);
    expect(socket.serverDoc.getText('notes:x').toString()).toBe('offline');
  });

  it('after a reload, restores the unacknowledged text from IndexedDB and resends it with the same id', async () => {
    const first = page();
    first.socket.answerUpdates = false;
    await first.provider.connect('m1', user);
    await until(() => first.provider.status() === 'connected');
    first.provider.doc.getText('notes:x').insert(0, 'typed before the reload');
    await until(() => first.socket.updatesSent().length === 1);
    const id = first.socket.updatesSent()[0].clientMutationId;
    first.provider.destroy();

    const second = page();
    await second.provider.connect('m1', user);
    expect(second.provider.doc.getText('notes:x').toString()).toBe('typed before the reload');
    await until(() => second.provider.pendingCount() === 0);
    expect(second.socket.updatesSent().map((u) => u.clientMutationId)).toEqual([id]);
    expect(second.socket.serverDoc.getText('notes:x').toString()).toBe('typed before the reload');
  });

  it('a reload right after typing: what IndexedDB had not stored yet is taken from the page-hide copy', async () => {
    const first = page();
    await first.provider.connect('m1', user);
    window.dispatchEvent(new Event('offline'));
    first.provider.doc.getText('notes:x').insert(0, 'last keystrokes');
    // The page goes away before IndexedDB finished: only the synchronous copy is certain.
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((r) => setTimeout(r, 30));
    for (const row of await first.store.all('meeting:m1')) await first.store.delete(row.clientMutationId);
    first.provider.destroy();
    window.dispatchEvent(new Event('online'));

    const second = page();
    await second.provider.connect('m1', user);
    expect(second.provider.doc.getText('notes:x').toString()).toBe('last keystrokes');
    expect(localStorage.getItem('keha-notes-unload:meeting:m1')).toBeNull();
    await until(() => second.provider.pendingCount() === 0);
    expect(second.socket.serverDoc.getText('notes:x').toString()).toBe('last keystrokes');
  });

  it('applies remote updates and merges them with concurrent local text', async () => {
    const { provider, socket } = page();
    await provider.connect('m1', user);
    await until(() => provider.status() === 'connected');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(socket.serverDoc));
    other.getText('notes:x').insert(0, 'theirs ');
    provider.doc.getText('notes:x').insert(0, 'mine ');
    socket.fire('doc:update', { meetingId: 'm1', update: toBase64(Y.encodeStateAsUpdate(other)) });
    const merged = provider.doc.getText('notes:x').toString();
    expect(merged).toContain('theirs ');
    expect(merged).toContain('mine ');
    await until(() => provider.pendingCount() === 0);
    expect(provider.doc.getText('notes:x').toString()).toBe(merged);
  });

  it('becomes read-only when the meeting is finalised and stops sending', async () => {
    const { provider, socket } = page();
    await provider.connect('m1', user);
    await until(() => provider.status() === 'connected');
    socket.fire('meeting:status', { meetingId: 'm1', status: 'finalised', readOnly: true });
    expect(provider.readOnly()).toBeTrue();
    expect(provider.finalised()).toBeTrue();
    provider.doc.getText('notes:x').insert(0, 'too late');
    await new Promise((r) => setTimeout(r, 60));
    expect(socket.updatesSent().length).toBe(0);
  });

  it('refuses a member of another team with a message and does not reconnect', async () => {
    const { provider, socket } = page();
    socket.joinAnswer = { ok: false, error: 'forbidden' };
    await provider.connect('m1', user);
    await until(() => provider.status() === 'closed');
    expect(provider.error()).toBe('forbidden');
    expect(socket.connected).toBeFalse();
  });

  it('tells why the server closed the socket (flooding) and comes back by itself', async () => {
    const { provider, socket } = page();
    await provider.connect('m1', user);
    await until(() => provider.status() === 'connected');
    socket.fire('realtime:closing', { reason: 'rate_limited' });
    socket.serverClose();
    expect(provider.error()).toBe('rate_limited');
    expect(provider.status()).toBe('reconnecting');
    await until(() => provider.status() === 'connected', 4000);
    expect(socket.connects).toBe(2);
    expect(provider.error()).toBeNull();
  });

  it('relays awareness both ways: its own state on join, the others as peers with their section', async () => {
    const { provider, socket } = page();
    await provider.connect('m1', user);
    await until(() => provider.status() === 'connected');
    expect(socket.sent.some((s) => s.event === 'awareness:update')).toBeTrue();
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const otherDoc = new Y.Doc();
    const other = new Awareness(otherDoc);
    other.setLocalState({ user: { id: 'u2', name: 'Mikko Laine', color: '#2e7d32' }, section: 'notes:aino' });
    socket.fire('awareness:update', {
      meetingId: 'm1',
      update: toBase64(encodeAwarenessUpdate(other, [otherDoc.clientID])),
    });
    expect(provider.peers()).toEqual([
      {
        clientId: otherDoc.clientID,
        userId: 'u2',
        name: 'Mikko Laine',
        color: '#2e7d32',
        section: 'notes:aino',
      },
    ]);
    const before = socket.sent.length;
    provider.setSection('worries:aino');
    expect(socket.sent.slice(before).map((s) => s.event)).toEqual(['awareness:update']);
    socket.disconnect();
    expect(provider.peers()).toEqual([]);
    other.destroy();
  });

  it('does not send remote changes back', async () => {
    const { provider, socket } = page();
    await provider.connect('m1', user);
    await until(() => provider.status() === 'connected');
    const other = new Y.Doc();
    other.getText('notes:x').insert(0, 'remote');
    Y.applyUpdate(provider.doc, Y.encodeStateAsUpdate(other), REMOTE);
    await new Promise((r) => setTimeout(r, 60));
    expect(socket.updatesSent().length).toBe(0);
  });
});

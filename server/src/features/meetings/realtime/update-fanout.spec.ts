import * as Y from 'yjs';
import { UpdateFanout, type FanoutTarget } from './update-fanout.js';

interface Sent {
  to: FanoutTarget;
  meetingId: string;
  update: Uint8Array;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An update that types `text` at the start of a fresh document of its own client. */
function typed(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const textOf = (...updates: Uint8Array[]): string => {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('notes').toString();
};

describe('meeting notes: update fan-out', () => {
  let sent: Sent[];
  let fanout: UpdateFanout;

  beforeEach(() => {
    sent = [];
    fanout = new UpdateFanout((to, meetingId, update) => sent.push({ to, meetingId, update }));
  });

  it('sends a lone update at the end of the turn, to the room except its sender', async () => {
    const update = typed('a');
    fanout.add('doc-1', 'm-1', update, 'socket-a');
    expect(sent).toEqual([]);
    await nextTurn();
    expect(sent).toEqual([{ to: { docName: 'doc-1', except: ['socket-a'] }, meetingId: 'm-1', update }]);
  });

  it('merges the updates of one turn: one message for the room, the others’ updates for each sender', async () => {
    const [a, b, fromLog] = [typed('aaa'), typed('bbb'), typed('ccc')];
    fanout.add('doc-1', 'm-1', a, 'socket-a');
    fanout.add('doc-1', 'm-1', b, 'socket-b');
    fanout.add('doc-1', 'm-1', fromLog, null);
    await nextTurn();

    expect(sent.length).toBe(3);
    const [room, toA, toB] = sent;
    expect(room!.to).toEqual({ docName: 'doc-1', except: ['socket-a', 'socket-b'] });
    expect(textOf(room!.update)).toBe(textOf(a, b, fromLog));
    expect(toA!.to).toEqual({ socketId: 'socket-a' });
    expect(textOf(a, toA!.update)).toBe(textOf(a, b, fromLog));
    expect(textOf(toA!.update)).not.toContain('aaa');
    expect(toB!.to).toEqual({ socketId: 'socket-b' });
    expect(textOf(b, toB!.update)).toBe(textOf(a, b, fromLog));
  });

  it('keeps rooms apart and sends each sender’s own batch only to the others', async () => {
    const [a, b] = [typed('a'), typed('b')];
    fanout.add('doc-1', 'm-1', a, 'socket-a');
    fanout.add('doc-2', 'm-2', b, 'socket-a');
    await nextTurn();
    expect(sent.map((s) => [s.to, s.meetingId])).toEqual([
      [{ docName: 'doc-1', except: ['socket-a'] }, 'm-1'],
      [{ docName: 'doc-2', except: ['socket-a'] }, 'm-2'],
    ]);
  });

  it('flush() sends a room’s waiting updates at once, and nothing twice', async () => {
    const a = typed('a');
    fanout.add('doc-1', 'm-1', a, 'socket-a');
    fanout.flush('doc-1');
    expect(sent.length).toBe(1);
    await nextTurn();
    expect(sent.length).toBe(1);
  });

  it('sends two updates of the same sender as one update', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText('notes').insert(0, 'x');
    doc.getText('notes').insert(1, 'y');
    for (const u of updates) fanout.add('doc-1', 'm-1', u, 'socket-a');
    await nextTurn();
    expect(sent.length).toBe(1);
    expect(sent[0]!.to).toEqual({ docName: 'doc-1', except: ['socket-a'] });
    expect(textOf(sent[0]!.update)).toBe('xy');
  });
});

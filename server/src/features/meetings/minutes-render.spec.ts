import * as Y from 'yjs';
import { sharedTypeName, type AgendaItem } from '@keha/shared';
import { plainText, renderMinutesItems } from './minutes-render.js';

const CHILD = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const family: AgendaItem = {
  id: 'f1',
  kind: 'family',
  childIds: [CHILD],
  children: [{ id: CHILD, name: 'Aino' }],
  presentingWorkerId: OTHER,
  presentingWorkerName: 'Anna',
  question: 'How do we support the mother?',
};

function paragraph(fragment: Y.XmlFragment, text: string, name = 'paragraph'): void {
  const p = new Y.XmlElement(name);
  const t = new Y.XmlText();
  p.insert(0, [t]);
  fragment.push([p]);
  t.insert(0, text);
}

describe('minutes from the notes document', () => {
  it('renders rich text as lines, list items with dashes', () => {
    const doc = new Y.Doc();
    const notes = doc.getXmlFragment('notes:f1');
    paragraph(notes, 'First line');
    const list = new Y.XmlElement('bulletList');
    notes.push([list]);
    const item = new Y.XmlElement('listItem');
    list.push([item]);
    paragraph(item, 'a point');
    expect(plainText(notes)).toBe('First line\n- a point');
  });

  it('takes the sections and the valid structured entries of each family item, for its own children', () => {
    const doc = new Y.Doc();
    paragraph(doc.getXmlFragment(sharedTypeName('child_view', 'f1')), 'Aino said she feels safe at school.');
    const hypothesis = new Y.Map<unknown>();
    doc.getArray(sharedTypeName('hypotheses', 'f1')).push([hypothesis]);
    hypothesis.set('id', 'h1');
    hypothesis.set('authorName', 'Sari');
    hypothesis.set('text', 'The conflict keeps the father close');
    hypothesis.set('status', 'open');
    const halfTyped = new Y.Map<unknown>();
    doc.getArray(sharedTypeName('safety_scales', 'f1')).push([halfTyped]);
    halfTyped.set('id', 's1');
    const action = (childId: string) => {
      const m = new Y.Map<unknown>();
      doc.getArray(sharedTypeName('action_points', 'f1')).push([m]);
      for (const [k, v] of Object.entries({
        id: childId,
        childId,
        text: 'Call the school',
        ownerId: OTHER,
        dueDate: '2026-01-10',
      }))
        m.set(k, v);
    };
    action(CHILD);
    action(OTHER);
    const [minutes] = renderMinutesItems(Y.encodeStateAsUpdate(doc), [family]);
    expect(minutes!.sections).toEqual({ child_view: 'Aino said she feels safe at school.' });
    expect(minutes!.hypotheses.map((h) => h.text)).toEqual(['The conflict keeps the father close']);
    expect(minutes!.safetyScales).toEqual([]);
    expect(minutes!.actionPoints.map((a) => a.childId)).toEqual([CHILD]);
  });
});

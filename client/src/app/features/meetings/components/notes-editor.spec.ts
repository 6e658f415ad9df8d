import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import * as Y from 'yjs';

import { link, stubProvider } from '../testing/stub-provider';
import { NotesEditor } from './notes-editor';

const user = { id: 'u1', name: 'Anna Virtanen', color: '#1565c0' };
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function paragraph(fragment: Y.XmlFragment, text: string): void {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  p.insert(0, [t]);
  fragment.push([p]);
  t.insert(0, text);
}

describe('NotesEditor (TipTap on a shared Y.XmlFragment)', () => {
  async function mount(doc: Y.Doc, readOnly = false) {
    const provider = stubProvider(doc);
    const fixture = TestBed.createComponent(NotesEditor);
    fixture.componentRef.setInput('provider', provider);
    fixture.componentRef.setInput('field', 'notes:aino');
    fixture.componentRef.setInput('label', 'meetings.sections.notes');
    fixture.componentRef.setInput('user', user);
    fixture.componentRef.setInput('readOnly', readOnly);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    await frame();
    const editable = (fixture.nativeElement as HTMLElement).querySelector('[contenteditable]') as HTMLElement;
    return { fixture, provider, editable };
  }

  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslateService()] }));

  it('shows what the shared document holds and what others add later', async () => {
    const doc = new Y.Doc();
    paragraph(doc.getXmlFragment('notes:aino'), 'Ensimmäinen rivi');
    const { editable } = await mount(doc);
    expect(editable.textContent).toContain('Ensimmäinen rivi');
    expect(editable.getAttribute('role')).toBe('textbox');
    expect(editable.getAttribute('data-section')).toBe('notes:aino');
    const other = new Y.Doc();
    link(doc, other);
    paragraph(other.getXmlFragment('notes:aino'), 'Toisen kirjoittama');
    await frame();
    expect(editable.textContent).toContain('Toisen kirjoittama');
  });

  it('typing goes into the shared fragment (as the server renders the minutes) and tells where the user is', async () => {
    const doc = new Y.Doc();
    const { editable, provider } = await mount(doc);
    editable.focus();
    document.execCommand('insertText', false, 'Kirjoitettu teksti');
    await frame();
    expect(doc.getXmlFragment('notes:aino').toString()).toContain('Kirjoitettu teksti');
    expect(provider.sections).toContain('notes:aino');
  });

  it('is not editable when read-only', async () => {
    const { editable } = await mount(new Y.Doc(), true);
    expect(editable.getAttribute('contenteditable')).toBe('false');
  });
});

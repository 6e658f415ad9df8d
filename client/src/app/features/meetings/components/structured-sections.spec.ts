import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import * as Y from 'yjs';

import { link, stubProvider } from '../testing/stub-provider';
import { ActionPointsSection } from './action-points-section';
import { HypothesesSection } from './hypotheses-section';
import { LIVE_FIELD_DEBOUNCE_MS } from './live-field';
import { SafetyScalesSection } from './safety-scales-section';

const anna = { id: 'u-anna', name: 'Anna Virtanen' };
const mikko = { id: 'u-mikko', name: 'Mikko Laine' };

async function mount<T>(
  type: Type<T>,
  provider: ReturnType<typeof stubProvider>,
  editor: typeof anna,
  inputs: Record<string, unknown> = {},
): Promise<ComponentFixture<T>> {
  const fixture = TestBed.createComponent(type);
  fixture.componentRef.setInput('provider', provider);
  fixture.componentRef.setInput('itemId', 'aino');
  fixture.componentRef.setInput('editor', editor);
  for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
  await fixture.whenStable();
  return fixture;
}

const el = (f: ComponentFixture<unknown>) => f.nativeElement as HTMLElement;
const change = (input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
};

/** Keystrokes only: no change or blur event. */
const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('structured sections of the shared notes', () => {
  let docA: Y.Doc;
  let docB: Y.Doc;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    docA = new Y.Doc();
    docB = new Y.Doc();
    link(docA, docB);
  });

  it('hypotheses: one member adds, the other sees it live, changes the status, both see who changed it', async () => {
    const a = await mount(HypothesesSection, stubProvider(docA), anna);
    const b = await mount(HypothesesSection, stubProvider(docB), mikko);
    const draft = el(a).querySelector('.add textarea') as HTMLTextAreaElement;
    change(draft, 'Väsymys ruokkii huolta');
    await a.whenStable();
    (el(a).querySelector('.add button') as HTMLButtonElement).click();
    await b.whenStable();
    const entryB = el(b).querySelector('.entries li') as HTMLElement;
    expect((entryB.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Väsymys ruokkii huolta');
    expect(entryB.textContent).toContain('meetings.room.changedBy');
    change(entryB.querySelector('select') as HTMLSelectElement, 'supported');
    await a.whenStable();
    const map = docA.getArray<Y.Map<unknown>>('hypotheses:aino').get(0);
    expect(map.get('status')).toBe('supported');
    expect(map.get('authorName')).toBe('Anna Virtanen');
    expect(map.get('updatedByName')).toBe('Mikko Laine');
    expect((el(a).querySelector('.entries select') as HTMLSelectElement).value).toBe('supported');
  });

  it('hypotheses: the text reaches the co-editor while it is typed; of two concurrent edits the last writer wins, shown to both', async () => {
    const a = await mount(HypothesesSection, stubProvider(docA), anna);
    const b = await mount(HypothesesSection, stubProvider(docB), mikko);
    change(el(a).querySelector('.add textarea') as HTMLTextAreaElement, 'Isä');
    await a.whenStable();
    (el(a).querySelector('.add button') as HTMLButtonElement).click();
    await b.whenStable();
    const textA = el(a).querySelector('.entries textarea') as HTMLTextAreaElement;
    const textB = el(b).querySelector('.entries textarea') as HTMLTextAreaElement;
    const shared = () => docA.getArray<Y.Map<unknown>>('hypotheses:aino').get(0);

    type(textA, 'Isä tukee');
    expect(shared().get('text')).toBe('Isä');
    await pause(LIVE_FIELD_DEBOUNCE_MS + 100);
    await b.whenStable();
    expect(textB.value).toBe('Isä tukee');

    // Both type at once: a value arriving meanwhile does not overwrite Mikko's unwritten keystrokes.
    type(textA, 'Annan versio');
    type(textB, 'Mikon versio');
    textA.dispatchEvent(new Event('blur'));
    await b.whenStable();
    expect(textB.value).toBe('Mikon versio');
    textB.dispatchEvent(new Event('blur'));
    await a.whenStable();
    await b.whenStable();
    expect(shared().get('text')).toBe('Mikon versio');
    expect(shared().get('updatedByName')).toBe('Mikko Laine');
    expect(textA.value).toBe('Mikon versio');
    expect(docB.getArray<Y.Map<unknown>>('hypotheses:aino').get(0).get('text')).toBe('Mikon versio');
    expect(el(a).querySelector('app-changed-by')?.textContent).toContain('meetings.room.changedBy');
  });

  it('action points: the text is written on blur without waiting for the pause', async () => {
    const a = await mount(ActionPointsSection, stubProvider(docA), anna, {
      children: [{ id: '665e99000000000000000001', name: 'Aino Korhonen' }],
      members: [{ id: anna.id, name: anna.name }],
    });
    const form = el(a).querySelector('form') as HTMLFormElement;
    (form.querySelector('input') as HTMLInputElement).value = 'Soita koululle';
    (form.querySelector('input[type="date"]') as HTMLInputElement).value = '2026-12-01';
    form.dispatchEvent(new Event('submit'));
    await a.whenStable();
    const text = el(a).querySelector('.entries input') as HTMLInputElement;
    type(text, 'Soita koululle ja terveydenhoitajalle');
    text.dispatchEvent(new Event('blur'));
    expect(docB.getArray<Y.Map<unknown>>('action_points:aino').get(0).get('text')).toBe(
      'Soita koululle ja terveydenhoitajalle',
    );
  });

  it('hypotheses: read-only offers no adding and writes nothing', async () => {
    const a = await mount(HypothesesSection, stubProvider(docA), anna, { readOnly: true });
    expect(el(a).querySelector('.add')).toBeNull();
  });

  it('safety scale: a score per participant with the anchor wording of the language', async () => {
    const a = await mount(SafetyScalesSection, stubProvider(docA), anna, {
      participants: [
        { userId: anna.id, name: anna.name },
        { userId: mikko.id, name: mikko.name },
      ],
      language: 'sv',
    });
    expect(el(a).textContent).toContain('Barnet är inte tryggt hemma nu');
    (el(a).querySelector('.add button') as HTMLButtonElement).click();
    await a.whenStable();
    change(el(a).querySelector('.entries select') as HTMLSelectElement, '7');
    const entry = docB.getArray<Y.Map<unknown>>('safety_scales:aino').get(0).toJSON();
    expect(entry).toEqual(
      jasmine.objectContaining({
        participantId: anna.id,
        participantName: anna.name,
        score: 7,
        anchorZero: 'Barnet är inte tryggt hemma nu',
        anchorTen: 'Tillräckligt tryggt för att avsluta ärendet',
      }),
    );
    await a.whenStable();
    // Anna has a score: only Mikko is left to add.
    const options = Array.from((el(a).querySelector('.add select') as HTMLSelectElement).options);
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Mikko Laine']);
  });

  it('action points: child, text, owner and due date in the shared document; incomplete ones are refused', async () => {
    const a = await mount(ActionPointsSection, stubProvider(docA), anna, {
      children: [{ id: '665e99000000000000000001', name: 'Aino Korhonen' }],
      members: [
        { id: anna.id, name: anna.name },
        { id: mikko.id, name: mikko.name },
      ],
    });
    const b = await mount(ActionPointsSection, stubProvider(docB), mikko, {
      children: [{ id: '665e99000000000000000001', name: 'Aino Korhonen' }],
      members: [
        { id: anna.id, name: anna.name },
        { id: mikko.id, name: mikko.name },
      ],
    });
    const form = el(a).querySelector('form') as HTMLFormElement;
    form.dispatchEvent(new Event('submit'));
    await a.whenStable();
    expect(el(a).querySelector('[role="alert"]')).not.toBeNull();
    expect(docA.getArray('action_points:aino').length).toBe(0);
    (form.querySelector('input') as HTMLInputElement).value = 'Kutsu verkostokokous';
    (form.querySelector('input[type="date"]') as HTMLInputElement).value = '2026-12-01';
    form.dispatchEvent(new Event('submit'));
    await b.whenStable();
    expect(docB.getArray<Y.Map<unknown>>('action_points:aino').get(0).toJSON()).toEqual(
      jasmine.objectContaining({
        childId: '665e99000000000000000001',
        text: 'Kutsu verkostokokous',
        ownerId: anna.id,
        dueDate: '2026-12-01',
        updatedByName: 'Anna Virtanen',
      }),
    );
    expect((el(b).querySelector('.entries input') as HTMLInputElement).value).toBe('Kutsu verkostokokous');
  });
});

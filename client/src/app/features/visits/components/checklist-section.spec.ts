import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import { ChecklistTemplate, VisitDraft } from '../data/visit.model';
import { CHILD_ID, visit } from '../testing/visit-fixture';
import { ChecklistSection } from './checklist-section';

type Item = ChecklistTemplate['items'][number];
const item = (key: string, group: Item['group'], extra: Partial<Item> = {}): Item => ({
  key,
  group,
  text: { fi: `Kysymys ${key}`, sv: `Fråga ${key}`, en: `Question ${key}` },
  legalReference: 'LSL 79 §',
  answerType: 'yes_no_na',
  perChild: false,
  ...extra,
});

const template: ChecklistTemplate = {
  id: 't1',
  key: 'default',
  version: 1,
  current: true,
  name: { fi: 'Lista', sv: 'Lista', en: 'List' },
  items: [
    item('alone', 'child_seen_alone', { perChild: true }),
    item('restraint', 'restrictions_incidents'),
    item('rooms', 'unit', { answerType: 'scale', scale: { min: 1, max: 3 } }),
    item('institution-only', 'unit', { unitTypes: ['institution'] }),
    item('overall', 'outcome', { answerType: 'text' }),
  ],
  createdByName: 'Admin',
  createdAt: '2026-01-01T00:00:00.000Z',
};

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('ChecklistSection', () => {
  let fixture: ComponentFixture<ChecklistSection>;
  const el = () => fixture.nativeElement as HTMLElement;
  const rows = () => Array.from(el().querySelectorAll<HTMLElement>('.item')).map((r) => r.dataset['item']);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    fixture = TestBed.createComponent(ChecklistSection);
    const draft: VisitDraft = { ...visit().draft, answers: [{ itemKey: 'restraint', value: 'no' }] };
    fixture.componentRef.setInput('draft', draft);
    fixture.componentRef.setInput('visit', visit());
    fixture.componentRef.setInput('template', template);
  });

  afterEach(() => fixture.destroy());

  it('shows the first group with the form and every group of the unit type a frame later', async () => {
    fixture.detectChanges();
    expect(rows()).toEqual(['alone']);
    expect(el().querySelectorAll('input:enabled').length).toBeGreaterThan(0);
    expect(el().textContent).toContain('(Aino)');

    for (let i = 0; i < 5 && rows().length === 1; i++) {
      await nextFrame();
      await fixture.whenStable();
    }
    expect(rows()).toEqual(['alone', 'restraint', 'rooms', 'overall']);
    expect(el().querySelectorAll('fieldset').length).toBe(4);
    const restraint = el().querySelector('[data-item="restraint"] [role="radio"][aria-checked="true"]');
    expect(restraint?.textContent).toContain('visits.no');
    const scale = el().querySelectorAll('[data-item="rooms"] [role="radio"]');
    expect(Array.from(scale).map((b) => b.textContent?.trim())).toEqual(['1', '2', '3']);
  });

  it('emits an answer for a per-child row with the child', () => {
    fixture.detectChanges();
    const emitted: VisitDraft[] = [];
    fixture.componentInstance.draftChange.subscribe((d) => emitted.push(d));
    const note = el().querySelector<HTMLInputElement>('[data-item="alone"] input')!;
    note.value = 'Tavattiin pihalla';
    note.dispatchEvent(new Event('input'));
    expect(emitted.at(-1)?.answers).toContain({
      itemKey: 'alone',
      childId: CHILD_ID,
      value: null,
      note: 'Tavattiin pihalla',
    });
  });

  it('emits the chosen answer of a yes/no row', () => {
    fixture.detectChanges();
    const emitted: VisitDraft[] = [];
    fixture.componentInstance.draftChange.subscribe((d) => emitted.push(d));
    const radios = el().querySelectorAll<HTMLButtonElement>('[data-item="alone"] [role="radio"]');
    expect(radios.length).toBe(3);
    radios[2].click();
    expect(emitted.at(-1)?.answers).toContain({ itemKey: 'alone', childId: CHILD_ID, value: 'na' });
  });

  it('translates the answers and the note label again after a language change', async () => {
    fixture.detectChanges();
    const labels = () =>
      Array.from(
        el().querySelectorAll('[data-item="alone"] [role="radio"], [data-item="alone"] .note span'),
      ).map((e) => e.textContent?.trim());
    expect(labels()).toEqual(['visits.yes', 'visits.no', 'visits.na', 'visits.checklist.note']);
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', {
      visits: { yes: 'Ja', no: 'Nej', na: 'Ej aktuellt', checklist: { note: 'Anteckning' } },
    });
    translate.use('sv');
    await fixture.whenStable();
    expect(labels()).toEqual(['Ja', 'Nej', 'Ej aktuellt', 'Anteckning']);
  });
});

import { Type, WritableSignal, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideTranslateService } from '@ngx-translate/core';

import { SaveState } from '../state/child-page.feature';
import { ChildViewForm } from './child-view-form';
import { SafetyScoreForm } from './safety-score-form';
import { TaskForm } from './task-form';

describe('record dialogs', () => {
  let save: jasmine.Spy;
  let state: WritableSignal<SaveState>;
  let element: HTMLElement;

  async function open<T>(component: Type<T>, data: object = {}): Promise<ComponentFixture<T>> {
    save = jasmine.createSpy('save').and.returnValue('r1');
    state = signal<SaveState>({ requestId: null, status: 'idle', error: null, fieldErrors: {} });
    TestBed.configureTestingModule({
      imports: [component],
      providers: [
        provideTranslateService(),
        { provide: MatDialogRef, useValue: jasmine.createSpyObj('MatDialogRef', ['close']) },
        { provide: MAT_DIALOG_DATA, useValue: { save, state, ...data } },
      ],
    });
    const fixture = TestBed.createComponent(component);
    element = fixture.nativeElement;
    await fixture.whenStable();
    return fixture;
  }
  const type = (name: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async (fixture: ComponentFixture<unknown>) => {
    element.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  };

  it("records the child's words with the method, or why the view was not obtained", async () => {
    const fixture = await open(ChildViewForm);
    type('date', '2026-11-19');
    type('words', 'Haluan asua äidin kanssa.');
    await submit(fixture);
    expect(save).not.toHaveBeenCalled(); // the method is missing
    fixture.componentInstance['form'].controls.method.setValue('drawing_or_play');
    await submit(fixture);
    expect(save).toHaveBeenCalledOnceWith({
      date: '2026-11-19',
      method: 'drawing_or_play',
      words: 'Haluan asua äidin kanssa.',
    });

    fixture.componentInstance['form'].controls.obtained.setValue(false);
    await fixture.whenStable();
    type('notObtainedReason', 'The child was asleep at the home visit.');
    type('effectOnDecisions', 'A new visit is booked.');
    await submit(fixture);
    expect(save).toHaveBeenCalledWith({
      date: '2026-11-19',
      notObtainedReason: 'The child was asleep at the home visit.',
      effectOnDecisions: 'A new visit is booked.',
    });
  });

  it('records a safety score with the participant', async () => {
    const fixture = await open(SafetyScoreForm);
    type('date', '2026-11-18');
    type('participant', 'Äiti');
    fixture.componentInstance['form'].controls.score.setValue(3);
    await submit(fixture);
    expect(save).toHaveBeenCalledOnceWith({ date: '2026-11-18', participant: 'Äiti', score: 3 });
    expect(element.textContent).toContain('children.safety.anchor0');
  });

  it('creates a task for a chosen owner, linked to a plan goal, and shows a server error on the owner', async () => {
    const fixture = await open(TaskForm, {
      owners: [
        { id: 'a'.repeat(24), name: 'Maija' },
        { id: 'b'.repeat(24), name: 'Anna' },
      ],
      goals: [
        { id: 'g1', text: 'School every day', owner: 'Family', targetDate: '2027-01-31', status: 'open' },
      ],
    });
    type('title', 'Call the school nurse');
    type('dueDate', '2026-12-01');
    fixture.componentInstance['form'].controls.goalId.setValue('g1');
    await submit(fixture);
    expect(save).toHaveBeenCalledOnceWith({
      title: 'Call the school nurse',
      ownerId: 'a'.repeat(24),
      dueDate: '2026-12-01',
      goalId: 'g1',
    });
    state.set({
      requestId: 'r1',
      status: 'failed',
      error: 'x',
      fieldErrors: { ownerId: 'Not in the team.' },
    });
    await fixture.whenStable();
    expect(
      element.querySelector('[formcontrolname="ownerId"]')!.closest('mat-form-field')!.textContent,
    ).toContain('Not in the team.');
  });
});

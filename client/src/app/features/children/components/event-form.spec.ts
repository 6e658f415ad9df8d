import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideTranslateService } from '@ngx-translate/core';
import { signal } from '@angular/core';
import { of } from 'rxjs';

import { SaveState } from '../state/child-page.feature';
import { EventForm, EventFormData } from './event-form';

describe('EventForm', () => {
  let fixture: ComponentFixture<EventForm>;
  let ref: jasmine.SpyObj<MatDialogRef<EventForm>>;
  let save: jasmine.Spy;
  let decisionMakers: jasmine.Spy;
  const state = signal<SaveState>({ requestId: null, status: 'idle', error: null, fieldErrors: {} });
  const element = () => fixture.nativeElement as HTMLElement;
  const field = (name: string) =>
    element().querySelector(`[formcontrolname="${name}"]`)!.closest('mat-form-field') as HTMLElement;
  const type = (name: string, value: string) => {
    const input = element().querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  };

  const create = async (data: Partial<EventFormData> = {}) => {
    ref = jasmine.createSpyObj<MatDialogRef<EventForm>>('MatDialogRef', ['close']);
    save = jasmine.createSpy('save').and.returnValue('r1');
    decisionMakers = jasmine
      .createSpy('decisionMakers')
      .and.returnValue(of([{ id: 'b'.repeat(24), displayName: 'Johanna Johtaja' }]));
    state.set({ requestId: null, status: 'idle', error: null, fieldErrors: {} });
    TestBed.configureTestingModule({
      imports: [EventForm],
      providers: [
        provideTranslateService(),
        { provide: MatDialogRef, useValue: ref },
        { provide: MAT_DIALOG_DATA, useValue: { save, state, decisionMakers, ...data } },
      ],
    });
    fixture = TestBed.createComponent(EventForm);
    await fixture.whenStable();
  };

  const chooseNotification = async () => {
    fixture.componentInstance['form'].controls.type.setValue('notification_received');
    await fixture.whenStable();
  };

  it('asks for the reporter and the content of a notification before saving', async () => {
    await create();
    await chooseNotification();
    type('date', '2026-11-20');
    await submit();
    expect(save).not.toHaveBeenCalled();
    fixture.componentInstance['form'].controls.details.controls.reporterType.setValue('school');
    type('content', 'The child said she is afraid to go home.');
    type('summary', '  ');
    await submit();
    expect(save).toHaveBeenCalledOnceWith({
      event: {
        type: 'notification_received',
        date: '2026-11-20',
        details: { reporterType: 'school', content: 'The child said she is afraid to go home.' },
      },
    });
  });

  it("shows the server's field error beside the field and keeps what was typed", async () => {
    await create();
    await chooseNotification();
    fixture.componentInstance['form'].controls.details.controls.reporterType.setValue('police');
    type('content', 'Police call at night');
    await submit();
    state.set({
      requestId: 'r1',
      status: 'failed',
      error: 'errors.codes.validation_failed',
      fieldErrors: { 'details.content': 'What was reported? Write more.' },
    });
    await fixture.whenStable();
    expect(field('content').textContent).toContain('What was reported? Write more.');
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'errors.codes.validation_failed',
    );
    expect(element().querySelector<HTMLTextAreaElement>('[formcontrolname="content"]')!.value).toBe(
      'Police call at night',
    );
    expect(ref.close).not.toHaveBeenCalled();
  });

  it('closes on its own save only', async () => {
    await create();
    await chooseNotification();
    fixture.componentInstance['form'].controls.details.controls.reporterType.setValue('police');
    type('content', 'Police call');
    await submit();
    state.set({ requestId: 'other', status: 'saved', error: null, fieldErrors: {} });
    await fixture.whenStable();
    expect(ref.close).not.toHaveBeenCalled();
    state.set({ requestId: 'r1', status: 'saved', error: null, fieldErrors: {} });
    await fixture.whenStable();
    expect(ref.close).toHaveBeenCalledOnceWith(true);
  });

  it('corrects an event with a reason, the server errors of the correction on the same fields', async () => {
    await create({
      event: {
        id: 'e1',
        seriesId: 'e1',
        version: 1,
        current: true,
        childId: 'c1',
        type: 'urgency_assessed',
        date: '2026-11-20',
        details: { urgency: 'urgent' },
        links: [],
        authorId: 'u1',
        authorName: 'Anna',
        recordedAt: '',
      },
    });
    type('reason', 'Wrong level');
    await submit();
    expect(save).toHaveBeenCalledOnceWith({
      event: { type: 'urgency_assessed', date: '2026-11-20', details: { urgency: 'urgent' } },
      reason: 'Wrong level',
    });
    state.set({
      requestId: 'r1',
      status: 'failed',
      error: 'x',
      fieldErrors: { 'event.date': 'Not a real date' },
    });
    await fixture.whenStable();
    expect(field('date').textContent).toContain('Not a real date');
  });

  it('asks who decided a care order, from the supervisors the server allows (LSL 13 §)', async () => {
    await create();
    fixture.componentInstance['form'].controls.type.setValue('care_order_decided');
    await fixture.whenStable();
    expect(decisionMakers).toHaveBeenCalledOnceWith('care_order_decided');
    await submit();
    expect(save).not.toHaveBeenCalled();
    fixture.componentInstance['form'].controls.details.controls.decidedById.setValue('b'.repeat(24));
    type('summary', 'Care order decided at the hearing.');
    await submit();
    expect(save).toHaveBeenCalledOnceWith({
      event: {
        type: 'care_order_decided',
        date: jasmine.any(String),
        details: { decidedById: 'b'.repeat(24), summary: 'Care order decided at the hearing.' },
      },
    });
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { TherapyApi } from '../data/therapy-api';
import { TherapySessionInput } from '../data/therapy.model';
import { provideRealTranslations } from '../testing/tablet-testing';
import { therapyPlan } from '../testing/therapy-fixture';
import { SessionDialog } from './session-dialog';
import { sessionInput, stepControlPath } from './session-input';

describe('SessionDialog', () => {
  let http: HttpTestingController;
  let root: HTMLElement;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const set = (selector: string, value: string) => {
    const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRealTranslations()],
    });
    http = TestBed.inject(HttpTestingController);
    const api = TestBed.inject(TherapyApi);
    const ref = TestBed.inject(MatDialog).open(SessionDialog, {
      data: {
        plan: therapyPlan(),
        meId: 'u9',
        today: '2026-09-08',
        save: (input: TherapySessionInput) => api.addSession('p1', input),
      },
    });
    await stable();
    root = ref.componentRef!.location.nativeElement as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    http.verify();
  });

  it("puts the server's 400 field messages beside their fields and stays open", async () => {
    set('textarea[formcontrolname="summary"]', 'Puhuimme riidoista.');
    set('input[formcontrolname="nextSessionDate"]', '2026-09-01');
    root.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    const post = http.expectOne({ method: 'POST', url: '/api/v1/therapy-plans/p1/sessions' });
    expect(post.request.body).toEqual({
      date: '2026-09-08',
      attendees: therapyPlan().participants,
      methods: [],
      summary: 'Puhuimme riidoista.',
      nextSteps: [],
      nextSessionDate: '2026-09-01',
    });
    post.flush(
      {
        error: {
          code: 'validation_failed',
          message: 'Invalid input',
          details: [
            { path: 'nextSessionDate', message: 'The next session is not after this one.' },
            { path: 'attendees', message: 'Name who attended.' },
            { path: 'methods', message: 'A method is listed twice.' },
          ],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    const errors = Array.from(root.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toContain('The next session is not after this one.');
    expect(errors).toContain('Name who attended.');
    expect(root.querySelector('app-dialog-failure [role="alert"]')?.textContent).toContain(
      'A method is listed twice.',
    );
    expect(document.querySelector('app-session-dialog')).not.toBeNull();
  });

  it('turns a next step into a task for the therapist on a child of the plan', () => {
    const input = sessionInput(
      {
        date: '2026-09-08',
        attendees: [true, false],
        otherAttendees: 'Opettaja Ojala, ',
        methods: [true, false, false, false, false, false, false, false, false],
        summary: ' Hyvä ',
        nextSteps: [{ text: 'Koulupalaveri', asTask: true, childId: 'c1', dueDate: '2026-09-20' }],
        nextSessionDate: '',
      },
      therapyPlan(),
      'u9',
    );
    expect(input).toEqual({
      date: '2026-09-08',
      attendees: [therapyPlan().participants[0]!, { name: 'Opettaja Ojala' }],
      methods: ['genogram_work'],
      summary: 'Hyvä',
      nextSteps: [{ text: 'Koulupalaveri', task: { childId: 'c1', ownerId: 'u9', dueDate: '2026-09-20' } }],
    });
    expect(stepControlPath('nextSteps.0.task.dueDate')).toBe('nextSteps.0.dueDate');
  });
});

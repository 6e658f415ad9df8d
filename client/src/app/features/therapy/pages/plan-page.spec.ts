import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, DeferBlockBehavior, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';

import { Role } from '../../auth/data/session.model';
import { selectSession } from '../../auth/state/auth.feature';
import { sessionInfo } from '../../auth/testing/session.fixture';
import { provideRealTranslations } from '../testing/tablet-testing';
import { therapyPlan, therapySession } from '../testing/therapy-fixture';
import { PlanPage } from './plan-page';

describe('PlanPage', () => {
  let fixture: ComponentFixture<PlanPage>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;
  const buttons = () => Array.from(element().querySelectorAll('button')).map((b) => b.textContent?.trim());

  async function open(roles: Role[], plan = therapyPlan()) {
    TestBed.configureTestingModule({
      imports: [PlanPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideRealTranslations(),
        provideMockStore({
          selectors: [{ selector: selectSession, value: sessionInfo({ id: 'u9', roles }) }],
        }),
      ],
      deferBlockBehavior: DeferBlockBehavior.Manual,
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanPage);
    fixture.componentRef.setInput('planId', 'p1');
    await fixture.whenStable();
    http.expectOne('/api/v1/therapy-plans/p1').flush(plan);
    await fixture.whenStable();
    http.expectOne('/api/v1/therapy-plans/p1/comments').flush({ items: [] });
    http.expectOne('/api/v1/therapy-plans/p1/sessions').flush({ items: [therapySession()] });
    http.expectOne('/api/v1/therapy-plans/p1/measurements/series').flush({ planId: 'p1', respondents: [] });
    http.expectOne((r) => r.url === '/api/v1/therapy-plans/reminders').flush({ items: [] });
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('shows the plan, its status with who and when, and the moves to the family therapist', async () => {
    await open(['family_therapist']);
    expect(element().querySelector('h1')?.textContent).toContain('Virtanen (perhe)');
    expect(element().querySelector('app-plan-status-chip')?.textContent).toContain('Draft');
    expect(element().textContent).toContain('Sari Koskinen');
    expect(element().textContent).toContain('Session 1');
    expect(buttons()).toContain('Start the plan (active)');
    expect(buttons().some((b) => b?.includes('Log a session'))).toBeTrue();
    expect(buttons().some((b) => b?.includes('SCORE-15 on the tablet'))).toBeTrue();
  });

  it('shows the same plan read-only to a team member: no moves, no session log button', async () => {
    await open(['social_worker']);
    expect(element().querySelector('app-plan-status-chip')?.textContent).toContain('Draft');
    expect(buttons()).not.toContain('Start the plan (active)');
    expect(buttons().some((b) => b?.includes('Log a session'))).toBeFalse();
    expect(element().querySelector('app-plan-comments textarea')).not.toBeNull();
  });

  it('sends the move with the base version and words the reasons a draft cannot start', async () => {
    await open(['family_therapist']);
    Array.from(element().querySelectorAll('button'))
      .find((b) => b.textContent?.includes('Start the plan'))!
      .click();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/therapy-plans/p1/status' });
    expect(post.request.body).toEqual({ baseVersion: 2, to: 'active' });
    post.flush(
      {
        error: {
          code: 'validation_failed',
          message: 'The plan is not ready to start',
          details: [{ path: 'goals', message: 'A plan needs at least one goal to start.' }],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const alert = element().querySelector('app-plan-status [role="alert"]')!;
    expect(alert.textContent).toContain('A plan needs at least one goal to start.');
  });

  it('explains when the plan cannot be opened (another team: reason required)', async () => {
    TestBed.configureTestingModule({
      imports: [PlanPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideRealTranslations(),
        provideMockStore({ selectors: [{ selector: selectSession, value: sessionInfo() }] }),
      ],
      deferBlockBehavior: DeferBlockBehavior.Manual,
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanPage);
    fixture.componentRef.setInput('planId', 'p1');
    await fixture.whenStable();
    http
      .expectOne('/api/v1/therapy-plans/p1')
      .flush(
        { error: { code: 'break_glass_required', message: 'No relationship' } },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('no client relationship');
    expect(element().querySelector('app-plan-details')).toBeNull();
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';

import { Role } from '../../auth/data/session.model';
import { selectSession } from '../../auth/state/auth.feature';
import { sessionInfo } from '../../auth/testing/session.fixture';
import { provideRealTranslations } from '../testing/tablet-testing';
import { therapyPlan } from '../testing/therapy-fixture';
import { ChildTherapySection } from './child-therapy-section';

describe('ChildTherapySection', () => {
  let fixture: ComponentFixture<ChildTherapySection>;
  let http: HttpTestingController;
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  async function render(roles: Role[]) {
    TestBed.configureTestingModule({
      imports: [ChildTherapySection],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideRealTranslations(),
        provideMockStore({ selectors: [{ selector: selectSession, value: sessionInfo({ roles }) }] }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChildTherapySection);
    fixture.componentRef.setInput('childId', 'c1');
    fixture.componentRef.setInput('canWrite', true);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it("lists the child's plans and their review and SCORE-15 dates as deadlines", async () => {
    await render(['family_therapist']);
    http
      .expectOne((r) => r.url === '/api/v1/therapy-plans')
      .flush({ items: [therapyPlan({ status: 'active' })] });
    http
      .expectOne((r) => r.url === '/api/v1/therapy-plans/reminders')
      .flush({
        items: [
          {
            planId: 'p1',
            kind: 'measurement',
            point: 'session_4',
            dueDate: '2026-10-06',
            status: 'overdue',
            metOn: null,
            familyId: 'f1',
            familyName: 'Virtanen (perhe)',
            childIds: ['c1'],
          },
        ],
      });
    await fixture.whenStable();
    expect(text()).toContain('Therapy plan: Virtanen (perhe)');
    expect(text()).toContain('SCORE-15 measurement: Around the 4th session');
    expect(text()).toContain('Overdue');
    expect(text()).toContain('New therapy plan');
  });

  it('says so, without a new-plan link, when therapy records are not for this user', async () => {
    await render(['social_worker']);
    const forbidden = { status: 403, statusText: 'Forbidden' };
    const body = { error: { code: 'forbidden', message: 'No' } };
    http.expectOne((r) => r.url === '/api/v1/therapy-plans/reminders').flush({ items: [] });
    http.expectOne((r) => r.url === '/api/v1/therapy-plans').flush(body, forbidden);
    await fixture.whenStable();
    expect(text()).toContain('Therapy records are not shown to you.');
    expect(text()).not.toContain('New therapy plan');
  });
});

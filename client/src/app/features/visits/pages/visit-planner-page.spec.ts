import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { of, throwError } from 'rxjs';

import { Role } from '../../auth/data/session.model';
import { selectSession } from '../../auth/state/auth.feature';
import { sessionInfo } from '../../auth/testing/session.fixture';
import { VisitsApi } from '../data/visits-api';
import { due, visit } from '../testing/visit-fixture';
import { VisitPlannerPage } from './visit-planner-page';

describe('VisitPlannerPage', () => {
  let fixture: ComponentFixture<VisitPlannerPage>;
  let api: jasmine.SpyObj<VisitsApi>;
  const element = () => fixture.nativeElement as HTMLElement;
  const rows = () => Array.from(element().querySelectorAll<HTMLTableRowElement>('app-due-table tbody tr'));
  const overdue = due({ placementId: 'p1', childName: 'Aino Testi' });
  const sameUnit = due({
    placementId: 'p2',
    childName: 'Eetu Testi',
    status: 'upcoming',
    dueDate: '2027-01-10',
  });
  const planned = due({
    placementId: 'p3',
    childName: 'Onni Testi',
    status: 'due_soon',
    unit: { id: 'u2', name: 'Lastenkoti Vaahtera', type: 'institution' },
    nextPlannedVisit: { visitId: 'v9', plannedDate: '2026-11-26' },
  });

  async function render(role: Role) {
    api = jasmine.createSpyObj<VisitsApi>('VisitsApi', ['due', 'calendar', 'inspectors', 'plan']);
    api.due.and.returnValue(of([overdue, planned, sameUnit]));
    api.calendar.and.returnValue(of([visit({ plannedDate: '2026-11-26' })]));
    api.inspectors.and.returnValue(of([{ id: 'i1', name: 'Pekka' }]));
    TestBed.configureTestingModule({
      imports: [VisitPlannerPage],
      providers: [
        provideTranslateService(),
        provideRouter([]),
        provideMockStore(),
        { provide: VisitsApi, useValue: api },
      ],
    });
    TestBed.inject(MockStore).overrideSelector(selectSession, sessionInfo({ id: 'me1', roles: [role] }));
    fixture = TestBed.createComponent(VisitPlannerPage);
    await fixture.whenStable();
  }

  it("shows each placement's due visit, overdue highlighted, and a planned visit to open", async () => {
    await render('placement_inspector');
    expect(api.due).toHaveBeenCalledWith('me');
    expect(api.calendar.calls.mostRecent().args[2]).toBe('me');
    expect(rows().map((r) => r.classList.contains('overdue'))).toEqual([true, false, false]);
    expect(rows()[0]!.textContent).toContain('Aino Testi');
    expect(rows()[1]!.querySelector('a')?.getAttribute('href')).toBe('/visits/v9');
    expect(element().textContent).toContain('visits.planner.overdueCount');
  });

  it("shows a worker their children's placements and every inspector's calendar", async () => {
    await render('social_worker');
    expect(api.due).toHaveBeenCalledWith(undefined);
    expect(api.calendar.calls.mostRecent().args[2]).toBeUndefined();
  });

  it("plans a visit covering the unit's children and reloads the planner", async () => {
    await render('social_worker');
    api.plan.and.returnValue(of(visit({ plannedDate: '2026-12-01' })));
    (rows()[0]!.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    const boxes = element().querySelectorAll('app-plan-visit-form mat-checkbox');
    expect(Array.from(boxes).map((b) => b.textContent?.trim())).toEqual(['Aino Testi', 'Eetu Testi']);
    (element().querySelector('app-plan-visit-form mat-radio-button input') as HTMLInputElement).click();
    (element().querySelector('app-plan-visit-form button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(api.plan).toHaveBeenCalledWith(
      jasmine.objectContaining({ placementIds: ['p1'], announced: true, inspectorId: 'i1' }),
    );
    expect(element().querySelector('app-plan-visit-form')).toBeNull();
    expect(element().querySelector('[role=status]')?.textContent).toContain('visits.plan.done');
    expect(api.due).toHaveBeenCalledTimes(2);
  });

  it('keeps the form open and says why when the server refuses', async () => {
    await render('social_worker');
    const refusal = { error: { code: 'forbidden', message: 'Not your child.' } };
    api.plan.and.returnValue(throwError(() => new HttpErrorResponse({ status: 403, error: refusal })));
    (rows()[0]!.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    (element().querySelector('app-plan-visit-form mat-radio-button input') as HTMLInputElement).click();
    (element().querySelector('app-plan-visit-form button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(element().querySelector('app-plan-visit-form')).not.toBeNull();
    expect(element().querySelector('[role=alert]')?.textContent).toContain('Not your child.');
  });
});

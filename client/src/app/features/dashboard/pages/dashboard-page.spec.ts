import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { Subject } from 'rxjs';

import { navItemsFor } from '../../../layout/nav-items';
import { DashboardSocket } from '../data/dashboard-socket';
import { DashboardChangedPayload } from '../data/dashboard.model';
import { DashboardLiveActions, DashboardPageActions } from '../state/dashboard.actions';
import { initialDashboardState } from '../state/dashboard.feature';
import { caseloadFixture, drillDownFixture } from '../testing/dashboard-fixture';
import { DashboardPage } from './dashboard-page';

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let pushes: Subject<DashboardChangedPayload>;

  beforeEach(async () => {
    pushes = new Subject();
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [
        provideRouter([]),
        provideTranslateService(),
        provideMockStore({
          initialState: {
            dashboard: {
              ...initialDashboardState,
              filters: { teamId: 't2', workerId: null, from: null, to: null },
              data: { ...initialDashboardState.data, caseload: caseloadFixture() },
              drillDown: drillDownFixture(),
              callState: 'loaded',
            },
          },
        }),
        { provide: DashboardSocket, useValue: { changes: () => pushes } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
  });

  const element = () => fixture.nativeElement as HTMLElement;

  it('opens on the caseload view and shows it', () => {
    expect(dispatch).toHaveBeenCalledWith(DashboardPageActions.opened({ view: 'caseload' }));
    expect(element().textContent).toContain('Laura Söderberg');
  });

  it('refetches when the server says the data changed, and stops listening when closed', () => {
    pushes.next({ teamIds: ['t2'], areas: ['deadlines'] });
    expect(dispatch).toHaveBeenCalledWith(DashboardLiveActions.pushed());
    fixture.destroy();
    expect(pushes.observed).toBeFalse();
  });

  it('drills down within the filtered team', () => {
    element().querySelector<HTMLButtonElement>('button.drill')!.click();
    expect(dispatch).toHaveBeenCalledWith(
      DashboardPageActions.drillDownOpened({ request: { teamId: 't2', kind: 'caseload', workerId: 'w1' } }),
    );
  });

  it('links each child of a drill-down to their picture page', () => {
    const link = element().querySelector<HTMLAnchorElement>('app-drill-down-list a')!;
    expect(link.textContent).toContain('Aino Korhonen');
    expect(link.getAttribute('href')).toBe('/children/c1');
  });

  it('downloads the view on screen with its filters as CSV', () => {
    const csv = element().querySelector<HTMLAnchorElement>('a.export')!;
    expect(csv.getAttribute('href')).toBe('/api/v1/dashboard/caseload/export?teamId=t2&format=csv&lang=fi');
    expect(csv.hasAttribute('download')).toBeTrue();
  });

  it('is in the navigation of supervisors only', () => {
    const paths = (role: string) =>
      navItemsFor({ user: { roles: [role] } } as never).map((item) => item.path);
    expect(paths('supervisor')).toContain('/dashboard');
    expect(paths('social_worker')).not.toContain('/dashboard');
    expect(paths('administrator')).not.toContain('/dashboard');
  });
});

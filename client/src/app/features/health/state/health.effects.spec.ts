import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { provideMockActions } from '@ngrx/effects/testing';
import { Observable, Subject, of, throwError } from 'rxjs';

import { HealthApi } from '../data/health-api';
import { HealthStatus } from '../data/health.model';
import { healthStatus } from '../testing/health-status.fixture';
import { HealthApiActions, HealthPageActions } from './health.actions';
import { loadHealthStatus } from './health.effects';

describe('loadHealthStatus effect', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<HealthApi>;
  let effect$: Observable<Action>;
  let emitted: Action[];

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<HealthApi>('HealthApi', ['getStatus']);
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions$), { provide: HealthApi, useValue: api }],
    });
    effect$ = TestBed.runInInjectionContext(() => loadHealthStatus());
    emitted = [];
    effect$.subscribe((action) => emitted.push(action));
  });

  it('loads the status when the page opens', () => {
    api.getStatus.and.returnValue(of(healthStatus()));
    actions$.next(HealthPageActions.opened());
    expect(emitted).toEqual([HealthApiActions.statusLoaded({ status: healthStatus() })]);
  });

  it('loads again when refresh is clicked', () => {
    api.getStatus.and.returnValue(of(healthStatus({ status: 'degraded' })));
    actions$.next(HealthPageActions.refreshClicked());
    expect(emitted).toEqual([
      HealthApiActions.statusLoaded({ status: healthStatus({ status: 'degraded' }) }),
    ]);
  });

  it('maps a network failure to the unreachable error and keeps listening', () => {
    api.getStatus.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    actions$.next(HealthPageActions.opened());
    api.getStatus.and.returnValue(of(healthStatus()));
    actions$.next(HealthPageActions.refreshClicked());
    expect(emitted).toEqual([
      HealthApiActions.statusLoadFailed({ error: 'health.errors.unreachable' }),
      HealthApiActions.statusLoaded({ status: healthStatus() }),
    ]);
  });

  it('maps any other failure to the unexpected error', () => {
    api.getStatus.and.returnValue(throwError(() => new HttpErrorResponse({ status: 500 })));
    actions$.next(HealthPageActions.opened());
    expect(emitted).toEqual([HealthApiActions.statusLoadFailed({ error: 'health.errors.unexpected' })]);
  });

  it('drops a pending check when a newer one starts (switchMap)', () => {
    const first = new Subject<HealthStatus>();
    const second = new Subject<HealthStatus>();
    api.getStatus.and.returnValues(first, second);
    actions$.next(HealthPageActions.opened());
    actions$.next(HealthPageActions.refreshClicked());
    first.next(healthStatus({ version: 'stale' }));
    second.next(healthStatus({ version: 'fresh' }));
    expect(emitted).toEqual([HealthApiActions.statusLoaded({ status: healthStatus({ version: 'fresh' }) })]);
  });

  it('ignores unrelated actions', () => {
    actions$.next(HealthApiActions.statusLoaded({ status: healthStatus() }));
    expect(api.getStatus).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
  });
});

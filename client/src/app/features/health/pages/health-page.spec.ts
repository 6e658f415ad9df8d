import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { HealthPageActions } from '../state/health.actions';
import { selectApiReachable, selectError, selectLoading, selectStatus } from '../state/health.feature';
import { healthStatus } from '../testing/health-status.fixture';
import { HealthPage } from './health-page';

describe('HealthPage', () => {
  let fixture: ComponentFixture<HealthPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [HealthPage],
      providers: [provideMockStore(), provideTranslateService()],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectStatus, healthStatus({ version: '1.2.3' }));
    store.overrideSelector(selectApiReachable, true);
    store.overrideSelector(selectLoading, false);
    store.overrideSelector(selectError, null);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(HealthPage);
    await fixture.whenStable();
  });

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('asks for the status when opened', () => {
    expect(dispatch).toHaveBeenCalledOnceWith(HealthPageActions.opened());
  });

  it('shows the welcome card and the selected status', () => {
    expect(text()).toContain('health.welcome.title');
    expect(text()).toContain('1.2.3');
    expect(text()).toContain('health.status.reachable.good');
    expect(text()).toContain('health.status.databaseState.good');
  });

  it('dispatches Refresh Clicked from the status card', () => {
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      'app-status-card button',
    );
    button?.click();
    expect(dispatch).toHaveBeenCalledWith(HealthPageActions.refreshClicked());
  });

  it('shows the failure from the store', async () => {
    store.overrideSelector(selectStatus, null);
    store.overrideSelector(selectApiReachable, false);
    store.overrideSelector(selectError, 'health.errors.unreachable');
    store.refreshState();
    await fixture.whenStable();
    expect(text()).toContain('health.errors.unreachable');
    expect(text()).toContain('health.status.reachable.bad');
  });
});

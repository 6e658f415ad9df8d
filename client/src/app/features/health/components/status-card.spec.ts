import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { healthStatus } from '../testing/health-status.fixture';
import { StatusCard } from './status-card';

describe('StatusCard', () => {
  let fixture: ComponentFixture<StatusCard>;
  const element = () => fixture.nativeElement as HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [StatusCard], providers: [provideTranslateService()] });
    fixture = TestBed.createComponent(StatusCard);
  });

  it('shows an unknown state before the first answer', async () => {
    await fixture.whenStable();
    expect(element().textContent).toContain('health.status.reachable.unknown');
    expect(element().textContent).not.toContain('health.status.version');
  });

  it('tells a down database with an icon and words, not colour alone', async () => {
    fixture.componentRef.setInput('reachable', true);
    fixture.componentRef.setInput(
      'status',
      healthStatus({ status: 'degraded', database: { status: 'down', engine: 'external' } }),
    );
    await fixture.whenStable();
    const chips = element().querySelectorAll('app-status-indicator');
    expect(chips[1].textContent).toContain('error');
    expect(chips[1].textContent).toContain('health.status.databaseState.bad');
    expect(element().textContent).toContain('health.status.engine.external');
  });

  it('shows a progress bar with an accessible name while loading', async () => {
    fixture.componentRef.setInput('loading', true);
    await fixture.whenStable();
    const bar = element().querySelector('mat-progress-bar');
    expect(bar?.getAttribute('aria-label')).toBe('health.status.checking');
  });

  it('emits refresh', async () => {
    let refreshed = false;
    fixture.componentInstance.refresh.subscribe(() => (refreshed = true));
    await fixture.whenStable();
    element().querySelector<HTMLButtonElement>('button')?.click();
    expect(refreshed).toBeTrue();
  });
});

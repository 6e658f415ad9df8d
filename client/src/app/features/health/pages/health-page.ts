import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { Store } from '@ngrx/store';

import { StatusCard } from '../components/status-card';
import { WelcomeCard } from '../components/welcome-card';
import { HealthPageActions } from '../state/health.actions';
import { selectApiReachable, selectError, selectLoading, selectStatus } from '../state/health.feature';

/** Container: selects the health state and dispatches the page's events. */
@Component({
  selector: 'app-health-page',
  imports: [StatusCard, WelcomeCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-welcome-card />
    <app-status-card
      [status]="status()"
      [reachable]="reachable()"
      [loading]="loading()"
      [error]="error()"
      (refresh)="onRefresh()"
    />
  `,
  styles: `
    :host {
      display: grid;
      gap: 16px;
      max-width: 56rem;
    }
  `,
})
export class HealthPage implements OnInit {
  private readonly store = inject(Store);

  protected readonly status = this.store.selectSignal(selectStatus);
  protected readonly reachable = this.store.selectSignal(selectApiReachable);
  protected readonly loading = this.store.selectSignal(selectLoading);
  protected readonly error = this.store.selectSignal(selectError);

  ngOnInit(): void {
    this.store.dispatch(HealthPageActions.opened());
  }

  protected onRefresh(): void {
    this.store.dispatch(HealthPageActions.refreshClicked());
  }
}

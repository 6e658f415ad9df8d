import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { LoginForm } from '../components/login-form';
import { LoginRequest } from '../data/session.model';
import { LoginPageActions } from '../state/auth.actions';
import { selectLoginError, selectLoginPending, selectLoginStep } from '../state/auth.feature';
import { safeReturnUrl } from '../state/navigation';

const REASONS = new Set(['signedOut', 'signedOutEverywhere', 'idle', 'expired']);

/** Container: `/login?returnUrl=&reason=`. */
@Component({
  selector: 'app-login-page',
  imports: [MatCardModule, MatIconModule, TranslatePipe, LoginForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <h1 mat-card-title>{{ 'auth.login.title' | translate }}</h1>
      </mat-card-header>
      <mat-card-content>
        @if (reasonKey(); as reasonKey) {
          <p class="reason" role="status">
            <mat-icon aria-hidden="true">info</mat-icon>
            <span>{{ reasonKey | translate }}</span>
          </p>
        }
        <app-login-form
          [step]="step()"
          [pending]="pending()"
          [error]="error()"
          (submitted)="onSubmitted($event)"
          (cancelled)="onCancelled()"
        />
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
      max-width: 28rem;
      margin: 0 auto;
    }
    .reason {
      display: flex;
      align-items: center;
      gap: 8px;
    }
  `,
})
export class LoginPage {
  private readonly store = inject(Store);

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string | undefined>();
  readonly reason = input<string | undefined>();

  protected readonly step = this.store.selectSignal(selectLoginStep);
  protected readonly pending = this.store.selectSignal(selectLoginPending);
  protected readonly error = this.store.selectSignal(selectLoginError);
  protected readonly reasonKey = computed(() => {
    const reason = this.reason();
    return reason && REASONS.has(reason) ? `auth.login.reason.${reason}` : null;
  });

  protected onSubmitted(credentials: LoginRequest): void {
    this.store.dispatch(
      LoginPageActions.submitted({ credentials, returnUrl: safeReturnUrl(this.returnUrl()) }),
    );
  }

  protected onCancelled(): void {
    this.store.dispatch(LoginPageActions.secondStepCancelled());
  }
}

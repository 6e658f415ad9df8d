import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { LoginForm } from '../components/login-form';
import { LoginRequest } from '../data/session.model';
import { LoginPageActions } from '../state/auth.actions';
import {
  selectLoginError,
  selectLoginPending,
  selectLoginStep,
  selectSsoLoginUrl,
} from '../state/auth.feature';
import { safeReturnUrl } from '../state/navigation';

const REASONS = new Set(['signedOut', 'signedOutEverywhere', 'idle', 'expired']);
/** Why single sign-on came back without a session (`/login?sso=`, set by the server). */
const SSO_FAILURES = new Set(['unavailable', 'expired', 'failed', 'no_role', 'inactive']);

/** Container: `/login?returnUrl=&reason=`. */
@Component({
  selector: 'app-login-page',
  imports: [MatButtonModule, MatCardModule, MatIconModule, TranslatePipe, LoginForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <h1 mat-card-title>{{ 'auth.login.title' | translate }}</h1>
      </mat-card-header>
      <mat-card-content>
        @if (ssoErrorKey(); as ssoErrorKey) {
          <p class="reason sso-error" role="alert">
            <mat-icon aria-hidden="true">error</mat-icon>
            <span>{{ ssoErrorKey | translate }}</span>
          </p>
        }
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
        @if (ssoLoginUrl(); as ssoLoginUrl) {
          <p class="or">{{ 'auth.login.or' | translate }}</p>
          <a mat-stroked-button class="sso" [href]="ssoLoginUrl">
            <mat-icon aria-hidden="true">corporate_fare</mat-icon>
            {{ 'auth.login.sso' | translate }}
          </a>
        }
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
    .sso-error {
      color: var(--mat-sys-error);
    }
    .or {
      margin: 16px 0 8px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .sso {
      width: 100%;
    }
  `,
})
export class LoginPage implements OnInit {
  private readonly store = inject(Store);

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string | undefined>();
  readonly reason = input<string | undefined>();
  readonly sso = input<string | undefined>();

  protected readonly step = this.store.selectSignal(selectLoginStep);
  protected readonly pending = this.store.selectSignal(selectLoginPending);
  protected readonly error = this.store.selectSignal(selectLoginError);
  protected readonly ssoLoginUrl = this.store.selectSignal(selectSsoLoginUrl);
  protected readonly ssoErrorKey = computed(() => {
    const sso = this.sso();
    return sso && SSO_FAILURES.has(sso) ? `auth.login.ssoFailed.${sso}` : null;
  });
  protected readonly reasonKey = computed(() => {
    const reason = this.reason();
    return reason && REASONS.has(reason) ? `auth.login.reason.${reason}` : null;
  });

  ngOnInit(): void {
    this.store.dispatch(LoginPageActions.opened());
  }

  protected onSubmitted(credentials: LoginRequest): void {
    this.store.dispatch(
      LoginPageActions.submitted({ credentials, returnUrl: safeReturnUrl(this.returnUrl()) }),
    );
  }

  protected onCancelled(): void {
    this.store.dispatch(LoginPageActions.secondStepCancelled());
  }
}

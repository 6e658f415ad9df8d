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
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
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

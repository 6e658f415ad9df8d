import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { MonoTypeOperatorFunction } from 'rxjs';

import { fieldErrors } from '../../../core/http/error-message';
import { SecurityPageActions } from '../../auth/state/auth.actions';
import { selectSession } from '../../auth/state/auth.feature';
import { ChangePasswordForm } from '../components/change-password-form';
import { MfaDisableForm } from '../components/mfa-disable-form';
import { MfaEnrolment } from '../components/mfa-enrolment';
import {
  AccountApi,
  ChangePasswordRequest,
  MfaDisableRequest,
  MfaEnrolment as Enrolment,
} from '../data/account-api';

/**
 * Container: `/account/security`. The enrolment steps are this page's own short-lived state (signals);
 * what changes the session goes through the store, which reloads it.
 */
@Component({
  selector: 'app-security-page',
  imports: [MatCardModule, TranslatePipe, ChangePasswordForm, MfaDisableForm, MfaEnrolment],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './security-page.html',
  styles: `
    :host {
      display: grid;
      gap: 16px;
      max-width: 48rem;
    }
    .done {
      color: var(--mat-sys-primary);
    }
  `,
})
export class SecurityPage {
  private readonly api = inject(AccountApi);
  private readonly store = inject(Store);
  private readonly destroyRef = inject(DestroyRef);
  private readonly passwordForm = viewChild(ChangePasswordForm);

  protected readonly session = this.store.selectSignal(selectSession);
  protected readonly mfaEnabled = computed(() => this.session()?.user.mfaEnabled ?? false);
  protected readonly mfaRequired = computed(() => this.session()?.mfaEnrolmentRequired ?? false);
  protected readonly enrolment = signal<Enrolment | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly mfaPending = signal(false);
  protected readonly mfaError = signal<string | null>(null);
  protected readonly disableErrors = signal<Record<string, string>>({});
  protected readonly passwordPending = signal(false);
  protected readonly passwordErrors = signal<Record<string, string>>({});
  protected readonly passwordMessage = signal<string | null>(null);

  protected startEnrolment(): void {
    this.mfaStep();
    this.api
      .startMfaEnrolment()
      .pipe(this.untilDestroyed())
      .subscribe({
        next: (enrolment) => this.mfaDone(() => this.enrolment.set(enrolment)),
        error: () => this.mfaDone(() => this.mfaError.set('account.mfa.errors.start')),
      });
  }

  protected confirmEnrolment(code: string): void {
    this.mfaStep();
    this.api
      .confirmMfa(code)
      .pipe(this.untilDestroyed())
      .subscribe({
        next: (codes) => this.mfaDone(() => (this.enrolment.set(null), this.recoveryCodes.set(codes))),
        error: () => this.mfaDone(() => this.mfaError.set('account.mfa.errors.wrongCode')),
      });
  }

  /** Only now does the session learn that MFA is on: the guard keeps the user here until then. */
  protected codesSaved(): void {
    this.recoveryCodes.set(null);
    this.store.dispatch(SecurityPageActions.mfaEnabled());
  }

  /** Back to password only; where policy requires MFA the guard then asks for a new enrolment. */
  protected disableMfa(request: MfaDisableRequest): void {
    this.mfaStep();
    this.disableErrors.set({});
    this.api
      .disableMfa(request)
      .pipe(this.untilDestroyed())
      .subscribe({
        next: () => this.mfaDone(() => this.store.dispatch(SecurityPageActions.mfaDisabled())),
        error: (err: unknown) =>
          this.mfaDone(() => {
            const errors = fieldErrors(err);
            if (Object.keys(errors).length > 0) this.disableErrors.set(errors);
            else this.mfaError.set('account.mfa.errors.disable');
          }),
      });
  }

  protected changePassword(request: ChangePasswordRequest): void {
    this.passwordPending.set(true);
    this.passwordErrors.set({});
    this.passwordMessage.set(null);
    this.api
      .changePassword(request)
      .pipe(this.untilDestroyed())
      .subscribe({
        next: () => {
          this.passwordPending.set(false);
          this.passwordMessage.set('account.password.changed');
          this.passwordForm()?.reset();
          this.store.dispatch(SecurityPageActions.passwordChanged());
        },
        error: (err: unknown) => {
          this.passwordPending.set(false);
          const errors = fieldErrors(err);
          if (Object.keys(errors).length > 0) this.passwordErrors.set(errors);
          else this.passwordMessage.set('account.password.failed');
        },
      });
  }

  private mfaStep(): void {
    this.mfaPending.set(true);
    this.mfaError.set(null);
  }

  private mfaDone(apply: () => void): void {
    this.mfaPending.set(false);
    apply();
  }

  private untilDestroyed<T>(): MonoTypeOperatorFunction<T> {
    return takeUntilDestroyed<T>(this.destroyRef);
  }
}

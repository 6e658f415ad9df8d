import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { LoginRequest } from '../data/session.model';

/**
 * Presentational: username and password, then (when the server asks) the TOTP or a recovery code.
 * The credentials stay in this form between the two steps; they are sent again with the code.
 */
@Component({
  selector: 'app-login-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-form.html',
  styleUrl: './login-form.scss',
})
export class LoginForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly step = input<'credentials' | 'secondFactor'>('credentials');
  readonly pending = input(false);
  /** Translation key of the last failure. */
  readonly error = input<string | null>(null);
  readonly submitted = output<LoginRequest>();
  readonly cancelled = output<void>();

  protected readonly useRecoveryCode = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
    totp: ['', [Validators.required, Validators.pattern(/^\d{6}$/)]],
    recoveryCode: ['', [Validators.required, Validators.minLength(8)]],
  });

  constructor() {
    // Focus follows what the user must read or do next: the failure, or the code field.
    afterRenderEffect(() => {
      const error = this.error();
      const step = this.step();
      this.useRecoveryCode();
      const target = error ? '.login-error' : step === 'secondFactor' ? '.second-factor input' : null;
      if (target) this.host.nativeElement.querySelector<HTMLElement>(target)?.focus();
    });
  }

  protected toggleRecoveryCode(): void {
    this.useRecoveryCode.update((use) => !use);
  }

  protected submit(): void {
    const { username, password, totp, recoveryCode } = this.form.controls;
    const controls =
      this.step() === 'credentials'
        ? [username, password]
        : [username, password, this.useRecoveryCode() ? recoveryCode : totp];
    if (controls.some((control) => control.invalid)) {
      controls.forEach((control) => control.markAsTouched());
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const request: LoginRequest = { username: username.value.trim(), password: password.value };
    if (this.step() === 'secondFactor') {
      if (this.useRecoveryCode()) request.recoveryCode = recoveryCode.value.trim();
      else request.totp = totp.value.trim();
    }
    this.submitted.emit(request);
  }
}

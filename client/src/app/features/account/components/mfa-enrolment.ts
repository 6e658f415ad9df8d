import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
  output,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { MfaEnrolment as Enrolment } from '../data/account-api';

/**
 * Presentational: the steps of turning on the second factor. Start -> scan the QR code (or type the
 * key) -> confirm with a code -> see the recovery codes once and confirm they are saved.
 */
@Component({
  selector: 'app-mfa-enrolment',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mfa-enrolment.html',
  styleUrl: './mfa-enrolment.scss',
})
export class MfaEnrolment {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly mfaEnabled = input(false);
  readonly required = input(false);
  readonly enrolment = input<Enrolment | null>(null);
  readonly recoveryCodes = input<string[] | null>(null);
  readonly pending = input(false);
  /** Translation key of the last failure. */
  readonly error = input<string | null>(null);
  readonly started = output<void>();
  readonly confirmed = output<string>();
  readonly codesSaved = output<void>();

  protected readonly codeForm = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(/^\d{6}$/)]],
  });
  protected readonly savedForm = inject(NonNullableFormBuilder).group({
    saved: [false, Validators.requiredTrue],
  });

  constructor() {
    // Each step starts with its heading; a failure is announced and focused.
    afterRenderEffect(() => {
      const step = this.error()
        ? '.mfa-error'
        : this.recoveryCodes()
          ? '#mfa-codes-title'
          : this.enrolment()
            ? '#mfa-scan-title'
            : null;
      if (step) this.host.nativeElement.querySelector<HTMLElement>(step)?.focus();
    });
  }

  protected confirm(): void {
    if (this.codeForm.invalid) {
      this.codeForm.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.confirmed.emit(this.codeForm.getRawValue().code);
  }

  protected finish(): void {
    if (this.savedForm.invalid) {
      this.savedForm.markAllAsTouched();
      return;
    }
    this.codesSaved.emit();
  }
}

import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { ChangePasswordRequest } from '../data/account-api';

export const MIN_PASSWORD_LENGTH = 12;

/** Presentational: the server's per-field messages arrive in `serverErrors` and show under the field. */
@Component({
  selector: 'app-change-password-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password-form.html',
  styles: `
    form {
      display: grid;
      gap: 8px;
      max-width: 24rem;
    }
  `,
})
export class ChangePasswordForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly pending = input(false);
  /** By field name (`currentPassword`, `newPassword`); the server's own words. */
  readonly serverErrors = input<Record<string, string>>({});
  readonly submitted = output<ChangePasswordRequest>();

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
    repeatPassword: ['', Validators.required],
  });

  constructor() {
    effect(() => {
      const errors = this.serverErrors();
      for (const [field, message] of Object.entries(errors)) {
        const control = this.form.get(field);
        control?.setErrors({ server: message });
        control?.markAsTouched();
      }
      if (Object.keys(errors).length > 0) focusFirstInvalid(this.host.nativeElement);
    });
  }

  protected mismatch(): boolean {
    const { newPassword, repeatPassword } = this.form.getRawValue();
    return repeatPassword !== '' && newPassword !== repeatPassword;
  }

  protected submit(): void {
    const { repeatPassword } = this.form.controls;
    if (this.mismatch()) repeatPassword.setErrors({ mismatch: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submitted.emit({ currentPassword, newPassword });
  }

  /** After a successful change the fields are emptied. */
  reset(): void {
    this.form.reset();
  }
}

import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { MfaDisableRequest } from '../data/account-api';

/** Presentational: turning two-step verification off asks for the password and a current code. */
@Component({
  selector: 'app-mfa-disable-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form novalidate (ngSubmit)="submit()" [formGroup]="form">
      <p>{{ 'account.mfa.disableIntro' | translate }}</p>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'account.password.current' | translate }}</mat-label>
        <input matInput type="password" formControlName="password" autocomplete="current-password" required />
        <mat-error>{{
          form.controls.password.getError('server') ?? ('account.password.required' | translate)
        }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'account.mfa.code' | translate }}</mat-label>
        <input
          matInput
          formControlName="totp"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength="6"
          required
        />
        <mat-error>{{
          form.controls.totp.getError('server') ?? ('account.mfa.codeInvalid' | translate)
        }}</mat-error>
      </mat-form-field>
      <div>
        <button mat-stroked-button type="submit" [disabled]="pending()" [disabledInteractive]="true">
          {{ 'account.mfa.disable' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    form {
      display: grid;
      gap: 8px;
      max-width: 24rem;
    }
  `,
})
export class MfaDisableForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly pending = input(false);
  /** By field name (`password`, `totp`); the server's own words. */
  readonly serverErrors = input<Record<string, string>>({});
  readonly submitted = output<MfaDisableRequest>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
    totp: ['', [Validators.required, Validators.pattern(/^\d{6}$/)]],
  });

  constructor() {
    effect(() => {
      const errors = this.serverErrors();
      for (const [field, message] of Object.entries(errors)) {
        this.form.get(field)?.setErrors({ server: message });
        this.form.get(field)?.markAsTouched();
      }
      if (Object.keys(errors).length > 0) focusFirstInvalid(this.host.nativeElement);
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { password, totp } = this.form.getRawValue();
    this.submitted.emit({ password, totp: totp.trim() });
  }
}

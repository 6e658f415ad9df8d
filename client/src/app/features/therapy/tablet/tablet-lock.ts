import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { isSecondFactorRequired, loginErrorKey } from '../../auth/state/login-error';
import { TherapistUnlock } from '../state/therapist-unlock';

/**
 * The lock screen after the handed-over form (and whenever there is no handover in memory): shows
 * nothing of the case or of the answers; only the therapist's password (and code, with two-step
 * verification) opens the device again. In the therapist's UI language.
 */
@Component({
  selector: 'app-tablet-lock',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tablet-lock.html',
  styleUrl: './tablet.scss',
})
export class TabletLock {
  private readonly unlock = inject(TherapistUnlock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly username = input.required<string>();
  readonly therapistName = input.required<string>();
  readonly unlocked = output<void>();

  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly needsCode = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
    totp: [''],
  });

  constructor() {
    afterNextRender(() => this.host.querySelector<HTMLElement>('h1')?.focus());
  }

  protected submit(): void {
    if (this.form.invalid || this.pending()) {
      this.form.markAllAsTouched();
      return;
    }
    const { password, totp } = this.form.getRawValue();
    const request = { username: this.username(), password, ...(totp.trim() ? { totp: totp.trim() } : {}) };
    this.pending.set(true);
    this.error.set(null);
    this.unlock.confirm(request).subscribe({
      next: () => this.unlocked.emit(),
      error: (err: unknown) => {
        this.pending.set(false);
        this.form.controls.password.setValue('');
        if (isSecondFactorRequired(err) && !this.needsCode()) this.needsCode.set(true);
        else this.error.set(loginErrorKey(err, request));
      },
    });
  }
}

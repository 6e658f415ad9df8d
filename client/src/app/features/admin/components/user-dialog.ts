import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  WritableSignal,
  inject,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { describeHttpError, fieldErrors } from '../../../core/http/error-message';
import { ROLES, Role } from '../../auth/data/session.model';
import { MIN_PASSWORD_LENGTH } from '../../account/components/change-password-form';
import { AdminTeam, AdminUser, CreateUserRequest, UpdateUserRequest } from '../data/admin.model';
import { DialogActions } from '../../../core/forms/dialog-actions';

export interface UserDialogData {
  /** Absent: create a new user. */
  user?: AdminUser;
  teams: AdminTeam[];
  save: (request: CreateUserRequest | UpdateUserRequest) => Observable<AdminUser>;
}

/** Creates a user (with an initial password) or edits roles, teams, name and whether the account is active. */
@Component({
  selector: 'app-user-dialog',
  imports: [
    DialogActions,
    ReactiveFormsModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSlideToggleModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-dialog.html',
  styleUrl: './user-dialog.scss',
})
export class UserDialog {
  private readonly ref = inject<MatDialogRef<UserDialog, AdminUser>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);
  protected readonly creating = !this.data.user;
  protected readonly roles = ROLES;
  protected readonly minPassword = MIN_PASSWORD_LENGTH;
  protected readonly pending = signal(false);
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly error = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: [
      this.data.user?.username ?? '',
      this.creating ? [Validators.required, Validators.pattern(/^\s*[a-zA-Z0-9._-]{2,64}\s*$/)] : [],
    ],
    displayName: [this.data.user?.displayName ?? '', Validators.required],
    password: ['', this.creating ? [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)] : []],
    active: [this.data.user?.active ?? true],
  });
  protected readonly selectedRoles = signal<Role[]>(this.data.user?.roles ?? []);
  protected readonly selectedTeams = signal<string[]>(this.data.user?.teamIds ?? []);
  protected readonly rolesTouched = signal(false);

  protected toggle<T>(list: WritableSignal<T[]>, value: T, checked: boolean): void {
    list.update((values) => (checked ? [...values, value] : values.filter((v) => v !== value)));
  }

  protected submit(): void {
    this.rolesTouched.set(true);
    if (this.form.invalid || this.selectedRoles().length === 0) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { username, displayName, password, active } = this.form.getRawValue();
    const common = {
      displayName: displayName.trim(),
      roles: this.selectedRoles(),
      teamIds: this.selectedTeams(),
    };
    const request: CreateUserRequest | UpdateUserRequest = this.creating
      ? { ...common, username: username.trim().toLowerCase(), password, language: 'fi' }
      : { ...common, active };
    this.pending.set(true);
    this.error.set(null);
    this.data.save(request).subscribe({
      next: (user) => this.ref.close(user),
      error: (err: unknown) => this.showFailure(err),
    });
  }

  private showFailure(err: unknown): void {
    this.pending.set(false);
    const errors = fieldErrors(err);
    this.serverErrors.set(errors);
    for (const [field, message] of Object.entries(errors)) {
      this.form.get(field)?.setErrors({ server: message });
    }
    this.error.set(err instanceof HttpErrorResponse ? describeHttpError(err).key : 'errors.unexpected');
    focusFirstInvalid(this.host.nativeElement);
  }
}

import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { DialogActions } from '../../../core/forms/dialog-actions';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { SelectField, keyedOptions } from '../../../core/forms/select-field';
import {
  Closeness,
  NETWORK_SECTORS,
  NETWORK_SUPPORT,
  NetworkMember,
  NetworkMemberInput,
} from '../data/network.model';
import { DialogFailureMessage } from './dialog-failure';
import { DialogFailure, applyServerErrors } from './server-errors';

export interface MemberDialogData {
  /** Absent: a new person on the map. */
  member?: NetworkMember;
  save: (member: NetworkMemberInput) => Observable<unknown>;
}

/** Adds a person to the child's network map or edits one: sector, ring (closeness) and support. */
@Component({
  selector: 'app-member-dialog',
  imports: [
    DialogActions,
    DialogFailureMessage,
    SelectField,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-dialog.html',
  styleUrl: './family-dialog.scss',
})
export class MemberDialog {
  private readonly ref = inject(MatDialogRef<MemberDialog, boolean>);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<MemberDialogData>(MAT_DIALOG_DATA);
  protected readonly sectors = keyedOptions(NETWORK_SECTORS, 'network.sector.');
  protected readonly supports = keyedOptions(NETWORK_SUPPORT, 'network.support.');
  protected readonly closenesses: Closeness[] = [1, 2, 3];
  protected readonly pending = signal(false);
  protected readonly failure = signal<DialogFailure | null>(null);
  private readonly member = this.data.member;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.member?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    role: [this.member?.role ?? '', Validators.maxLength(200)],
    sector: [this.member?.sector ?? 'family'],
    closeness: [this.member?.closeness ?? (2 as Closeness)],
    support: [this.member?.support ?? 'supportive'],
    contact: [this.member?.contact ?? '', Validators.maxLength(300)],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { name, role, sector, closeness, support, contact } = this.form.getRawValue();
    const body: NetworkMemberInput = {
      name: name.trim(),
      sector,
      closeness: Number(closeness) as Closeness,
      support,
    };
    if (role.trim()) body.role = role.trim();
    if (contact.trim()) body.contact = contact.trim();
    if (this.member?.personId) body.personId = this.member.personId;
    this.pending.set(true);
    this.failure.set(null);
    this.data.save(body).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.pending.set(false);
        this.failure.set(applyServerErrors(err, (path) => this.form.get(path)));
        focusFirstInvalid(this.host.nativeElement);
      },
    });
  }
}

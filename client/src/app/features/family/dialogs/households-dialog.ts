import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { Household } from '../data/family.model';
import { DialogFailureMessage } from './dialog-failure';
import { DialogFailure, applyServerErrors } from './server-errors';
import { DialogActions } from '../../../core/forms/dialog-actions';

export interface HouseholdsDialogData {
  households: Household[];
  save: (households: Household[]) => Observable<unknown>;
}

/** The family's households (who lives together): names and addresses, drawn as dashed outlines. */
@Component({
  selector: 'app-households-dialog',
  imports: [
    DialogActions,
    DialogFailureMessage,
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './households-dialog.html',
  styleUrls: ['./family-dialog.scss', './households-dialog.scss'],
})
export class HouseholdsDialog {
  private readonly ref = inject(MatDialogRef<HouseholdsDialog, boolean>);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly data = inject<HouseholdsDialogData>(MAT_DIALOG_DATA);
  protected readonly pending = signal(false);
  protected readonly failure = signal<DialogFailure | null>(null);
  protected readonly form = this.fb.group({
    households: this.fb.array(this.data.households.map((h) => this.row(h))),
  });

  protected add(): void {
    const id = `h-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    this.form.controls.households.push(this.row({ id, label: '' }));
  }

  protected remove(index: number): void {
    this.form.controls.households.removeAt(index);
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const households = this.form.getRawValue().households.map(({ id, label, address }) => ({
      id,
      label: label.trim(),
      ...(address.trim() ? { address: address.trim() } : {}),
    }));
    this.pending.set(true);
    this.failure.set(null);
    this.data.save(households).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.pending.set(false);
        const control = (path: string) => (path.includes('.') ? this.form.get(path) : null);
        this.failure.set(applyServerErrors(err, control));
        focusFirstInvalid(this.host.nativeElement);
      },
    });
  }

  private row(household: Household) {
    return this.fb.group({
      id: [household.id],
      label: [household.label, [Validators.required, Validators.maxLength(200)]],
      address: [household.address ?? '', Validators.maxLength(300)],
    });
  }
}

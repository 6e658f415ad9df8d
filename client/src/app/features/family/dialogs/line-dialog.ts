import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { DialogActions } from '../../../core/forms/dialog-actions';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { SelectField, keyedOptions } from '../../../core/forms/select-field';
import {
  Family,
  PARENTHOOD_KINDS,
  PARTNERSHIP_STATUSES,
  RELATIONSHIP_QUALITIES,
  Relationship,
  RelationshipPatch,
} from '../data/family.model';
import { DialogFailureMessage } from './dialog-failure';
import { lineLabel } from './labels';
import { DialogFailure, applyServerErrors } from './server-errors';

export interface LineDialogData {
  family: Family;
  /** The line to edit; absent: the user picks one. */
  line?: Relationship;
  save: (lineId: string, patch: RelationshipPatch) => Observable<unknown>;
}

/** Sets a line's emotional quality and its couple status or kind of parenthood. */
@Component({
  selector: 'app-line-dialog',
  imports: [
    DialogActions,
    DialogFailureMessage,
    SelectField,
    ReactiveFormsModule,
    MatDialogModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './line-dialog.html',
  styleUrl: './family-dialog.scss',
})
export class LineDialog {
  private readonly ref = inject(MatDialogRef<LineDialog, boolean>);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<LineDialogData>(MAT_DIALOG_DATA);
  protected readonly lines = this.data.family.relationships.map((line) => ({
    value: line.id,
    label: lineLabel(line, this.data.family.persons),
  }));
  protected readonly statuses = keyedOptions(PARTNERSHIP_STATUSES, 'family.status.');
  protected readonly kinds = keyedOptions(PARENTHOOD_KINDS, 'family.parenthood.');
  protected readonly qualities = keyedOptions(RELATIONSHIP_QUALITIES, 'family.quality.');
  protected readonly pending = signal(false);
  protected readonly failure = signal<DialogFailure | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    lineId: [this.data.line?.id ?? '', Validators.required],
    partnershipStatus: [this.data.line?.partnershipStatus ?? 'married'],
    parenthood: [this.data.line?.parenthood ?? 'biological'],
    quality: [this.data.line?.quality ?? 'normal'],
  });
  protected readonly selected = signal(this.data.line);

  constructor() {
    this.form.controls.lineId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => {
      const line = this.data.family.relationships.find((r) => r.id === id);
      this.selected.set(line);
      if (line)
        this.form.patchValue({
          partnershipStatus: line.partnershipStatus ?? 'married',
          parenthood: line.parenthood ?? 'biological',
          quality: line.quality,
        });
    });
  }

  protected submit(): void {
    const line = this.selected();
    if (this.form.invalid || !line) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { partnershipStatus, parenthood, quality } = this.form.getRawValue();
    const patch: RelationshipPatch =
      line.kind === 'partner' ? { partnershipStatus, quality } : { parenthood, quality };
    this.pending.set(true);
    this.failure.set(null);
    this.data.save(line.id, patch).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.pending.set(false);
        this.failure.set(applyServerErrors(err, (path) => this.form.get(path)));
        focusFirstInvalid(this.host.nativeElement);
      },
    });
  }
}

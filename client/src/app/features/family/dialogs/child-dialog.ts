import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { DialogActions } from '../../../core/forms/dialog-actions';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { SelectField, keyedOptions } from '../../../core/forms/select-field';
import { PARENTHOOD_KINDS, ParenthoodKind, Person, RelationshipInput } from '../data/family.model';
import { DialogFailureMessage } from './dialog-failure';
import { personOptions } from './labels';
import { DialogFailure, applyServerErrors } from './server-errors';

export interface ChildDialogData {
  persons: Person[];
  save: (line: RelationshipInput) => Observable<unknown>;
}

type ParentField = 'parentId' | 'otherParentId';

/** Links a child to one or two parents (one parent line each), with the kind of parenthood. */
@Component({
  selector: 'app-child-dialog',
  imports: [
    DialogActions,
    DialogFailureMessage,
    SelectField,
    ReactiveFormsModule,
    MatDialogModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './child-dialog.html',
  styleUrl: './family-dialog.scss',
})
export class ChildDialog {
  private readonly ref = inject(MatDialogRef<ChildDialog, boolean>);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<ChildDialogData>(MAT_DIALOG_DATA);
  protected readonly persons = personOptions(this.data.persons);
  protected readonly kinds = keyedOptions(PARENTHOOD_KINDS, 'family.parenthood.');
  protected readonly pending = signal(false);
  protected readonly failure = signal<DialogFailure | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    parentId: ['', Validators.required],
    otherParentId: [''],
    childPersonId: ['', Validators.required],
    parenthood: ['biological' as ParenthoodKind],
  });
  /** Lines already saved when a later one failed: a retry does not draw them twice. */
  private readonly saved = new Set<string>();

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    const { childPersonId, parenthood } = this.form.getRawValue();
    const parents = (['parentId', 'otherParentId'] as const).filter(
      (field) => this.form.controls[field].value,
    );
    this.saveNext(parents, childPersonId, parenthood);
  }

  private saveNext(parents: ParentField[], child: string, parenthood: ParenthoodKind): void {
    const field = parents.find((f) => !this.saved.has(`${this.form.controls[f].value}>${child}`));
    if (!field) return this.ref.close(true);
    const fromPersonId = this.form.controls[field].value;
    this.data.save({ kind: 'parent_of', fromPersonId, toPersonId: child, parenthood }).subscribe({
      next: () => {
        this.saved.add(`${fromPersonId}>${child}`);
        this.saveNext(parents, child, parenthood);
      },
      error: (err: unknown) => {
        this.pending.set(false);
        const fields = { fromPersonId: field, toPersonId: 'childPersonId' };
        this.failure.set(applyServerErrors(err, (path) => this.form.get(path), fields));
        focusFirstInvalid(this.host.nativeElement);
      },
    });
  }
}

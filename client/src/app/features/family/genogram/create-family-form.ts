import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

/** Names a new family for a child who has none yet. */
@Component({
  selector: 'app-create-family-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form novalidate [formGroup]="form" (ngSubmit)="submit()">
      <p>{{ 'family.genogram.createHelp' | translate }}</p>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'family.genogram.familyName' | translate }}</mat-label>
        <input matInput formControlName="name" autocomplete="off" required />
        <mat-error>{{ 'family.required' | translate }}</mat-error>
      </mat-form-field>
      <button mat-flat-button type="submit">{{ 'family.genogram.create' | translate }}</button>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 12px;
    }
    p {
      flex-basis: 100%;
      margin: 0;
    }
  `,
})
export class CreateFamilyForm {
  readonly create = output<string>();
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
  });

  protected submit(): void {
    const name = this.form.controls.name;
    if (name.invalid || !name.value.trim()) return name.markAsTouched();
    this.create.emit(name.value.trim());
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

/** One choice of a select field: `label` is a translation key when `translate` is set, else shown as is. */
export interface SelectOption {
  value: string;
  label: string;
  translate?: boolean;
}

/** Options for the values of a closed list, worded by the keys `<prefix><value>`. */
export const keyedOptions = (values: readonly string[], prefix: string): SelectOption[] =>
  values.map((value) => ({ value, label: prefix + value, translate: true }));

/**
 * A labelled native select bound to a reactive-form control, with the server's message for the field
 * (or the "required" message) under it. Native selects: they work with touch, keyboard and screen
 * readers without an overlay.
 */
@Component({
  selector: 'app-select-field',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() | translate }}</mat-label>
      <select matNativeControl [formControl]="control()" [required]="required()" [name]="name()">
        @if (emptyOption() !== null) {
          <option value="">{{ emptyOption() | translate }}</option>
        }
        @for (option of options(); track option.value) {
          <option [value]="option.value">
            {{ option.translate ? (option.label | translate) : option.label }}
          </option>
        }
      </select>
      <mat-error>{{
        control().getError('server') ?? (required() ? requiredMessage() : '') | translate
      }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class SelectField {
  readonly control = input.required<FormControl<string>>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  readonly options = input.required<readonly SelectOption[]>();
  /** An empty first choice: `''` for a blank one, a translation key to word it, null for none. */
  readonly emptyOption = input<string | null>(null);
  readonly required = input(false);
  readonly requiredMessage = input('family.required');

  /** The control's name in its form group, as the select's `name` (forms and tests find fields by it). */
  protected readonly name = computed(() => {
    const control = this.control();
    const siblings = control.parent?.controls as Record<string, unknown> | undefined;
    return Object.entries(siblings ?? {}).find(([, c]) => c === control)?.[0] ?? '';
  });
}

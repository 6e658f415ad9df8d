import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import {
  MEASUREMENT_SCHEDULE_POINTS,
  SESSION_FREQUENCIES,
  SESSION_SETTINGS,
  THERAPY_METHODS,
} from '../data/therapy.model';
import { PlanForm } from './plan-form-model';

/** How the work is done: planned sessions (number, frequency, setting), methods, SCORE-15 schedule. */
@Component({
  selector: 'app-plan-work-section',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="grid" [formGroup]="form()">
      <ng-container formGroupName="plannedSessions">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'therapy.form.sessionCount' | translate }}</mat-label>
          <input matInput type="number" min="1" max="100" formControlName="count" required />
          <mat-error>{{
            form().get('plannedSessions.count')?.getError('server') ?? 'therapy.form.countInvalid' | translate
          }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'therapy.form.frequency' | translate }}</mat-label>
          <select matNativeControl formControlName="frequency">
            @for (f of frequencies; track f) {
              <option [value]="f">{{ 'therapy.frequency.' + f | translate }}</option>
            }
          </select>
        </mat-form-field>
        <fieldset class="wide" formArrayName="settings">
          <legend>{{ 'therapy.form.settings' | translate }}</legend>
          @for (s of settings; track s) {
            <mat-checkbox [formControlName]="$index">{{ 'therapy.setting.' + s | translate }}</mat-checkbox>
          }
        </fieldset>
      </ng-container>
      <fieldset class="wide" formArrayName="methods">
        <legend>{{ 'therapy.fields.methods' | translate }}</legend>
        @for (m of methods; track m) {
          <mat-checkbox [formControlName]="$index">{{ 'therapy.method.' + m | translate }}</mat-checkbox>
        }
      </fieldset>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'therapy.form.otherMethod' | translate }}</mat-label>
        <input matInput formControlName="otherMethod" />
        <mat-error>{{ form().controls.otherMethod.getError('server') | translate }}</mat-error>
      </mat-form-field>
      <fieldset class="wide" formArrayName="measurementSchedule">
        <legend>{{ 'therapy.fields.measurementSchedule' | translate }}</legend>
        @for (p of points; track p) {
          <mat-checkbox [formControlName]="$index">{{ 'therapy.points.' + p | translate }}</mat-checkbox>
        }
      </fieldset>
    </div>
  `,
  styleUrl: './plan-form-page.scss',
})
export class PlanWorkSection {
  readonly form = input.required<PlanForm>();
  protected readonly frequencies = SESSION_FREQUENCIES;
  protected readonly settings = SESSION_SETTINGS;
  protected readonly methods = THERAPY_METHODS;
  protected readonly points = MEASUREMENT_SCHEDULE_POINTS;
}

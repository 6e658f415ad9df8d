import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { GOAL_STATUSES } from '../data/therapy.model';
import { PlanForm, goalGroup, noteGroup } from './plan-form-model';

/** The plan's goals, each with a review date, a status and dated progress notes. */
@Component({
  selector: 'app-plan-goals-section',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-goals-section.html',
  styleUrl: './plan-form-page.scss',
})
export class PlanGoalsSection {
  readonly form = input.required<PlanForm>();
  protected readonly statuses = GOAL_STATUSES;
  protected readonly goals = computed(() => this.form().controls.goals);

  protected addGoal(): void {
    this.goals().push(goalGroup());
  }

  protected removeGoal(index: number): void {
    this.goals().removeAt(index);
  }

  protected notes(goal: number): FormArray<ReturnType<typeof noteGroup>> {
    return this.goals().at(goal).controls.progressNotes;
  }

  protected addNote(goal: number): void {
    this.notes(goal).push(noteGroup());
  }

  protected removeNote(goal: number, note: number): void {
    this.notes(goal).removeAt(note);
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { ClientGoalOption, FamilyChild, PlanForm } from './plan-form-model';

/** The plan's frame: which children, which client-plan goals, when, and the question in two voices. */
@Component({
  selector: 'app-plan-question-section',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-question-section.html',
  styleUrl: './plan-form-page.scss',
})
export class PlanQuestionSection {
  readonly form = input.required<PlanForm>();
  /** Per child of the family: in the plan or not. */
  readonly chosen = input.required<boolean[]>();
  readonly children = input.required<FamilyChild[]>();
  readonly goalOptions = input.required<ClientGoalOption[]>();

  protected readonly goalsByChild = computed(() =>
    this.children().map((child) => ({
      child,
      goals: this.goalOptions().filter((g) => g.childId === child.id),
    })),
  );

  protected goalChecked(option: ClientGoalOption): boolean {
    return this.form().controls.clientPlanGoals.value.includes(`${option.childId}:${option.goalId}`);
  }

  protected toggleGoal(option: ClientGoalOption, checked: boolean): void {
    const control = this.form().controls.clientPlanGoals;
    const key = `${option.childId}:${option.goalId}`;
    control.setValue(checked ? [...control.value, key] : control.value.filter((k) => k !== key));
  }
}

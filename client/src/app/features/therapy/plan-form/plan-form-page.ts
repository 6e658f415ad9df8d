import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { DialogFailureMessage } from '../../family/dialogs/dialog-failure';
import { DialogFailure, applyServerErrors } from '../../family/dialogs/server-errors';
import { TherapyApi } from '../data/therapy-api';
import { PlanFormLoader } from './plan-form-loader';
import { controlPath, toContent } from './plan-form-content';
import { PlanGoalsSection } from './plan-goals-section';
import { PlanPeopleSection } from './plan-people-section';
import { PlanQuestionSection } from './plan-question-section';
import { PlanWorkSection } from './plan-work-section';

/**
 * Container: `/therapy/plans/new?childId=` (a plan for the child's family) and
 * `/therapy/plans/:planId/edit` (the next version). The family therapist's form; the server checks
 * it again and its field messages appear beside the fields.
 */
@Component({
  selector: 'app-plan-form-page',
  imports: [
    DialogFailureMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PlanGoalsSection,
    PlanPeopleSection,
    PlanQuestionSection,
    PlanWorkSection,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  providers: [PlanFormLoader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-form-page.html',
  styleUrl: './plan-form-page.scss',
})
export class PlanFormPage {
  private readonly api = inject(TherapyApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly loader = inject(PlanFormLoader);

  /** Edit: the plan (route parameter). */
  readonly planId = input<string>();
  /** New: the child whose family the plan is for (query parameter). */
  readonly childId = input<string>();

  protected readonly pending = signal(false);
  protected readonly failure = signal<DialogFailure | null>(null);

  constructor() {
    effect(() => {
      const planId = this.planId();
      const childId = this.childId();
      untracked(() => this.loader.load(planId, childId));
    });
  }

  protected submit(): void {
    const loaded = this.loader.loaded();
    if (!loaded || this.pending()) return;
    const { form, children, plan, family } = loaded;
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return;
    }
    const content = toContent(form, children);
    const changeNote = form.controls.changeNote.value.trim();
    const request = plan
      ? this.api.update(plan.id, {
          baseVersion: plan.version,
          plan: content,
          ...(changeNote ? { changeNote } : {}),
        })
      : this.api.create({ familyId: family.id, plan: content });
    this.pending.set(true);
    this.failure.set(null);
    request.subscribe({
      next: (saved) => void this.router.navigate(['/therapy/plans', saved.id]),
      error: (err: unknown) => {
        this.pending.set(false);
        this.failure.set(
          applyServerErrors(err, (path) => {
            const local = controlPath(path, form, children, content);
            return local ? form.get(local) : null;
          }),
        );
        focusFirstInvalid(this.host);
      },
    });
  }
}

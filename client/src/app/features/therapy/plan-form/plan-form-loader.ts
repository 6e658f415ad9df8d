import { Injectable, inject, signal } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { Observable, catchError, forkJoin, map, of, switchMap } from 'rxjs';

import { ChildrenApi } from '../../children/data/children-api';
import { FamilyApi } from '../../family/data/family-api';
import { Family } from '../../family/data/family.model';
import { TherapyApi } from '../data/therapy-api';
import { TherapyPlan } from '../data/therapy.model';
import { errorKey } from '../state/plan-store';
import { ClientGoalOption, FamilyChild, PlanForm, buildPlanForm } from './plan-form-model';

export interface LoadedPlanForm {
  form: PlanForm;
  family: Family;
  /** The family's children with a child record, in genogram order. */
  children: FamilyChild[];
  /** Edit: the current version. */
  plan: TherapyPlan | null;
}

/** Loads what the plan form needs: the plan (edit), the family via a child, the children's client-plan goals. */
@Injectable()
export class PlanFormLoader {
  private readonly therapy = inject(TherapyApi);
  private readonly families = inject(FamilyApi);
  private readonly childrenApi = inject(ChildrenApi);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly loaded = signal<LoadedPlanForm | null>(null);
  readonly loading = signal(false);
  /** Translation key when the form cannot be shown. */
  readonly error = signal<string | null>(null);
  readonly goalOptions = signal<ClientGoalOption[]>([]);
  /** Which of the family's children are in the plan (the form's checkboxes, as a signal). */
  readonly chosen = signal<boolean[]>([]);

  load(planId: string | undefined, childId: string | undefined): void {
    this.loaded.set(null);
    this.error.set(null);
    if (!planId && !childId) return this.error.set('therapy.form.noChild');
    this.loading.set(true);
    const plan$: Observable<TherapyPlan | null> = planId ? this.therapy.plan(planId) : of(null);
    plan$
      .pipe(
        switchMap((plan) =>
          this.families.family(plan?.childIds[0] ?? childId!).pipe(map((family) => ({ plan, family }))),
        ),
      )
      .subscribe({
        next: ({ plan, family }) => {
          this.loading.set(false);
          if (!family) return this.error.set('therapy.form.noFamily');
          const children = family.persons
            .filter((p) => p.childId)
            .map((p) => ({ id: p.childId!, name: `${p.firstName} ${p.lastName}`.trim() }));
          const first = plan?.childIds[0] ?? childId!;
          const form = buildPlanForm(this.fb, plan, children, first);
          this.chosen.set(form.controls.childIds.getRawValue());
          form.controls.childIds.valueChanges.subscribe(() =>
            this.chosen.set(form.controls.childIds.getRawValue()),
          );
          this.loaded.set({ form, family, children, plan });
          this.loadGoals(children);
        },
        error: (err: unknown) => {
          this.loading.set(false);
          this.error.set(errorKey(err));
        },
      });
  }

  private loadGoals(children: FamilyChild[]): void {
    if (!children.length) return;
    const plans = children.map((child) => this.childrenApi.plans(child.id).pipe(catchError(() => of([]))));
    forkJoin(plans).subscribe((all) =>
      this.goalOptions.set(
        all.flatMap((versions, i) => {
          const newest = [...versions].sort((a, b) => b.version - a.version)[0];
          return (newest?.goals ?? []).map((g) => ({ childId: children[i]!.id, goalId: g.id, text: g.text }));
        }),
      ),
    );
  }
}

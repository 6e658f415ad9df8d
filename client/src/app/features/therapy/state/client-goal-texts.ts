import { Injectable, inject, signal } from '@angular/core';
import { catchError, forkJoin, of } from 'rxjs';

import { ChildrenApi } from '../../children/data/children-api';
import { TherapyPlan } from '../data/therapy.model';

/** The texts of the client-plan goals a therapy plan serves, by `childId:goalId` (newest plan versions). */
@Injectable()
export class ClientGoalTexts {
  private readonly api = inject(ChildrenApi);
  private loadedFor = '';
  readonly texts = signal<Record<string, string>>({});

  load(plan: TherapyPlan): void {
    const childIds = [...new Set(plan.clientPlanGoals.map((g) => g.childId))];
    const key = childIds.join(',');
    if (!childIds.length || key === this.loadedFor) return;
    this.loadedFor = key;
    forkJoin(childIds.map((id) => this.api.plans(id).pipe(catchError(() => of([]))))).subscribe((plans) => {
      const texts: Record<string, string> = {};
      plans.forEach((versions, i) => {
        const newest = [...versions].sort((a, b) => b.version - a.version)[0];
        for (const goal of newest?.goals ?? []) texts[`${childIds[i]}:${goal.id}`] = goal.text;
      });
      this.texts.set(texts);
    });
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';

import { PlacementInspector, VisitDue, VisitPlanInput } from '../data/visit.model';

/**
 * Plans a visit to one unit: which of the unit's placed children it covers (the chosen one first), the
 * date (today or later), announced or not, and the inspector. Emits the `POST /visits` body.
 */
@Component({
  selector: 'app-plan-visit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
  ],
  templateUrl: './plan-visit-form.html',
  styleUrl: './form-section.scss',
})
export class PlanVisitForm {
  /** The unit's placements due a visit; the first is the one the planner chose. */
  readonly placements = input.required<VisitDue[]>();
  readonly inspectors = input.required<PlacementInspector[]>();
  readonly defaultInspectorId = input<string | null>(null);
  readonly today = input.required<string>();
  readonly busy = input(false);
  readonly planned = output<VisitPlanInput>();
  readonly cancelled = output<void>();

  protected readonly date = signal('');
  protected readonly announced = signal<boolean | null>(null);
  protected readonly inspectorId = signal<string | null>(null);
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly tried = signal(false);

  protected readonly dateError = computed(() =>
    !this.date() ? 'required' : this.date() < this.today() ? 'past' : null,
  );
  protected readonly valid = computed(
    () => !this.dateError() && this.announced() !== null && !!this.inspectorId() && this.chosen().size > 0,
  );

  constructor() {
    effect(() => {
      const first = this.placements()[0];
      this.chosen.set(new Set(first ? [first.placementId] : []));
      this.date.set(first?.dueDate && first.dueDate >= this.today() ? first.dueDate : this.today());
      this.inspectorId.set(first?.inspector?.id ?? this.defaultInspectorId());
    });
  }

  protected toggle(placementId: string, on: boolean): void {
    const next = new Set(this.chosen());
    if (on) next.add(placementId);
    else next.delete(placementId);
    this.chosen.set(next);
  }

  protected submit(): void {
    this.tried.set(true);
    if (!this.valid()) return;
    this.planned.emit({
      placementIds: this.placements()
        .map((p) => p.placementId)
        .filter((id) => this.chosen().has(id)),
      plannedDate: this.date(),
      announced: this.announced()!,
      inspectorId: this.inspectorId()!,
    });
  }
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { TherapyPlanStatus } from '../data/therapy.model';

/** A plan's workflow status as a word on a tinted chip (the colour only repeats the word). */
@Component({
  selector: 'app-plan-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ 'therapy.status.' + status() | translate }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font-size: 0.875rem;
      font-weight: 500;
      white-space: nowrap;
      background: #e3e8f4;
      color: #1f2d4a;
    }
    :host(.active) {
      background: #d7f0dc;
      color: #0f4d22;
    }
    :host(.under_review) {
      background: #ffeecc;
      color: #5c3b00;
    }
    :host(.closed) {
      background: #e6e1e5;
      color: #313033;
    }
  `,
  host: { '[class]': 'status()' },
})
export class PlanStatusChip {
  readonly status = input.required<TherapyPlanStatus>();
}

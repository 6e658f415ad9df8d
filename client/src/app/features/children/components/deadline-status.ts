import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

import { Deadline } from '../data/children.model';

const ICONS: Record<Deadline['status'], string> = {
  overdue: 'error',
  due_soon: 'schedule',
  upcoming: 'event',
  met: 'check_circle',
};

/** A deadline's status as an icon and a word; the colour only repeats what they say. */
@Component({
  selector: 'app-deadline-status',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    <span>{{ 'children.deadlines.status.' + status() | translate }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 8px;
      border-radius: 12px;
      font-size: 0.875rem;
      font-weight: 500;
      white-space: nowrap;
    }
    mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    :host(.overdue) {
      background: #ffdad6;
      color: #93000a;
    }
    :host(.due_soon) {
      background: #ffeecc;
      color: #5c3b00;
    }
    :host(.upcoming) {
      background: #e3e8f4;
      color: #1f2d4a;
    }
    :host(.met) {
      background: #d7f0dc;
      color: #0f4d22;
    }
  `,
  host: { '[class]': 'status()' },
})
export class DeadlineStatus {
  readonly status = input.required<Deadline['status']>();
  protected readonly icon = computed(() => ICONS[this.status()]);
}

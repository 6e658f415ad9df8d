import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TherapyPlan } from '../data/therapy.model';
import { PlanDetails } from './plan-details';
import { PlanStatusChip } from './plan-status-chip';

/** Presentational: every version of the plan (loaded on request), and any one of them in full. */
@Component({
  selector: 'app-plan-versions',
  imports: [LocalDateTimePipe, MatButtonModule, PlanDetails, PlanStatusChip, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (versions(); as versions) {
      <ol class="versions" reversed>
        @for (v of versions; track v.versionId) {
          <li>
            <span>{{
              'therapy.versions.line'
                | translate: { version: v.version, name: v.authorName, at: (v.recordedAt | localDateTime) }
            }}</span>
            <app-plan-status-chip [status]="v.status" />
            @if (v.changeNote) {
              <q>{{ v.changeNote }}</q>
            }
            <button
              mat-button
              type="button"
              [attr.aria-expanded]="shown()?.versionId === v.versionId"
              (click)="shown.set(shown()?.versionId === v.versionId ? null : v)"
            >
              {{
                (shown()?.versionId === v.versionId ? 'therapy.versions.hide' : 'therapy.versions.view')
                  | translate: { version: v.version }
              }}
            </button>
          </li>
        }
      </ol>
      @if (shown(); as version) {
        <section
          class="old"
          [attr.aria-label]="'therapy.versions.viewing' | translate: { version: version.version }"
        >
          <h3>{{ 'therapy.versions.viewing' | translate: { version: version.version } }}</h3>
          <app-plan-details [plan]="version" />
        </section>
      }
    } @else {
      <button mat-stroked-button type="button" (click)="showAll.emit()">
        {{ 'therapy.versions.show' | translate }}
      </button>
    }
  `,
  styles: `
    .versions {
      display: grid;
      gap: 4px;
      margin: 0 0 12px;
      padding-left: 1.25rem;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .old {
      padding: 12px;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: 8px;
    }
    h3 {
      margin: 0 0 8px;
    }
  `,
})
export class PlanVersions {
  readonly versions = input<TherapyPlan[] | null>(null);
  readonly showAll = output<void>();
  protected readonly shown = signal<TherapyPlan | null>(null);
}

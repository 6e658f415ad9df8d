import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { VisitsApi } from '../data/visits-api';

/** Open serious findings (for supervisors): what was found, where, by whom, and the next deadline. */
@Component({
  selector: 'app-findings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LocalDatePipe],
  template: `
    <h1>{{ 'visits.findings.title' | translate }}</h1>
    @if (findings(); as items) {
      <ul class="rows">
        @for (f of items; track f.id) {
          <li>
            <h2>{{ f.unit.name }} · {{ f.date | localDate }}</h2>
            <p>{{ f.observation }}</p>
            <p>
              {{ f.legalReference }} · {{ 'visits.findings.by' | translate: { name: f.inspectorName } }}
              @if (f.nextDeadline) {
                · {{ 'visits.findings.nextDeadline' | translate: { date: (f.nextDeadline | localDate) } }}
              }
            </p>
          </li>
        } @empty {
          <li>{{ 'visits.findings.none' | translate }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .rows {
      list-style: none;
      padding: 0;
    }
    li {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding: 8px 0;
    }
    h2 {
      font-size: 1.1em;
      margin: 0 0 4px;
    }
  `,
})
export class FindingsPage {
  protected readonly findings = toSignal(inject(VisitsApi).openSeriousFindings());
}

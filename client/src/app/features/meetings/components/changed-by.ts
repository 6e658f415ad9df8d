import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { EntryJson } from '../realtime/structured-entries';

/** Presentational: who changed a structured entry last (whose value won) and when. */
@Component({
  selector: 'app-changed-by',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDateTimePipe, TranslatePipe],
  template: `
    @if (entry().updatedByName) {
      <small>
        {{ 'meetings.room.changedBy' | translate: { name: entry().updatedByName } }}
        @if (entry().updatedAt; as at) {
          {{ at | localDateTime }}
        }
      </small>
    }
  `,
  styles: `
    small {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ChangedBy {
  readonly entry = input.required<EntryJson>();
}

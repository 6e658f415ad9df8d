import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ChildView } from '../data/children.model';

/** Presentational: the child's view in their own words, how and by whom it was asked (LSL 20 §). */
@Component({
  selector: 'app-child-view-card',
  imports: [TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as v) {
      @if (v.words) {
        <blockquote>
          <p>“{{ v.words }}”</p>
        </blockquote>
      } @else {
        <p>
          <strong>{{ 'children.childView.notObtained' | translate }}</strong> {{ v.notObtainedReason }}
        </p>
      }
      <p class="meta">
        {{ v.date | localDate }}
        @if (v.method) {
          · {{ 'children.childView.methods.' + v.method | translate }}
        }
        · {{ 'children.childView.askedBy' | translate: { name: v.askedByName } }}
      </p>
      @if (v.effectOnDecisions) {
        <p>
          <strong>{{ 'children.childView.effect' | translate }}</strong> {{ v.effectOnDecisions }}
        </p>
      }
    } @else {
      <p class="meta">{{ 'children.childView.none' | translate }}</p>
    }
  `,
  styles: `
    blockquote {
      margin: 0 0 8px;
      padding: 8px 16px;
      border-left: 4px solid var(--mat-sys-primary);
      font-size: 1.125rem;
      font-style: italic;
    }
    blockquote p {
      margin: 0;
      white-space: pre-line;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
  `,
})
export class ChildViewCard {
  readonly view = input<ChildView | null>(null);
}

import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TherapyComment } from '../data/therapy.model';

/** Presentational: the team's comments on the plan (oldest first) and a field to add one. */
@Component({
  selector: 'app-plan-comments',
  imports: [LocalDateTimePipe, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="comments">
      @for (c of comments(); track c.id) {
        <li>
          <p class="meta">
            {{
              'therapy.comments.by'
                | translate: { name: c.authorName, at: (c.createdAt | localDateTime), version: c.planVersion }
            }}
          </p>
          <p class="text">{{ c.text }}</p>
        </li>
      } @empty {
        <li class="empty">{{ 'therapy.comments.none' | translate }}</li>
      }
    </ul>
    @if (canComment()) {
      <form (submit)="send($event)">
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'therapy.comments.label' | translate }}</mat-label>
          <textarea
            matInput
            rows="3"
            maxlength="5000"
            [value]="text()"
            (input)="text.set($any($event.target).value)"
          ></textarea>
        </mat-form-field>
        @if (error(); as error) {
          <p class="error" role="alert">{{ error | translate }}</p>
        }
        <button
          mat-stroked-button
          type="submit"
          [disabled]="pending() || !text().trim()"
          [disabledInteractive]="true"
        >
          {{ 'therapy.comments.add' | translate }}
        </button>
      </form>
    }
  `,
  styles: `
    .comments {
      display: grid;
      gap: 8px;
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
    }
    p {
      margin: 0;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .text {
      white-space: pre-line;
    }
    .field {
      width: 100%;
      max-width: 40rem;
      display: block;
    }
    .error {
      color: var(--mat-sys-error);
    }
    @media print {
      form {
        display: none;
      }
    }
  `,
})
export class PlanComments {
  readonly comments = input<TherapyComment[]>([]);
  readonly canComment = input(false);
  readonly pending = input(false);
  /** Translation key of a failed save. */
  readonly error = input<string | null>(null);
  readonly add = output<string>();
  protected readonly text = signal('');

  protected send(event: Event): void {
    event.preventDefault();
    const text = this.text().trim();
    if (text && !this.pending()) this.add.emit(text);
  }

  /** The container clears the field once the comment is saved. */
  clear(): void {
    this.text.set('');
  }
}

import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { AccessReview, AccessReviewDecision, ReviewOutcome } from '../data/access.model';

/** Presentational: one flagged access and the supervisor's decision on it. */
@Component({
  selector: 'app-review-card',
  imports: [
    LocalDateTimePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-card.html',
  styleUrl: './review-card.scss',
})
export class ReviewCard {
  readonly review = input.required<AccessReview>();
  readonly pending = input(false);
  readonly decided = output<AccessReviewDecision>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    outcome: ['' as ReviewOutcome | '', Validators.required],
    note: ['', Validators.maxLength(2000)],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { outcome, note } = this.form.getRawValue();
    this.decided.emit({ outcome: outcome as ReviewOutcome, note: note.trim() });
  }
}

import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';

import { ReviewCard } from '../components/review-card';
import { AccessApi } from '../data/access-api';
import { AccessReview, AccessReviewDecision } from '../data/access.model';

/** Container: `/reviews`, the supervisor's list of flagged (break-the-glass, supervisor) accesses. */
@Component({
  selector: 'app-reviews-page',
  imports: [MatProgressBarModule, TranslatePipe, ReviewCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'access.reviews.title' | translate }}</h1>
    <p>{{ 'access.reviews.intro' | translate }}</p>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'access.reviews.loading' | translate" />
    }
    <p role="status">{{ message() ? (message()! | translate) : '' }}</p>
    @for (review of reviews(); track review.id) {
      <app-review-card
        [review]="review"
        [pending]="deciding() === review.id"
        (decided)="decide(review, $event)"
      />
    } @empty {
      @if (!loading()) {
        <p>{{ 'access.reviews.empty' | translate }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: 16px;
      max-width: 56rem;
    }
    h1,
    p {
      margin: 0;
    }
  `,
})
export class ReviewsPage implements OnInit {
  private readonly api = inject(AccessApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly reviews = signal<AccessReview[]>([]);
  protected readonly loading = signal(false);
  protected readonly deciding = signal<string | null>(null);
  /** Translation key announced in the status region. */
  protected readonly message = signal<string | null>(null);

  ngOnInit(): void {
    this.loading.set(true);
    this.api
      .pendingReviews()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (reviews) => (this.reviews.set(reviews), this.loading.set(false)),
        error: () => (this.loading.set(false), this.message.set('access.reviews.loadFailed')),
      });
  }

  protected decide(review: AccessReview, decision: AccessReviewDecision): void {
    this.deciding.set(review.id);
    this.message.set(null);
    this.api
      .decideReview(review.id, decision)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.deciding.set(null);
          this.reviews.update((reviews) => reviews.filter((r) => r.id !== review.id));
          this.message.set('access.reviews.saved');
        },
        error: () => this.deciding.set(null),
      });
  }
}

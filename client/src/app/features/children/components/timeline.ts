import { ScrollingModule } from '@angular/cdk/scrolling';
import { CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  afterNextRender,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { TIMELINE_KINDS, TimelineItem, TimelineKind } from '../data/children.model';
import { timelineCodeKey } from '../data/wording';

export const TIMELINE_ITEM_PX = 76;
/** Ask for the next page while this many items are still below the visible ones. */
const PREFETCH_ITEMS = 10;
const KIND_ICONS: Record<TimelineKind, string> = {
  event: 'flag',
  plan: 'assignment',
  child_view: 'record_voice_over',
  safety: 'health_and_safety',
  task: 'task_alt',
  finding: 'fact_check',
  meeting: 'groups',
};

/** Presentational: the case history newest first, virtually scrolled, filtered by kind. */
@Component({
  selector: 'app-timeline',
  imports: [
    ScrollingModule,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './timeline.html',
  styleUrl: './timeline.scss',
})
export class Timeline {
  readonly items = input<TimelineItem[]>([]);
  readonly kinds = input<TimelineKind[]>([...TIMELINE_KINDS]);
  readonly loading = input(false);
  readonly hasMore = input(false);
  readonly error = input<string | null>(null);
  /** Offer a correction on events (the user may write this record). */
  readonly canCorrect = input(false);
  readonly kindsChange = output<TimelineKind[]>();
  readonly loadMore = output<void>();
  readonly correct = output<TimelineItem>();

  protected readonly allKinds = TIMELINE_KINDS;
  protected readonly icons = KIND_ICONS;
  protected readonly itemSize = TIMELINE_ITEM_PX;
  protected readonly codeKey = timelineCodeKey;
  private readonly viewport = viewChild.required(CdkVirtualScrollViewport);

  constructor() {
    const destroyRef = inject(DestroyRef);
    // The rendered range moves on scrolling and when a page arrives: both can bring the end near.
    afterNextRender(() =>
      this.viewport()
        .renderedRangeStream.pipe(takeUntilDestroyed(destroyRef))
        .subscribe(({ end }) => this.nearEnd(end)),
    );
  }

  protected trackItem = (_: number, item: TimelineItem) => `${item.kind}:${item.id}`;

  protected toggle(kind: TimelineKind, selected: boolean): void {
    const next = this.allKinds.filter((k) => (k === kind ? selected : this.kinds().includes(k)));
    // The server needs at least one kind; un-choosing the last one is ignored.
    if (next.length) this.kindsChange.emit(next);
  }

  private nearEnd(renderedEnd: number): void {
    if (this.hasMore() && !this.loading() && renderedEnd >= this.items().length - PREFETCH_ITEMS) {
      this.loadMore.emit();
    }
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { hasRole } from '../../auth/data/session.model';
import { selectSession } from '../../auth/state/auth.feature';
import { GenogramPanel, NetworkPanel } from '../../family';
import { ChildTherapySection } from '../../therapy';
import { ChildAccessPrompt } from '../components/child-access-prompt';
import { ChildHeader } from '../components/child-header';
import { ChildViewCard } from '../components/child-view-card';
import { DeadlineList } from '../components/deadline-list';
import { GoalList } from '../components/goal-list';
import { RecordDialogs } from '../components/record-dialogs';
import { SafetyScales } from '../components/safety-scales';
import { TaskList } from '../components/task-list';
import { Timeline } from '../components/timeline';
import { TimelineItem, TimelineKind } from '../data/children.model';
import { canSeeAccessLog, canWriteRecord } from '../data/permissions';
import { ChildPageActions } from '../state/child-page.actions';
import * as fromChild from '../state/child-page.feature';

/** Container: `/children/:childId`, the situational picture the team looks at together. */
@Component({
  selector: 'app-child-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ChildAccessPrompt,
    ChildHeader,
    ChildTherapySection,
    ChildViewCard,
    DeadlineList,
    GenogramPanel,
    GoalList,
    NetworkPanel,
    SafetyScales,
    TaskList,
    Timeline,
  ],
  providers: [RecordDialogs],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './child-page.html',
  styleUrl: './child-page.scss',
})
export class ChildPage {
  private readonly store = inject(Store);
  private readonly dialogs = inject(RecordDialogs);
  private readonly session = this.store.selectSignal(selectSession);

  /** Route parameter, bound by the router. */
  readonly childId = input.required<string>();

  protected readonly picture = this.store.selectSignal(fromChild.selectPicture);
  protected readonly loading = this.store.selectSignal(fromChild.selectLoading);
  protected readonly error = this.store.selectSignal(fromChild.selectError);
  protected readonly reasonRequired = this.store.selectSignal(fromChild.selectAccessReasonRequired);
  protected readonly nextDeadlines = this.store.selectSignal(fromChild.selectNextDeadlines);
  protected readonly timeline = this.store.selectSignal(fromChild.selectTimeline);
  protected readonly timelineLoading = this.store.selectSignal(fromChild.selectTimelineLoading);
  protected readonly timelineHasMore = this.store.selectSignal(fromChild.selectTimelineHasMore);
  protected readonly grantKind = computed(() =>
    hasRole(this.session(), 'supervisor') ? 'supervisor' : 'break_glass',
  );
  protected readonly canWrite = computed(() => canWriteRecord(this.session(), this.picture()));
  protected readonly canSeeAccessLog = computed(() => canSeeAccessLog(this.session(), this.picture()));

  constructor() {
    effect(() => {
      const childId = this.childId();
      untracked(() => this.store.dispatch(ChildPageActions.opened({ childId })));
    });
  }

  protected giveReason(reason: string): void {
    this.store.dispatch(
      ChildPageActions.accessReasonGiven({ childId: this.childId(), reason, kind: this.grantKind() }),
    );
  }

  protected retry(): void {
    this.store.dispatch(ChildPageActions.opened({ childId: this.childId() }));
  }

  protected kindsChanged(kinds: TimelineKind[]): void {
    this.store.dispatch(ChildPageActions.timelineKindsChanged({ kinds }));
  }

  protected loadMore(): void {
    this.store.dispatch(ChildPageActions.timelineEndReached());
  }

  protected addEvent = () => this.dialogs.event(this.childId());
  protected addChildView = () => this.dialogs.childView(this.childId());
  protected addSafetyScore = () => this.dialogs.safetyScore(this.childId());

  protected addTask(): void {
    const picture = this.picture();
    const user = this.session()?.user;
    if (!picture || !user) return;
    const owners = [{ id: user.id, name: user.displayName }];
    if (picture.child.namedSocialWorkerId !== user.id)
      owners.push({ id: picture.child.namedSocialWorkerId, name: picture.namedSocialWorkerName });
    void this.dialogs.task(this.childId(), owners, picture.plan?.goals ?? []);
  }

  protected correct(item: TimelineItem): void {
    void this.dialogs.correction(this.childId(), item.id);
  }
}

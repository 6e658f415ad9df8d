import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { LanguageService } from '../../../core/i18n/language.service';
import { hasRole } from '../../auth/data/session.model';
import { selectSession } from '../../auth/state/auth.feature';
import { Score15Charts } from '../charts/score15-charts';
import { PlanComments } from '../components/plan-comments';
import { PlanDetails } from '../components/plan-details';
import { PlanStatus, StatusFailure, TransitionRequest } from '../components/plan-status';
import { PlanVersions } from '../components/plan-versions';
import { ReminderList } from '../components/reminder-list';
import { SessionLog } from '../components/session-log';
import { TherapyApi } from '../data/therapy-api';
import { transitionMessages } from '../state/activation-issues';
import { PlanDialogs } from '../state/plan-dialogs';
import { PlanStore, errorKey } from '../state/plan-store';
import { ClientGoalTexts } from '../state/client-goal-texts';

/**
 * Container: `/therapy/plans/:planId`. The team reads the plan, its sessions and SCORE-15 results and
 * comments on it; the family therapist also moves it through its workflow, edits it, logs sessions
 * and hands the SCORE-15 form to family members.
 */
@Component({
  selector: 'app-plan-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PlanComments,
    PlanDetails,
    PlanStatus,
    PlanVersions,
    ReminderList,
    RouterLink,
    Score15Charts,
    SessionLog,
    TranslatePipe,
  ],
  providers: [PlanStore, PlanDialogs, ClientGoalTexts],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-page.html',
  styleUrl: './plan-page.scss',
})
export class PlanPage {
  protected readonly store = inject(PlanStore);
  private readonly dialogs = inject(PlanDialogs);
  private readonly api = inject(TherapyApi);
  private readonly language = inject(LanguageService).language;
  private readonly session = inject(Store).selectSignal(selectSession);
  protected readonly goalTexts = inject(ClientGoalTexts);

  readonly planId = input.required<string>();

  protected readonly plan = this.store.plan;
  protected readonly therapist = computed(() => hasRole(this.session(), 'family_therapist'));
  protected readonly canWrite = computed(() => this.therapist() && !this.store.closed());
  protected readonly transitionPending = signal(false);
  protected readonly transitionFailure = signal<StatusFailure | null>(null);
  protected readonly commentPending = signal(false);
  protected readonly commentError = signal<string | null>(null);
  protected readonly exportUrl = (kind: 'plan' | 'progress') =>
    this.api.exportUrl(this.planId(), kind, this.language());
  private readonly comments = viewChild(PlanComments);

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => this.store.open(planId));
    });
    effect(() => {
      const plan = this.plan();
      if (plan) untracked(() => this.goalTexts.load(plan));
    });
  }

  protected transition(request: TransitionRequest): void {
    this.transitionPending.set(true);
    this.transitionFailure.set(null);
    this.store.transition(request.to, request.note).subscribe({
      next: () => this.transitionPending.set(false),
      error: (err: unknown) => {
        this.transitionPending.set(false);
        this.transitionFailure.set({ key: errorKey(err), messages: transitionMessages(err) });
      },
    });
  }

  protected comment(text: string): void {
    this.commentPending.set(true);
    this.commentError.set(null);
    this.store.addComment(text).subscribe({
      next: () => {
        this.commentPending.set(false);
        this.comments()?.clear();
      },
      error: (err: unknown) => {
        this.commentPending.set(false);
        this.commentError.set(errorKey(err));
      },
    });
  }

  protected async logSession(): Promise<void> {
    const plan = this.plan();
    const me = this.session()?.user;
    if (plan && me && (await this.dialogs.session(plan, me.id))) this.store.refreshRecords();
  }

  protected administer(): void {
    const plan = this.plan();
    const me = this.session()?.user;
    if (plan && me) void this.dialogs.administer(plan, me, this.language());
  }
}

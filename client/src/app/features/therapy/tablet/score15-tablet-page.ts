import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { switchMap } from 'rxjs';

import { Language } from '../../../core/i18n/languages';
import { selectSession } from '../../auth/state/auth.feature';
import { TabletHandover } from '../state/tablet-handover';
import { SCORE15_STEPS, answerOf, emptyDraft, toMeasurementInput, withAnswer } from './score15-steps';
import { TabletLock } from './tablet-lock';
import { TabletQuestion } from './tablet-question';
import { TabletResult } from './tablet-result';
import { TabletReview } from './tablet-review';
import { TabletStart } from './tablet-start';
import { TabletWording } from './tablet-wording';

type Stage = 'locked' | 'result' | 'start' | 'question' | 'review';

/**
 * `/therapy/plans/:planId/score15/:respondentPersonId` (a bare route: no toolbar, no navigation):
 * SCORE-15 handed to one family member. Shows their first name and the form, nothing else of the
 * case; after submitting (or stopping) it locks until the therapist signs in again.
 */
@Component({
  selector: 'app-score15-tablet-page',
  imports: [TabletLock, TabletQuestion, TabletResult, TabletReview, TabletStart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './score15-tablet-page.html',
  styleUrl: './tablet.scss',
})
export class Score15TabletPage {
  private readonly router = inject(Router);
  private readonly wording = inject(TabletWording);
  protected readonly handover = inject(TabletHandover);
  protected readonly session = inject(Store).selectSignal(selectSession);

  readonly planId = input.required<string>();
  readonly respondentPersonId = input.required<string>();

  /** The handover set up for this respondent, if any (a reload loses it: locked). */
  protected readonly current = computed(() => {
    const handover = this.handover.current();
    return handover?.planId === this.planId() && handover.respondent.personId === this.respondentPersonId()
      ? handover
      : null;
  });
  protected readonly language = signal<Language>(this.handover.current()?.language ?? 'fi');
  protected readonly words = toSignal(
    toObservable(this.language).pipe(switchMap((lang) => this.wording.words(lang))),
    { initialValue: null },
  );
  protected readonly draft = signal(emptyDraft());
  protected readonly position = signal(0);
  private readonly screen = signal<'start' | 'question' | 'review'>('start');
  private returnToReview = false;

  protected readonly stage = computed<Stage>(() => {
    if (this.handover.released()) return 'result';
    if (!this.current() || this.handover.locked()) return 'locked';
    return this.screen();
  });
  protected readonly value = computed(() => answerOf(this.draft(), SCORE15_STEPS[this.position()]!));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.handover.end());
  }

  protected begin(): void {
    this.position.set(0);
    this.screen.set('question');
  }

  protected answer(value: number | string | null): void {
    this.draft.update((draft) => withAnswer(draft, SCORE15_STEPS[this.position()]!, value));
  }

  protected back(): void {
    if (this.position() === 0) this.screen.set('start');
    else this.position.update((p) => p - 1);
  }

  protected next(): void {
    if (this.returnToReview || this.position() === SCORE15_STEPS.length - 1) {
      this.returnToReview = false;
      this.screen.set('review');
    } else this.position.update((p) => p + 1);
  }

  protected change(position: number): void {
    this.position.set(position);
    this.returnToReview = true;
    this.screen.set('question');
  }

  protected backFromReview(): void {
    this.position.set(SCORE15_STEPS.length - 1);
    this.screen.set('question');
  }

  protected submit(): void {
    const handover = this.current()!;
    const details = {
      respondentPersonId: handover.respondent.personId,
      date: handover.date,
      point: handover.point,
    };
    this.handover.submit(toMeasurementInput(this.draft(), details, this.language()));
    this.forget();
  }

  protected stop(): void {
    this.handover.stop();
    this.forget();
  }

  protected leave(): void {
    void this.router.navigate(['/therapy/plans', this.planId()]);
  }

  /** Locked: nothing the respondent typed stays in the page. */
  private forget(): void {
    this.draft.set(emptyDraft());
    this.position.set(0);
    this.screen.set('start');
  }
}

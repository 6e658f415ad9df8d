import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
} from '@angular/core';

import { Language } from '../../../core/i18n/languages';
import { SCORE15_FORM, SCORE15_STEPS, Score15Step } from './score15-steps';
import { SayPipe, TabletWords } from './tablet-wording';

const RATING_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * One question per screen: an item with the form's five anchor words, a 1-10 rating with the words
 * of its two ends, or an open question. Native radio buttons (arrow keys, screen readers) drawn as
 * large touch targets; focus moves to the question on every new screen.
 */
@Component({
  selector: 'app-tablet-question',
  imports: [SayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tablet-question.html',
  styleUrl: './tablet.scss',
})
export class TabletQuestion {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** Index into SCORE15_STEPS. */
  readonly position = input.required<number>();
  readonly value = input.required<number | string | null>();
  readonly language = input.required<Language>();
  readonly words = input.required<TabletWords | null>();
  readonly answer = output<number | string | null>();
  readonly back = output<void>();
  readonly next = output<void>();

  protected readonly total = SCORE15_STEPS.length;
  protected readonly scale = SCORE15_FORM.answerScale;
  protected readonly ratingValues = RATING_VALUES;
  protected readonly step = computed<Score15Step>(() => SCORE15_STEPS[this.position()]!);
  protected readonly item = computed(() => {
    const step = this.step();
    return step.kind === 'item' ? SCORE15_FORM.items[step.index]! : null;
  });
  protected readonly rating = computed(() => {
    const step = this.step();
    return step.kind === 'rating' ? SCORE15_FORM.ratings.find((r) => r.key === step.key)! : null;
  });
  protected readonly open = computed(() => {
    const step = this.step();
    return step.kind === 'open' ? SCORE15_FORM.openQuestions.find((q) => q.key === step.key)! : null;
  });

  constructor() {
    effect(() => {
      this.position();
      afterNextRender(() => this.host.querySelector<HTMLElement>('[data-question]')?.focus(), {
        injector: this.injector,
      });
    });
  }

  protected text(event: Event): void {
    this.answer.emit((event.target as HTMLTextAreaElement).value);
  }

  /** The accessible name of a rating choice: its number, with the end's words at 1 and 10. */
  protected ratingLabel(value: number): string | null {
    const rating = this.rating();
    if (!rating) return null;
    if (value === 1) return `1, ${rating.low[this.language()]}`;
    if (value === 10) return `10, ${rating.high[this.language()]}`;
    return null;
  }
}

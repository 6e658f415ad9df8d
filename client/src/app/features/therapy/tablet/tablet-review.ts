import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import { Language } from '../../../core/i18n/languages';
import {
  SCORE15_FORM,
  SCORE15_STEPS,
  Score15Draft,
  Score15Step,
  answerOf,
  invalidSteps,
} from './score15-steps';
import { SayPipe, TabletWords } from './tablet-wording';

interface ReviewRow {
  position: number;
  question: string;
  answer: string | null;
  invalid: boolean;
}

/** Every answer on one screen before sending: change any, then submit (refused while one is out of range). */
@Component({
  selector: 'app-tablet-review',
  imports: [SayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tablet-review.html',
  styleUrl: './tablet.scss',
})
export class TabletReview {
  readonly draft = input.required<Score15Draft>();
  readonly language = input.required<Language>();
  readonly words = input.required<TabletWords | null>();
  readonly edit = output<number>();
  readonly back = output<void>();
  readonly send = output<void>();

  protected readonly invalid = computed(() => invalidSteps(this.draft()));
  protected readonly rows = computed<ReviewRow[]>(() =>
    SCORE15_STEPS.map((step, position) => ({
      position,
      question: this.question(step),
      answer: this.answer(step),
      invalid: this.invalid().includes(position),
    })),
  );

  private question(step: Score15Step): string {
    const lang = this.language();
    if (step.kind === 'item') {
      const item = SCORE15_FORM.items[step.index]!;
      return `${item.number}. ${item.text[lang]}`;
    }
    const all = step.kind === 'rating' ? SCORE15_FORM.ratings : SCORE15_FORM.openQuestions;
    return all.find((q) => q.key === step.key)!.text[lang];
  }

  private answer(step: Score15Step): string | null {
    const value = answerOf(this.draft(), step);
    if (value === null || typeof value === 'string') return value;
    const label = step.kind === 'item' ? SCORE15_FORM.answerScale.find((a) => a.value === value) : undefined;
    return label ? `${value}, ${label.label[this.language()]}` : String(value);
  }
}

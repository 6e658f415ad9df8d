import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { Language, SUPPORTED_LANGUAGES } from '../../../core/i18n/languages';
import { SCORE15_FORM } from './score15-steps';
import { SayPipe, TabletWords } from './tablet-wording';

/** The first screen the family member sees: a neutral title, their first name, the language. */
@Component({
  selector: 'app-tablet-start',
  imports: [SayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tablet-start.html',
  styleUrl: './tablet.scss',
})
export class TabletStart {
  readonly firstName = input.required<string>();
  readonly language = input.required<Language>();
  readonly words = input.required<TabletWords | null>();
  readonly languageChange = output<Language>();
  readonly begin = output<void>();
  readonly stop = output<void>();

  protected readonly languages = SUPPORTED_LANGUAGES;
  protected readonly form = SCORE15_FORM;
  /** Each language's name in that language: the respondent may not read the current one. */
  protected readonly names: Record<Language, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
}

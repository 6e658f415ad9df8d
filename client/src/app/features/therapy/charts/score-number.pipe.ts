import { Pipe, PipeTransform, inject } from '@angular/core';

import { LanguageService } from '../../../core/i18n/language.service';

const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** A score in the UI language's number format: means with two decimals (2,35), ratings as integers. */
@Pipe({ name: 'scoreNumber', pure: false })
export class ScoreNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService).language;

  transform(value: number | null | undefined, decimals = 2, signed = false): string {
    if (value === null || value === undefined) return '';
    return new Intl.NumberFormat(LOCALES[this.language()], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }).format(value);
  }
}

import { Pipe, PipeTransform, inject } from '@angular/core';

import { LanguageService } from './language.service';

const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/**
 * A calendar date (`YYYY-MM-DD`, e.g. a statutory due date) in the UI language's format (27.11.2026).
 * Formatted in UTC so that no time zone can move it to the day before.
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService).language;
  private formatter: Intl.DateTimeFormat | null = null;
  private formatterLanguage: string | null = null;

  transform(value: string | null | undefined): string {
    if (!value) return '';
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (!match) return value;
    return this.format().format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  }

  private format(): Intl.DateTimeFormat {
    const language = this.language();
    if (!this.formatter || this.formatterLanguage !== language) {
      this.formatter = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeZone: 'UTC' });
      this.formatterLanguage = language;
    }
    return this.formatter;
  }
}

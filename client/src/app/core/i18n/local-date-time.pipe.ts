import { Pipe, PipeTransform, inject } from '@angular/core';

import { LanguageService } from './language.service';

const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/**
 * A date and time in the UI language's Finnish-region format (e.g. 22.11.2026 klo 21.05). Intl instead
 * of DatePipe: no locale data to register, and DatePipe's code would land in the initial bundle.
 */
@Pipe({ name: 'localDateTime', pure: false })
export class LocalDateTimePipe implements PipeTransform {
  private readonly language = inject(LanguageService).language;
  private formatter: Intl.DateTimeFormat | null = null;
  private formatterLanguage: string | null = null;

  transform(value: string | null | undefined): string {
    if (!value) return '';
    const time = Date.parse(value);
    if (Number.isNaN(time)) return value;
    return this.format().format(time);
  }

  private format(): Intl.DateTimeFormat {
    const language = this.language();
    if (!this.formatter || this.formatterLanguage !== language) {
      this.formatter = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: 'short' });
      this.formatterLanguage = language;
    }
    return this.formatter;
  }
}

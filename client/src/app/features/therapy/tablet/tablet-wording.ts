import { Injectable, Pipe, PipeTransform, inject } from '@angular/core';
import { TranslateLoader } from '@ngx-translate/core';
import { Observable, catchError, map, of, shareReplay } from 'rxjs';

import { Language } from '../../../core/i18n/languages';

/** The tablet form's own words (`therapy.tablet.*`) in one language. */
export type TabletWords = Readonly<Record<string, string>>;

/**
 * The respondent chooses the form's language, independently of the therapist's UI language, so the
 * form's words are read straight from that language's translation file rather than through the
 * translate service (whose one current language is the UI's).
 */
@Injectable({ providedIn: 'root' })
export class TabletWording {
  private readonly loader = inject(TranslateLoader);
  private readonly cache = new Map<Language, Observable<TabletWords>>();

  words(language: Language): Observable<TabletWords> {
    let words = this.cache.get(language);
    if (!words) {
      words = this.loader.getTranslation(language).pipe(
        map(
          (all) => ((all['therapy'] as Record<string, unknown> | undefined)?.['tablet'] ?? {}) as TabletWords,
        ),
        catchError(() => of({})),
        shareReplay(1),
      );
      this.cache.set(language, words);
    }
    return words;
  }
}

export function say(words: TabletWords | null, key: string, params: Record<string, unknown> = {}): string {
  const text = words?.[key] ?? '';
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** `{{ 'next' | say: words() }}`, `{{ 'progress' | say: words() : { n: 3, total: 20 } }}`. */
@Pipe({ name: 'say' })
export class SayPipe implements PipeTransform {
  transform(key: string, words: TabletWords | null, params?: Record<string, unknown>): string {
    return say(words, key, params);
  }
}

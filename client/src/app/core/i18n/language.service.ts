import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { Observable, catchError, of } from 'rxjs';

import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, Language, isSupportedLanguage } from './languages';

/** Owns the UI language: the translate service, the remembered choice and `<html lang>`. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);

  readonly language = this.current.asReadonly();

  /** Applies the remembered language (or Finnish); completes once its translations are loaded. */
  init(): Observable<unknown> {
    return this.apply(this.readStoredLanguage() ?? DEFAULT_LANGUAGE);
  }

  use(language: Language): Observable<unknown> {
    this.store(language);
    return this.apply(language);
  }

  private apply(language: Language): Observable<unknown> {
    this.current.set(language);
    this.document.documentElement.lang = language;
    // A missing translation file must not keep the app from starting: keys are shown instead.
    return this.translate.use(language).pipe(catchError(() => of(null)));
  }

  private readStoredLanguage(): Language | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isSupportedLanguage(stored) ? stored : null;
    } catch {
      return null; // storage disabled (private mode, policy): fall back to the default
    }
  }

  private store(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Not remembering the choice is acceptable; the switch itself still works.
    }
  }
}

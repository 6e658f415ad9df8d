import { Provider } from '@angular/core';
import { TranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { of } from 'rxjs';

import en from '../../../../../public/i18n/en.json';
import fi from '../../../../../public/i18n/fi.json';
import sv from '../../../../../public/i18n/sv.json';

/** The real translation files, served by the loader (the tablet reads the respondent's language from it). */
export function provideRealTranslations(): Provider[] {
  const files = { en, fi, sv } as Record<string, object>;
  return provideTranslateService({
    fallbackLang: 'en',
    loader: {
      provide: TranslateLoader,
      useValue: { getTranslation: (lang: string) => of(files[lang] ?? {}) },
    },
  });
}

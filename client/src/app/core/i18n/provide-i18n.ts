import { EnvironmentProviders, Provider, inject, provideAppInitializer } from '@angular/core';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslateHttpLoader } from '@ngx-translate/http-loader';

import { LanguageService } from './language.service';
import { DEFAULT_LANGUAGE } from './languages';

/** Runtime translations from `/i18n/<lang>.json`; the app starts once the chosen language is loaded. */
export function provideI18n(): (Provider | EnvironmentProviders)[] {
  return [
    provideTranslateService({
      fallbackLang: DEFAULT_LANGUAGE,
      // The backend skips the interceptors: a failed translation file cannot be reported in words.
      loader: provideTranslateHttpLoader({ prefix: 'i18n/', suffix: '.json', useHttpBackend: true }),
    }),
    provideAppInitializer(() => inject(LanguageService).init()),
  ];
}
